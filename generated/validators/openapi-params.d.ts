// generated from spec/openapi.yaml by `make generate` — do not edit

import type * as T from '../types.js';

export declare const CallActionPath: T.Validator<T.CallActionPath>;
export declare const CreateDocumentPath: T.Validator<T.CreateDocumentPath>;
export declare const DeleteDocumentPath: T.Validator<T.DeleteDocumentPath>;
export declare const DeleteMyNotificationPath: T.Validator<T.DeleteMyNotificationPath>;
export declare const GetDocumentPath: T.Validator<T.GetDocumentPath>;
export declare const GetEventsQuery: T.Validator<T.GetEventsQuery>;
export declare const GetSpecDocumentPath: T.Validator<T.GetSpecDocumentPath>;
export declare const GetUserProfilePath: T.Validator<T.GetUserProfilePath>;
export declare const ListActivitiesQuery: T.Validator<T.ListActivitiesQuery>;
export declare const ListDocumentsPath: T.Validator<T.ListDocumentsPath>;
export declare const ListDocumentsQuery: T.Validator<T.ListDocumentsQuery>;
export declare const ListMyNotificationsQuery: T.Validator<T.ListMyNotificationsQuery>;
export declare const ListMyRoomsQuery: T.Validator<T.ListMyRoomsQuery>;
export declare const ListRoomMessagesPath: T.Validator<T.ListRoomMessagesPath>;
export declare const ListRoomMessagesQuery: T.Validator<T.ListRoomMessagesQuery>;
export declare const PatchDocumentPath: T.Validator<T.PatchDocumentPath>;
export declare const RemoveAccountUserPath: T.Validator<T.RemoveAccountUserPath>;
export declare const ReplaceDocumentPath: T.Validator<T.ReplaceDocumentPath>;
