// generated from spec/asyncapi.yaml by `make generate` — do not edit

import type * as T from '../types.js';

export declare const ActivityList: T.Validator<T.ActivityList>;
export declare const ActivityState: T.Validator<T.ActivityState>;
export declare const EchoReply: T.Validator<T.EchoReply>;
export declare const EchoRequest: T.Validator<T.EchoRequest>;
export declare const EmptyRequest: T.Validator<T.EmptyRequest>;
export declare const Error: T.Validator<T.Error>;
export declare const ErrorCode: T.Validator<T.ErrorCode>;
export declare const ErrorReply: T.Validator<T.ErrorReply>;
export declare const FollowReply: T.Validator<T.FollowReply>;
export declare const FollowRequest: T.Validator<T.FollowRequest>;
export declare const FrameError: T.Validator<T.FrameError>;
export declare const Game: T.Validator<T.Game>;
export declare const HandshakeAuth: T.Validator<T.HandshakeAuth>;
export declare const HandshakeSecret: T.Validator<T.HandshakeSecret>;
export declare const SetActivityRequest: T.Validator<T.SetActivityRequest>;
export declare const StatusText: T.Validator<T.StatusText>;
export declare const UnfollowReply: T.Validator<T.UnfollowReply>;
export declare const UserActivity: T.Validator<T.UserActivity>;
export declare const Welcome: T.Validator<T.Welcome>;
