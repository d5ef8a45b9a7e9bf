// generated from spec/openapi.yaml by `make generate` — do not edit

import type { AuthenticatedHttpContext, HttpContext } from '../src/handlers/context.js';
import { addAccountUser } from '../src/handlers/http/addAccountUser.js';
import { callAction } from '../src/handlers/http/callAction.js';
import { createDocument } from '../src/handlers/http/createDocument.js';
import { createEventTicket } from '../src/handlers/http/createEventTicket.js';
import { deleteDocument } from '../src/handlers/http/deleteDocument.js';
import { deleteMyNotification } from '../src/handlers/http/deleteMyNotification.js';
import { getAccountConnections } from '../src/handlers/http/getAccountConnections.js';
import { getDocument } from '../src/handlers/http/getDocument.js';
import { getHealth } from '../src/handlers/http/getHealth.js';
import { getLiveness } from '../src/handlers/http/getLiveness.js';
import { getMe } from '../src/handlers/http/getMe.js';
import { getMyAccount } from '../src/handlers/http/getMyAccount.js';
import { getReadiness } from '../src/handlers/http/getReadiness.js';
import { getUserProfile } from '../src/handlers/http/getUserProfile.js';
import { listActivities } from '../src/handlers/http/listActivities.js';
import { listDocuments } from '../src/handlers/http/listDocuments.js';
import { listMyNotifications } from '../src/handlers/http/listMyNotifications.js';
import { listMyRooms } from '../src/handlers/http/listMyRooms.js';
import { listRoomMessages } from '../src/handlers/http/listRoomMessages.js';
import { loginUser } from '../src/handlers/http/loginUser.js';
import { logoutUser } from '../src/handlers/http/logoutUser.js';
import { patchDocument } from '../src/handlers/http/patchDocument.js';
import { registerUser } from '../src/handlers/http/registerUser.js';
import { removeAccountUser } from '../src/handlers/http/removeAccountUser.js';
import { replaceDocument } from '../src/handlers/http/replaceDocument.js';
import { revokeSessions } from '../src/handlers/http/revokeSessions.js';
import { rotateSocketSecret } from '../src/handlers/http/rotateSocketSecret.js';
import type * as T from './types.js';
import * as V from './validators/openapi.js';
import * as P from './validators/openapi-params.js';

/** A validated request: body, path parameters and query parameters, typed from the spec. */
export interface HttpRequest<Body, Path, Query> {
  body: Body;
  path: Path;
  query: Query;
}

/** One handler per HTTP operation; implementations live in src/handlers/http/<operationId>.ts. */
export interface HttpOperationHandlers {
  /**
   * Create a user in your account (account owners only)
   *
   * `POST /api/accounts/me/users`
   */
  addAccountUser(request: HttpRequest<T.Credentials, Record<string, never>, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 201; body: T.PublicUser }>;
  /**
   * Call a server-side action by name
   *
   * `POST /api/actions/{name}`
   */
  callAction(request: HttpRequest<T.ActionParams | undefined, T.CallActionPath, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.ActionReply }>;
  /**
   * Create a document in a repository
   *
   * `POST /api/db/{repo}`
   */
  createDocument(request: HttpRequest<T.DocumentData, T.CreateDocumentPath, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 201; body: T.Document }>;
  /**
   * Get a one-use ticket that opens one event stream (for browsers' EventSource)
   *
   * `POST /api/events/tickets`
   */
  createEventTicket(request: HttpRequest<undefined, Record<string, never>, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 201; body: T.EventTicket }>;
  /**
   * Delete a document
   *
   * `DELETE /api/db/{repo}/{id}`
   */
  deleteDocument(request: HttpRequest<undefined, T.DeleteDocumentPath, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 204 }>;
  /**
   * Delete one of the signed-in user's stored notifications
   *
   * `DELETE /api/notifications/{id}`
   */
  deleteMyNotification(request: HttpRequest<undefined, T.DeleteMyNotificationPath, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 204 }>;
  /**
   * Count the account's open connections against its plan (account owners only)
   *
   * `GET /api/accounts/me/connections`
   */
  getAccountConnections(request: HttpRequest<undefined, Record<string, never>, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.AccountConnections }>;
  /**
   * Read a document
   *
   * `GET /api/db/{repo}/{id}`
   */
  getDocument(request: HttpRequest<undefined, T.GetDocumentPath, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.Document }>;
  /**
   * Report whether the server, its database and its cluster are up
   *
   * `GET /api/health`
   */
  getHealth(request: HttpRequest<undefined, Record<string, never>, Record<string, never>>, ctx: HttpContext): Promise<{ status: 200; body: T.Health } | { status: 503; body: T.GetHealthResponse503 }>;
  /**
   * Say that the process answers (a liveness probe)
   *
   * `GET /api/health/live`
   */
  getLiveness(request: HttpRequest<undefined, Record<string, never>, Record<string, never>>, ctx: HttpContext): Promise<{ status: 200; body: T.Probe }>;
  /**
   * Read the signed-in user's profile, including this session's socket secret
   *
   * `GET /api/users/me`
   */
  getMe(request: HttpRequest<undefined, Record<string, never>, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.Profile }>;
  /**
   * Read the signed-in user's account with its users
   *
   * `GET /api/accounts/me`
   */
  getMyAccount(request: HttpRequest<undefined, Record<string, never>, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.Account }>;
  /**
   * Say whether the process should get traffic (a readiness probe)
   *
   * `GET /api/health/ready`
   */
  getReadiness(request: HttpRequest<undefined, Record<string, never>, Record<string, never>>, ctx: HttpContext): Promise<{ status: 200; body: T.Probe } | { status: 503; body: T.GetReadinessResponse503 }>;
  /**
   * Read a user's public profile, with their activity and when they were last seen
   *
   * `GET /api/users/{userId}`
   */
  getUserProfile(request: HttpRequest<undefined, T.GetUserProfilePath, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.PublicProfile }>;
  /**
   * Read who is online, busy or playing right now
   *
   * `GET /api/activities`
   */
  listActivities(request: HttpRequest<undefined, Record<string, never>, T.ListActivitiesQuery>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.ActivityList }>;
  /**
   * List the documents you may read, with paging and equality filters
   *
   * `GET /api/db/{repo}`
   */
  listDocuments(request: HttpRequest<undefined, T.ListDocumentsPath, T.ListDocumentsQuery>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.DocumentPage }>;
  /**
   * List the signed-in user's stored notifications, newest first, a page at a time
   *
   * `GET /api/notifications`
   */
  listMyNotifications(request: HttpRequest<undefined, Record<string, never>, T.ListMyNotificationsQuery>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.NotificationList }>;
  /**
   * List the rooms the signed-in user is a member of, a page at a time
   *
   * `GET /api/rooms`
   */
  listMyRooms(request: HttpRequest<undefined, Record<string, never>, T.ListMyRoomsQuery>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.RoomList }>;
  /**
   * Page through a persistent room's message history
   *
   * `GET /api/rooms/{room}/messages`
   */
  listRoomMessages(request: HttpRequest<undefined, T.ListRoomMessagesPath, T.ListRoomMessagesQuery>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.HistoryPage }>;
  /**
   * Open a session with a username and password
   *
   * `POST /api/users/login`
   */
  loginUser(request: HttpRequest<T.Credentials, Record<string, never>, Record<string, never>>, ctx: HttpContext): Promise<{ status: 200; body: T.Session; headers?: { 'Set-Cookie'?: string } }>;
  /**
   * End the current session
   *
   * `POST /api/users/logout`
   */
  logoutUser(request: HttpRequest<undefined, Record<string, never>, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 204; headers?: { 'Set-Cookie'?: string } }>;
  /**
   * Change some fields of a document (JSON merge patch)
   *
   * `PATCH /api/db/{repo}/{id}`
   */
  patchDocument(request: HttpRequest<T.DocumentData, T.PatchDocumentPath, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.Document }>;
  /**
   * Create a user and open a session
   *
   * `POST /api/users/register`
   */
  registerUser(request: HttpRequest<T.Credentials, Record<string, never>, Record<string, never>>, ctx: HttpContext): Promise<{ status: 201; body: T.Session; headers?: { 'Set-Cookie'?: string } }>;
  /**
   * Remove a user from your account (account owners only)
   *
   * `DELETE /api/accounts/me/users/{userId}`
   */
  removeAccountUser(request: HttpRequest<undefined, T.RemoveAccountUserPath, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 204 }>;
  /**
   * Replace a document's data
   *
   * `PUT /api/db/{repo}/{id}`
   */
  replaceDocument(request: HttpRequest<T.DocumentData, T.ReplaceDocumentPath, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.Document }>;
  /**
   * Sign out everywhere
   *
   * `POST /api/users/me/sessions/revoke`
   */
  revokeSessions(request: HttpRequest<undefined, Record<string, never>, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 204 }>;
  /**
   * Replace this session's socket secret with a new one
   *
   * `POST /api/users/me/socket-secret`
   */
  rotateSocketSecret(request: HttpRequest<undefined, Record<string, never>, Record<string, never>>, ctx: AuthenticatedHttpContext): Promise<{ status: 200; body: T.SocketSecret; headers?: { 'Set-Cookie'?: string } }>;
}

/** What the HTTP transport needs to route and validate one operation, whoever answers it. */
export interface OperationRoute {
  operationId: string;
  method: 'get' | 'put' | 'post' | 'delete' | 'patch';
  /** The path as the spec writes it (`/api/rooms/{room}`). */
  path: string;
  /** The same path in @koa/router's syntax (`/api/rooms/:room`). */
  routerPath: string;
  auth: 'none' | 'session';
  body: { validate: T.Validator<unknown>; required: boolean } | undefined;
  validatePath: T.Validator<unknown> | undefined;
  validateQuery: T.Validator<unknown> | undefined;
  /** Where each parameter arrives, by name (`repo` → `path`): what an error naming it calls it on the wire. */
  parameters: ReadonlyMap<string, 'path' | 'query'>;
  /** Response validators by status (`default` for any other); null for a response without a body. */
  responses: ReadonlyMap<number | 'default', T.Validator<unknown> | null>;
}

/**
 * An operation answered by its handler in src/handlers/http/. Each entry of the table is checked against
 * its own request and context types (`satisfies HttpRoute<Body, Path, Query, Context>`); the table holds
 * them as `HttpRoute`. `handler` is a method so that this is allowed (method parameters are checked
 * bivariantly), sound because the transport passes a handler only what its own entry's validators
 * accepted, and a session context exactly when its `auth` is `session`.
 */
export interface HttpRoute<Body = unknown, Path = unknown, Query = unknown, Context extends HttpContext = HttpContext>
  extends OperationRoute {
  body: { validate: T.Validator<Body>; required: boolean } | undefined;
  validatePath: T.Validator<Path> | undefined;
  validateQuery: T.Validator<Query> | undefined;
  handler(
    request: HttpRequest<Body, Path, Query>,
    ctx: Context,
  ): Promise<{ status: number; body?: unknown; headers?: Record<string, string | undefined> }>;
}

/** In router order: a literal path segment is tried before a parameter in the same place. */
export const httpRoutes: readonly HttpRoute[] = [
  {
    operationId: 'getMyAccount',
    method: 'get',
    path: '/api/accounts/me',
    routerPath: '/api/accounts/me',
    auth: 'session',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.Account],
      [401, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: getMyAccount satisfies HttpOperationHandlers['getMyAccount'],
  } satisfies HttpRoute<undefined, Record<string, never>, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'getAccountConnections',
    method: 'get',
    path: '/api/accounts/me/connections',
    routerPath: '/api/accounts/me/connections',
    auth: 'session',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.AccountConnections],
      [401, V.ErrorReply],
      [403, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: getAccountConnections satisfies HttpOperationHandlers['getAccountConnections'],
  } satisfies HttpRoute<undefined, Record<string, never>, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'addAccountUser',
    method: 'post',
    path: '/api/accounts/me/users',
    routerPath: '/api/accounts/me/users',
    auth: 'session',
    body: { validate: V.Credentials, required: true },
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [201, V.PublicUser],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [403, V.ErrorReply],
      [409, V.ErrorReply],
      [413, V.ErrorReply],
      [415, V.ErrorReply],
      [429, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: addAccountUser satisfies HttpOperationHandlers['addAccountUser'],
  } satisfies HttpRoute<T.Credentials, Record<string, never>, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'removeAccountUser',
    method: 'delete',
    path: '/api/accounts/me/users/{userId}',
    routerPath: '/api/accounts/me/users/:userId',
    auth: 'session',
    body: undefined,
    validatePath: P.RemoveAccountUserPath,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([['userId', 'path']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [204, null],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [403, V.ErrorReply],
      [404, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: removeAccountUser satisfies HttpOperationHandlers['removeAccountUser'],
  } satisfies HttpRoute<undefined, T.RemoveAccountUserPath, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'callAction',
    method: 'post',
    path: '/api/actions/{name}',
    routerPath: '/api/actions/:name',
    auth: 'session',
    body: { validate: V.ActionParams, required: false },
    validatePath: P.CallActionPath,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([['name', 'path']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.ActionReply],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [403, V.ErrorReply],
      [404, V.ErrorReply],
      [409, V.ErrorReply],
      [413, V.ErrorReply],
      [415, V.ErrorReply],
      [429, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
      [504, V.ErrorReply],
    ]),
    handler: callAction satisfies HttpOperationHandlers['callAction'],
  } satisfies HttpRoute<T.ActionParams | undefined, T.CallActionPath, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'listActivities',
    method: 'get',
    path: '/api/activities',
    routerPath: '/api/activities',
    auth: 'session',
    body: undefined,
    validatePath: undefined,
    validateQuery: P.ListActivitiesQuery,
    parameters: new Map<string, 'path' | 'query'>([['userId', 'query']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.ActivityList],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: listActivities satisfies HttpOperationHandlers['listActivities'],
  } satisfies HttpRoute<undefined, Record<string, never>, T.ListActivitiesQuery, AuthenticatedHttpContext>,
  {
    operationId: 'listDocuments',
    method: 'get',
    path: '/api/db/{repo}',
    routerPath: '/api/db/:repo',
    auth: 'session',
    body: undefined,
    validatePath: P.ListDocumentsPath,
    validateQuery: P.ListDocumentsQuery,
    parameters: new Map<string, 'path' | 'query'>([['repo', 'path'], ['limit', 'query'], ['after', 'query'], ['filter', 'query']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.DocumentPage],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: listDocuments satisfies HttpOperationHandlers['listDocuments'],
  } satisfies HttpRoute<undefined, T.ListDocumentsPath, T.ListDocumentsQuery, AuthenticatedHttpContext>,
  {
    operationId: 'createDocument',
    method: 'post',
    path: '/api/db/{repo}',
    routerPath: '/api/db/:repo',
    auth: 'session',
    body: { validate: V.DocumentData, required: true },
    validatePath: P.CreateDocumentPath,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([['repo', 'path']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [201, V.Document],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [403, V.ErrorReply],
      [413, V.ErrorReply],
      [415, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: createDocument satisfies HttpOperationHandlers['createDocument'],
  } satisfies HttpRoute<T.DocumentData, T.CreateDocumentPath, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'deleteDocument',
    method: 'delete',
    path: '/api/db/{repo}/{id}',
    routerPath: '/api/db/:repo/:id',
    auth: 'session',
    body: undefined,
    validatePath: P.DeleteDocumentPath,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([['repo', 'path'], ['id', 'path']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [204, null],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [403, V.ErrorReply],
      [404, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: deleteDocument satisfies HttpOperationHandlers['deleteDocument'],
  } satisfies HttpRoute<undefined, T.DeleteDocumentPath, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'getDocument',
    method: 'get',
    path: '/api/db/{repo}/{id}',
    routerPath: '/api/db/:repo/:id',
    auth: 'session',
    body: undefined,
    validatePath: P.GetDocumentPath,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([['repo', 'path'], ['id', 'path']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.Document],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [404, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: getDocument satisfies HttpOperationHandlers['getDocument'],
  } satisfies HttpRoute<undefined, T.GetDocumentPath, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'patchDocument',
    method: 'patch',
    path: '/api/db/{repo}/{id}',
    routerPath: '/api/db/:repo/:id',
    auth: 'session',
    body: { validate: V.DocumentData, required: true },
    validatePath: P.PatchDocumentPath,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([['repo', 'path'], ['id', 'path']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.Document],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [403, V.ErrorReply],
      [404, V.ErrorReply],
      [413, V.ErrorReply],
      [415, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: patchDocument satisfies HttpOperationHandlers['patchDocument'],
  } satisfies HttpRoute<T.DocumentData, T.PatchDocumentPath, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'replaceDocument',
    method: 'put',
    path: '/api/db/{repo}/{id}',
    routerPath: '/api/db/:repo/:id',
    auth: 'session',
    body: { validate: V.DocumentData, required: true },
    validatePath: P.ReplaceDocumentPath,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([['repo', 'path'], ['id', 'path']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.Document],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [403, V.ErrorReply],
      [404, V.ErrorReply],
      [413, V.ErrorReply],
      [415, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: replaceDocument satisfies HttpOperationHandlers['replaceDocument'],
  } satisfies HttpRoute<T.DocumentData, T.ReplaceDocumentPath, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'createEventTicket',
    method: 'post',
    path: '/api/events/tickets',
    routerPath: '/api/events/tickets',
    auth: 'session',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [201, V.EventTicket],
      [401, V.ErrorReply],
      [429, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: createEventTicket satisfies HttpOperationHandlers['createEventTicket'],
  } satisfies HttpRoute<undefined, Record<string, never>, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'getHealth',
    method: 'get',
    path: '/api/health',
    routerPath: '/api/health',
    auth: 'none',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.Health],
      [500, V.ErrorReply],
      [503, V.GetHealthResponse503],
    ]),
    handler: getHealth satisfies HttpOperationHandlers['getHealth'],
  } satisfies HttpRoute<undefined, Record<string, never>, Record<string, never>, HttpContext>,
  {
    operationId: 'getLiveness',
    method: 'get',
    path: '/api/health/live',
    routerPath: '/api/health/live',
    auth: 'none',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.Probe],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: getLiveness satisfies HttpOperationHandlers['getLiveness'],
  } satisfies HttpRoute<undefined, Record<string, never>, Record<string, never>, HttpContext>,
  {
    operationId: 'getReadiness',
    method: 'get',
    path: '/api/health/ready',
    routerPath: '/api/health/ready',
    auth: 'none',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.Probe],
      [500, V.ErrorReply],
      [503, V.GetReadinessResponse503],
    ]),
    handler: getReadiness satisfies HttpOperationHandlers['getReadiness'],
  } satisfies HttpRoute<undefined, Record<string, never>, Record<string, never>, HttpContext>,
  {
    operationId: 'listMyNotifications',
    method: 'get',
    path: '/api/notifications',
    routerPath: '/api/notifications',
    auth: 'session',
    body: undefined,
    validatePath: undefined,
    validateQuery: P.ListMyNotificationsQuery,
    parameters: new Map<string, 'path' | 'query'>([['limit', 'query'], ['cursor', 'query']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.NotificationList],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: listMyNotifications satisfies HttpOperationHandlers['listMyNotifications'],
  } satisfies HttpRoute<undefined, Record<string, never>, T.ListMyNotificationsQuery, AuthenticatedHttpContext>,
  {
    operationId: 'deleteMyNotification',
    method: 'delete',
    path: '/api/notifications/{id}',
    routerPath: '/api/notifications/:id',
    auth: 'session',
    body: undefined,
    validatePath: P.DeleteMyNotificationPath,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([['id', 'path']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [204, null],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [404, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: deleteMyNotification satisfies HttpOperationHandlers['deleteMyNotification'],
  } satisfies HttpRoute<undefined, T.DeleteMyNotificationPath, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'listMyRooms',
    method: 'get',
    path: '/api/rooms',
    routerPath: '/api/rooms',
    auth: 'session',
    body: undefined,
    validatePath: undefined,
    validateQuery: P.ListMyRoomsQuery,
    parameters: new Map<string, 'path' | 'query'>([['limit', 'query'], ['after', 'query']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.RoomList],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: listMyRooms satisfies HttpOperationHandlers['listMyRooms'],
  } satisfies HttpRoute<undefined, Record<string, never>, T.ListMyRoomsQuery, AuthenticatedHttpContext>,
  {
    operationId: 'listRoomMessages',
    method: 'get',
    path: '/api/rooms/{room}/messages',
    routerPath: '/api/rooms/:room/messages',
    auth: 'session',
    body: undefined,
    validatePath: P.ListRoomMessagesPath,
    validateQuery: P.ListRoomMessagesQuery,
    parameters: new Map<string, 'path' | 'query'>([['room', 'path'], ['before', 'query'], ['after', 'query'], ['limit', 'query']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.HistoryPage],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [403, V.ErrorReply],
      [404, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: listRoomMessages satisfies HttpOperationHandlers['listRoomMessages'],
  } satisfies HttpRoute<undefined, T.ListRoomMessagesPath, T.ListRoomMessagesQuery, AuthenticatedHttpContext>,
  {
    operationId: 'loginUser',
    method: 'post',
    path: '/api/users/login',
    routerPath: '/api/users/login',
    auth: 'none',
    body: { validate: V.Credentials, required: true },
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.Session],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [413, V.ErrorReply],
      [415, V.ErrorReply],
      [429, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: loginUser satisfies HttpOperationHandlers['loginUser'],
  } satisfies HttpRoute<T.Credentials, Record<string, never>, Record<string, never>, HttpContext>,
  {
    operationId: 'logoutUser',
    method: 'post',
    path: '/api/users/logout',
    routerPath: '/api/users/logout',
    auth: 'session',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [204, null],
      [401, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: logoutUser satisfies HttpOperationHandlers['logoutUser'],
  } satisfies HttpRoute<undefined, Record<string, never>, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'getMe',
    method: 'get',
    path: '/api/users/me',
    routerPath: '/api/users/me',
    auth: 'session',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.Profile],
      [401, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: getMe satisfies HttpOperationHandlers['getMe'],
  } satisfies HttpRoute<undefined, Record<string, never>, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'revokeSessions',
    method: 'post',
    path: '/api/users/me/sessions/revoke',
    routerPath: '/api/users/me/sessions/revoke',
    auth: 'session',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [204, null],
      [401, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: revokeSessions satisfies HttpOperationHandlers['revokeSessions'],
  } satisfies HttpRoute<undefined, Record<string, never>, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'rotateSocketSecret',
    method: 'post',
    path: '/api/users/me/socket-secret',
    routerPath: '/api/users/me/socket-secret',
    auth: 'session',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.SocketSecret],
      [401, V.ErrorReply],
      [409, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: rotateSocketSecret satisfies HttpOperationHandlers['rotateSocketSecret'],
  } satisfies HttpRoute<undefined, Record<string, never>, Record<string, never>, AuthenticatedHttpContext>,
  {
    operationId: 'registerUser',
    method: 'post',
    path: '/api/users/register',
    routerPath: '/api/users/register',
    auth: 'none',
    body: { validate: V.Credentials, required: true },
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [201, V.Session],
      [400, V.ErrorReply],
      [409, V.ErrorReply],
      [413, V.ErrorReply],
      [415, V.ErrorReply],
      [429, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: registerUser satisfies HttpOperationHandlers['registerUser'],
  } satisfies HttpRoute<T.Credentials, Record<string, never>, Record<string, never>, HttpContext>,
  {
    operationId: 'getUserProfile',
    method: 'get',
    path: '/api/users/{userId}',
    routerPath: '/api/users/:userId',
    auth: 'session',
    body: undefined,
    validatePath: P.GetUserProfilePath,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([['userId', 'path']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.PublicProfile],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [404, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
    handler: getUserProfile satisfies HttpOperationHandlers['getUserProfile'],
  } satisfies HttpRoute<undefined, T.GetUserProfilePath, Record<string, never>, AuthenticatedHttpContext>,
];

/**
 * Operations the server answers itself (`x-switchboard-handler: builtin`): the landing page, the docs and
 * the spec documents. src/transports/http/builtins.ts binds each to its implementation. Only their JSON
 * responses have validators; the HTML and YAML ones are made by the server, not by a handler.
 */
export const builtinRoutes: readonly OperationRoute[] = [
  {
    operationId: 'getLanding',
    method: 'get',
    path: '/',
    routerPath: '/',
    auth: 'none',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.Landing],
      [500, V.ErrorReply],
    ]),
  },
  {
    operationId: 'getHttpDocs',
    method: 'get',
    path: '/api/docs',
    routerPath: '/api/docs',
    auth: 'none',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, null],
      [304, null],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
  },
  {
    operationId: 'getRealtimeDocs',
    method: 'get',
    path: '/api/docs/async',
    routerPath: '/api/docs/async',
    auth: 'none',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, null],
      [304, null],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
  },
  {
    operationId: 'getEvents',
    method: 'get',
    path: '/api/events',
    routerPath: '/api/events',
    auth: 'session',
    body: undefined,
    validatePath: undefined,
    validateQuery: P.GetEventsQuery,
    parameters: new Map<string, 'path' | 'query'>([['room', 'query'], ['repo', 'query'], ['ticket', 'query'], ['lastEventId', 'query']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, null],
      [400, V.ErrorReply],
      [401, V.ErrorReply],
      [403, V.ErrorReply],
      [404, V.ErrorReply],
      [409, V.ErrorReply],
      [429, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
  },
  {
    operationId: 'getSpecDocument',
    method: 'get',
    path: '/api/spec/{document}',
    routerPath: '/api/spec/:document',
    auth: 'none',
    body: undefined,
    validatePath: P.GetSpecDocumentPath,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([['document', 'path']]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, V.GetSpecDocumentResponse200],
      [304, null],
      [404, V.ErrorReply],
      [500, V.ErrorReply],
    ]),
  },
  {
    operationId: 'getClientBundle',
    method: 'get',
    path: '/client.js',
    routerPath: '/client.js',
    auth: 'none',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, null],
      [304, null],
      [500, V.ErrorReply],
    ]),
  },
  {
    operationId: 'getDemo',
    method: 'get',
    path: '/demo',
    routerPath: '/demo',
    auth: 'none',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, null],
      [304, null],
      [500, V.ErrorReply],
    ]),
  },
  {
    operationId: 'getDemoScript',
    method: 'get',
    path: '/demo.js',
    routerPath: '/demo.js',
    auth: 'none',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, null],
      [304, null],
      [500, V.ErrorReply],
    ]),
  },
  {
    operationId: 'getMetrics',
    method: 'get',
    path: '/metrics',
    routerPath: '/metrics',
    auth: 'none',
    body: undefined,
    validatePath: undefined,
    validateQuery: undefined,
    parameters: new Map<string, 'path' | 'query'>([]),
    responses: new Map<number | 'default', T.Validator<unknown> | null>([
      [200, null],
      [401, V.ErrorReply],
      [500, V.ErrorReply],
      [503, V.ErrorReply],
    ]),
  },
];
