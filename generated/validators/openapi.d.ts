// generated from spec/openapi.yaml by `make generate` — do not edit

import type * as T from '../types.js';

export declare const Account: T.Validator<T.Account>;
export declare const AccountConnections: T.Validator<T.AccountConnections>;
export declare const AccountMember: T.Validator<T.AccountMember>;
export declare const ActivityList: T.Validator<T.ActivityList>;
export declare const ActivityState: T.Validator<T.ActivityState>;
export declare const Author: T.Validator<T.Author>;
export declare const ChatMessage: T.Validator<T.ChatMessage>;
export declare const Credentials: T.Validator<T.Credentials>;
export declare const Document: T.Validator<T.Document>;
export declare const DocumentData: T.Validator<T.DocumentData>;
export declare const DocumentPage: T.Validator<T.DocumentPage>;
export declare const Error: T.Validator<T.Error>;
export declare const ErrorCode: T.Validator<T.ErrorCode>;
export declare const ErrorReply: T.Validator<T.ErrorReply>;
export declare const Game: T.Validator<T.Game>;
export declare const Health: T.Validator<T.Health>;
export declare const HistoryPage: T.Validator<T.HistoryPage>;
export declare const MessageBody: T.Validator<T.MessageBody>;
export declare const Position: T.Validator<T.Position>;
export declare const Profile: T.Validator<T.Profile>;
export declare const PublicProfile: T.Validator<T.PublicProfile>;
export declare const PublicUser: T.Validator<T.PublicUser>;
export declare const RepoName: T.Validator<T.RepoName>;
export declare const RoomId: T.Validator<T.RoomId>;
export declare const RoomInfo: T.Validator<T.RoomInfo>;
export declare const RoomKind: T.Validator<T.RoomKind>;
export declare const RoomList: T.Validator<T.RoomList>;
export declare const SeqNumber: T.Validator<T.SeqNumber>;
export declare const Session: T.Validator<T.Session>;
export declare const SocketSecret: T.Validator<T.SocketSecret>;
export declare const SocketSecretValue: T.Validator<T.SocketSecretValue>;
export declare const StatusText: T.Validator<T.StatusText>;
export declare const UserActivity: T.Validator<T.UserActivity>;
export declare const UserId: T.Validator<T.UserId>;
export declare const Username: T.Validator<T.Username>;
