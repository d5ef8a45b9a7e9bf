// generated from spec/openapi.yaml by `make generate` — do not edit

import type * as T from '../types.js';

export declare const GetUserProfilePath: T.Validator<T.GetUserProfilePath>;
export declare const ListActivitiesQuery: T.Validator<T.ListActivitiesQuery>;
export declare const ListRoomMessagesPath: T.Validator<T.ListRoomMessagesPath>;
export declare const ListRoomMessagesQuery: T.Validator<T.ListRoomMessagesQuery>;
