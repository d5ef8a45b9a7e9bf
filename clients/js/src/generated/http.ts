// generated from spec/openapi.yaml by `make generate` — do not edit

import type * as T from './types.js';

/** HTTP operations by operationId; `pathParams` and `query` are undefined when it has none. */
export interface HttpOperations {
  /**
   * Create a user in your account (account owners only)
   *
   * `POST /api/accounts/me/users`
   */
  addAccountUser: {
    method: 'post';
    path: '/api/accounts/me/users';
    auth: 'session';
    pathParams: undefined;
    query: undefined;
    body: T.Credentials;
    bodyRequired: true;
    responses: { 201: T.PublicUser; 400: T.ErrorReply; 401: T.ErrorReply; 403: T.ErrorReply; 409: T.ErrorReply; 413: T.ErrorReply; 415: T.ErrorReply; 429: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Call a server-side action by name
   *
   * `POST /api/actions/{name}`
   */
  callAction: {
    method: 'post';
    path: '/api/actions/{name}';
    auth: 'session';
    pathParams: T.CallActionPath;
    query: undefined;
    body: T.ActionParams;
    bodyRequired: false;
    responses: { 200: T.ActionReply; 400: T.ErrorReply; 401: T.ErrorReply; 403: T.ErrorReply; 404: T.ErrorReply; 409: T.ErrorReply; 413: T.ErrorReply; 415: T.ErrorReply; 429: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply; 504: T.ErrorReply };
  };
  /**
   * Create a document in a repository
   *
   * `POST /api/db/{repo}`
   */
  createDocument: {
    method: 'post';
    path: '/api/db/{repo}';
    auth: 'session';
    pathParams: T.CreateDocumentPath;
    query: undefined;
    body: T.DocumentData;
    bodyRequired: true;
    responses: { 201: T.Document; 400: T.ErrorReply; 401: T.ErrorReply; 403: T.ErrorReply; 413: T.ErrorReply; 415: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Get a one-use ticket that opens one event stream (for browsers' EventSource)
   *
   * `POST /api/events/tickets`
   */
  createEventTicket: {
    method: 'post';
    path: '/api/events/tickets';
    auth: 'session';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 201: T.EventTicket; 401: T.ErrorReply; 429: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Delete a document
   *
   * `DELETE /api/db/{repo}/{id}`
   */
  deleteDocument: {
    method: 'delete';
    path: '/api/db/{repo}/{id}';
    auth: 'session';
    pathParams: T.DeleteDocumentPath;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 204: undefined; 400: T.ErrorReply; 401: T.ErrorReply; 403: T.ErrorReply; 404: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Delete one of the signed-in user's stored notifications
   *
   * `DELETE /api/notifications/{id}`
   */
  deleteMyNotification: {
    method: 'delete';
    path: '/api/notifications/{id}';
    auth: 'session';
    pathParams: T.DeleteMyNotificationPath;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 204: undefined; 400: T.ErrorReply; 401: T.ErrorReply; 404: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Count the account's open connections against its plan (account owners only)
   *
   * `GET /api/accounts/me/connections`
   */
  getAccountConnections: {
    method: 'get';
    path: '/api/accounts/me/connections';
    auth: 'session';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.AccountConnections; 401: T.ErrorReply; 403: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Download the browser client (the client package and the Socket.IO client, one ES module)
   *
   * `GET /client.js`
   */
  getClientBundle: {
    method: 'get';
    path: '/client.js';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: undefined; 304: undefined; 500: T.ErrorReply };
  };
  /**
   * Open the demo page (sign-in, presence, a chat room, a live document list)
   *
   * `GET /demo`
   */
  getDemo: {
    method: 'get';
    path: '/demo';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: undefined; 304: undefined; 500: T.ErrorReply };
  };
  /**
   * Download the demo page's module script
   *
   * `GET /demo.js`
   */
  getDemoScript: {
    method: 'get';
    path: '/demo.js';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: undefined; 304: undefined; 500: T.ErrorReply };
  };
  /**
   * Read a document
   *
   * `GET /api/db/{repo}/{id}`
   */
  getDocument: {
    method: 'get';
    path: '/api/db/{repo}/{id}';
    auth: 'session';
    pathParams: T.GetDocumentPath;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.Document; 400: T.ErrorReply; 401: T.ErrorReply; 404: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Open a stream of server events (Server-Sent Events) for rooms and repositories
   *
   * `GET /api/events`
   */
  getEvents: {
    method: 'get';
    path: '/api/events';
    auth: 'session';
    pathParams: undefined;
    query: T.GetEventsQuery;
    body: undefined;
    bodyRequired: false;
    responses: { 200: undefined; 400: T.ErrorReply; 401: T.ErrorReply; 403: T.ErrorReply; 404: T.ErrorReply; 409: T.ErrorReply; 429: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Report whether the server, its database and its cluster are up
   *
   * `GET /api/health`
   */
  getHealth: {
    method: 'get';
    path: '/api/health';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.Health; 500: T.ErrorReply; 503: T.GetHealthResponse503 };
  };
  /**
   * Read the HTTP API's docs (this page)
   *
   * `GET /api/docs`
   */
  getHttpDocs: {
    method: 'get';
    path: '/api/docs';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: undefined; 304: undefined; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Say what this server is, with links to its docs and spec documents
   *
   * `GET /`
   */
  getLanding: {
    method: 'get';
    path: '/';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.Landing; 500: T.ErrorReply };
  };
  /**
   * Say that the process answers (a liveness probe)
   *
   * `GET /api/health/live`
   */
  getLiveness: {
    method: 'get';
    path: '/api/health/live';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.Probe; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Read the signed-in user's profile, including this session's socket secret
   *
   * `GET /api/users/me`
   */
  getMe: {
    method: 'get';
    path: '/api/users/me';
    auth: 'session';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.Profile; 401: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Read this process's metrics, for Prometheus
   *
   * `GET /metrics`
   */
  getMetrics: {
    method: 'get';
    path: '/metrics';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: undefined; 401: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Read the signed-in user's account with its users
   *
   * `GET /api/accounts/me`
   */
  getMyAccount: {
    method: 'get';
    path: '/api/accounts/me';
    auth: 'session';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.Account; 401: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Say whether the process should get traffic (a readiness probe)
   *
   * `GET /api/health/ready`
   */
  getReadiness: {
    method: 'get';
    path: '/api/health/ready';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.Probe; 500: T.ErrorReply; 503: T.GetReadinessResponse503 };
  };
  /**
   * Read the realtime (Socket.IO and raw WebSocket) API's docs
   *
   * `GET /api/docs/async`
   */
  getRealtimeDocs: {
    method: 'get';
    path: '/api/docs/async';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: undefined; 304: undefined; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Download the OpenAPI or AsyncAPI document, as YAML or JSON
   *
   * `GET /api/spec/{document}`
   */
  getSpecDocument: {
    method: 'get';
    path: '/api/spec/{document}';
    auth: 'none';
    pathParams: T.GetSpecDocumentPath;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.GetSpecDocumentResponse200; 304: undefined; 404: T.ErrorReply; 500: T.ErrorReply };
  };
  /**
   * Read a user's public profile, with their activity and when they were last seen
   *
   * `GET /api/users/{userId}`
   */
  getUserProfile: {
    method: 'get';
    path: '/api/users/{userId}';
    auth: 'session';
    pathParams: T.GetUserProfilePath;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.PublicProfile; 400: T.ErrorReply; 401: T.ErrorReply; 404: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Read who is online, busy or playing right now
   *
   * `GET /api/activities`
   */
  listActivities: {
    method: 'get';
    path: '/api/activities';
    auth: 'session';
    pathParams: undefined;
    query: T.ListActivitiesQuery;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.ActivityList; 400: T.ErrorReply; 401: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * List the documents you may read, with paging and equality filters
   *
   * `GET /api/db/{repo}`
   */
  listDocuments: {
    method: 'get';
    path: '/api/db/{repo}';
    auth: 'session';
    pathParams: T.ListDocumentsPath;
    query: T.ListDocumentsQuery;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.DocumentPage; 400: T.ErrorReply; 401: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * List the signed-in user's stored notifications, newest first, a page at a time
   *
   * `GET /api/notifications`
   */
  listMyNotifications: {
    method: 'get';
    path: '/api/notifications';
    auth: 'session';
    pathParams: undefined;
    query: T.ListMyNotificationsQuery;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.NotificationList; 400: T.ErrorReply; 401: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * List the rooms the signed-in user is a member of, a page at a time
   *
   * `GET /api/rooms`
   */
  listMyRooms: {
    method: 'get';
    path: '/api/rooms';
    auth: 'session';
    pathParams: undefined;
    query: T.ListMyRoomsQuery;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.RoomList; 400: T.ErrorReply; 401: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Page through a persistent room's message history
   *
   * `GET /api/rooms/{room}/messages`
   */
  listRoomMessages: {
    method: 'get';
    path: '/api/rooms/{room}/messages';
    auth: 'session';
    pathParams: T.ListRoomMessagesPath;
    query: T.ListRoomMessagesQuery;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.HistoryPage; 400: T.ErrorReply; 401: T.ErrorReply; 403: T.ErrorReply; 404: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Open a session with a username and password
   *
   * `POST /api/users/login`
   */
  loginUser: {
    method: 'post';
    path: '/api/users/login';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: T.Credentials;
    bodyRequired: true;
    responses: { 200: T.Session; 400: T.ErrorReply; 401: T.ErrorReply; 413: T.ErrorReply; 415: T.ErrorReply; 429: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * End the current session
   *
   * `POST /api/users/logout`
   */
  logoutUser: {
    method: 'post';
    path: '/api/users/logout';
    auth: 'session';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 204: undefined; 401: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Change some fields of a document (JSON merge patch)
   *
   * `PATCH /api/db/{repo}/{id}`
   */
  patchDocument: {
    method: 'patch';
    path: '/api/db/{repo}/{id}';
    auth: 'session';
    pathParams: T.PatchDocumentPath;
    query: undefined;
    body: T.DocumentData;
    bodyRequired: true;
    responses: { 200: T.Document; 400: T.ErrorReply; 401: T.ErrorReply; 403: T.ErrorReply; 404: T.ErrorReply; 413: T.ErrorReply; 415: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Create a user and open a session
   *
   * `POST /api/users/register`
   */
  registerUser: {
    method: 'post';
    path: '/api/users/register';
    auth: 'none';
    pathParams: undefined;
    query: undefined;
    body: T.Credentials;
    bodyRequired: true;
    responses: { 201: T.Session; 400: T.ErrorReply; 409: T.ErrorReply; 413: T.ErrorReply; 415: T.ErrorReply; 429: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Remove a user from your account (account owners only)
   *
   * `DELETE /api/accounts/me/users/{userId}`
   */
  removeAccountUser: {
    method: 'delete';
    path: '/api/accounts/me/users/{userId}';
    auth: 'session';
    pathParams: T.RemoveAccountUserPath;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 204: undefined; 400: T.ErrorReply; 401: T.ErrorReply; 403: T.ErrorReply; 404: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Replace a document's data
   *
   * `PUT /api/db/{repo}/{id}`
   */
  replaceDocument: {
    method: 'put';
    path: '/api/db/{repo}/{id}';
    auth: 'session';
    pathParams: T.ReplaceDocumentPath;
    query: undefined;
    body: T.DocumentData;
    bodyRequired: true;
    responses: { 200: T.Document; 400: T.ErrorReply; 401: T.ErrorReply; 403: T.ErrorReply; 404: T.ErrorReply; 413: T.ErrorReply; 415: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Sign out everywhere
   *
   * `POST /api/users/me/sessions/revoke`
   */
  revokeSessions: {
    method: 'post';
    path: '/api/users/me/sessions/revoke';
    auth: 'session';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 204: undefined; 401: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
  /**
   * Replace this session's socket secret with a new one
   *
   * `POST /api/users/me/socket-secret`
   */
  rotateSocketSecret: {
    method: 'post';
    path: '/api/users/me/socket-secret';
    auth: 'session';
    pathParams: undefined;
    query: undefined;
    body: undefined;
    bodyRequired: false;
    responses: { 200: T.SocketSecret; 401: T.ErrorReply; 409: T.ErrorReply; 500: T.ErrorReply; 503: T.ErrorReply };
  };
}

/** What the client needs at run time to make each request. */
export const httpOperations: {
  readonly [Id in keyof HttpOperations]: Pick<HttpOperations[Id], 'method' | 'path' | 'auth'>;
} = {
  addAccountUser: { method: 'post', path: '/api/accounts/me/users', auth: 'session' },
  callAction: { method: 'post', path: '/api/actions/{name}', auth: 'session' },
  createDocument: { method: 'post', path: '/api/db/{repo}', auth: 'session' },
  createEventTicket: { method: 'post', path: '/api/events/tickets', auth: 'session' },
  deleteDocument: { method: 'delete', path: '/api/db/{repo}/{id}', auth: 'session' },
  deleteMyNotification: { method: 'delete', path: '/api/notifications/{id}', auth: 'session' },
  getAccountConnections: { method: 'get', path: '/api/accounts/me/connections', auth: 'session' },
  getClientBundle: { method: 'get', path: '/client.js', auth: 'none' },
  getDemo: { method: 'get', path: '/demo', auth: 'none' },
  getDemoScript: { method: 'get', path: '/demo.js', auth: 'none' },
  getDocument: { method: 'get', path: '/api/db/{repo}/{id}', auth: 'session' },
  getEvents: { method: 'get', path: '/api/events', auth: 'session' },
  getHealth: { method: 'get', path: '/api/health', auth: 'none' },
  getHttpDocs: { method: 'get', path: '/api/docs', auth: 'none' },
  getLanding: { method: 'get', path: '/', auth: 'none' },
  getLiveness: { method: 'get', path: '/api/health/live', auth: 'none' },
  getMe: { method: 'get', path: '/api/users/me', auth: 'session' },
  getMetrics: { method: 'get', path: '/metrics', auth: 'none' },
  getMyAccount: { method: 'get', path: '/api/accounts/me', auth: 'session' },
  getReadiness: { method: 'get', path: '/api/health/ready', auth: 'none' },
  getRealtimeDocs: { method: 'get', path: '/api/docs/async', auth: 'none' },
  getSpecDocument: { method: 'get', path: '/api/spec/{document}', auth: 'none' },
  getUserProfile: { method: 'get', path: '/api/users/{userId}', auth: 'session' },
  listActivities: { method: 'get', path: '/api/activities', auth: 'session' },
  listDocuments: { method: 'get', path: '/api/db/{repo}', auth: 'session' },
  listMyNotifications: { method: 'get', path: '/api/notifications', auth: 'session' },
  listMyRooms: { method: 'get', path: '/api/rooms', auth: 'session' },
  listRoomMessages: { method: 'get', path: '/api/rooms/{room}/messages', auth: 'session' },
  loginUser: { method: 'post', path: '/api/users/login', auth: 'none' },
  logoutUser: { method: 'post', path: '/api/users/logout', auth: 'session' },
  patchDocument: { method: 'patch', path: '/api/db/{repo}/{id}', auth: 'session' },
  registerUser: { method: 'post', path: '/api/users/register', auth: 'none' },
  removeAccountUser: { method: 'delete', path: '/api/accounts/me/users/{userId}', auth: 'session' },
  replaceDocument: { method: 'put', path: '/api/db/{repo}/{id}', auth: 'session' },
  revokeSessions: { method: 'post', path: '/api/users/me/sessions/revoke', auth: 'session' },
  rotateSocketSecret: { method: 'post', path: '/api/users/me/socket-secret', auth: 'session' },
};
