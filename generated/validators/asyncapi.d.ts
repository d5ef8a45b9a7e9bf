// generated from spec/asyncapi.yaml by `make generate` — do not edit

import type * as T from '../types.js';

export declare const EchoReply: T.Validator<T.EchoReply>;
export declare const EchoRequest: T.Validator<T.EchoRequest>;
export declare const Error: T.Validator<T.Error>;
export declare const ErrorCode: T.Validator<T.ErrorCode>;
export declare const ErrorReply: T.Validator<T.ErrorReply>;
export declare const FrameError: T.Validator<T.FrameError>;
export declare const HandshakeAuth: T.Validator<T.HandshakeAuth>;
export declare const HandshakeSecret: T.Validator<T.HandshakeSecret>;
export declare const Welcome: T.Validator<T.Welcome>;
