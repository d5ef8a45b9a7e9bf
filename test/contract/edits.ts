import type { Change } from '../../scripts/contract/diff/change.js';
import type { SpecDocuments } from '../../scripts/contract/load.js';

/** A verdict for one edit: the worst severity among its changes, or `none` when nothing changed. */
export type Verdict = 'breaking' | 'warning' | 'compatible' | 'none';

export function verdictOf(changes: Change[]): Verdict {
  for (const severity of ['breaking', 'warning', 'compatible'] as const)
    if (changes.some((c) => c.severity === severity)) return severity;
  return 'none';
}

/** How the gate must name the change that decides the verdict (substrings, except `field` and `pointer`). */
export interface Naming {
  subject: string;
  field?: string;
  pointer?: string;
  message: string;
}

export interface Edit {
  name: string;
  apply: (docs: SpecDocuments) => void;
  /**
   * Applied to both sides before `apply`, for an edit that needs what the spec does not have yet (a
   * `default` response to remove): the base is the spec with it.
   */
  base?: (docs: SpecDocuments) => void;
  verdict: Verdict;
  /** Does the gate fail? Only breaking changes in a document whose major version stayed fail it. */
  fails: boolean;
  expect?: Naming;
}

type Obj = Record<string, unknown>;

/** The node at `keys` in a document, which must be an object (an edit that misses its target is a bug). */
function at(doc: Obj, ...keys: string[]): Obj {
  let node: unknown = doc;
  for (const key of keys) {
    node = (node as Obj)?.[key];
    if (typeof node !== 'object' || node === null)
      throw new Error(`edit target ${keys.join('.')} not found at ${key}`);
  }
  return node as Obj;
}

const schema = (doc: Obj, name: string): Obj => at(doc, 'components', 'schemas', name);
const prop = (doc: Obj, name: string, field: string): Obj => at(schema(doc, name), 'properties', field);
const required = (doc: Obj, name: string): string[] => schema(doc, name).required as string[];

function renameKey(node: Obj, from: string, to: string): void {
  const entries = Object.entries(node).map(([k, v]): [string, unknown] => [k === from ? to : k, v]);
  for (const key of Object.keys(node)) delete node[key];
  Object.assign(node, Object.fromEntries(entries));
}

/** The next major version of the document's own: 0.4.0 → 1.0.0, 1.0.0 → 2.0.0. */
function raiseMajor(doc: Obj): void {
  const info = at(doc, 'info');
  const [major] = String(info.version).split('.').map(Number);
  info.version = `${(major ?? 0) + 1}.0.0`;
}

const roomMessages = (d: SpecDocuments): Obj =>
  at(d.openapi, 'paths', '/api/rooms/{room}/messages', 'get', 'responses');
/** A response whose body is the error reply, as `404` of `GET /api/rooms/{room}/messages` is. */
const errorResponse = (description: string): Obj => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorReply' } } },
});

const narrowEcho = (d: SpecDocuments): void => {
  prop(d.asyncapi, 'EchoRequest', 'data').maxLength = 8;
};
const raisePasswordMinimum = (d: SpecDocuments): void => {
  prop(d.openapi, 'Credentials', 'password').minLength = 12;
};

/**
 * The fixture matrix: edits to the current spec (as bundled), each with the verdict the gate must reach
 * and how it must name the deciding change. The first four are the issue's.
 */
export const EDITS: Edit[] = [
  {
    name: 'rename the event `room-history` to `history`',
    apply: (d) => {
      at(d.asyncapi, 'channels', 'rooms', 'messages', 'roomHistory').name = 'history';
      at(d.asyncapi, 'channels', 'rooms', 'messages', 'roomHistoryReply').name = 'history';
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the event `room-history`',
      pointer: '#/channels/rooms/messages/roomHistory/name',
      message: 'renamed to `history`: clients that emit the old name are refused',
    },
  },
  {
    name: 'move `GET /api/rooms` to `/api/my-rooms`',
    apply: (d) => renameKey(at(d.openapi, 'paths'), '/api/rooms', '/api/my-rooms'),
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the route `GET /api/rooms`',
      pointer: '#/paths/~1api~1my-rooms/get',
      message: 'moved to `GET /api/my-rooms`',
    },
  },
  {
    name: 'narrow `echo.data` maxLength 4096 → 8',
    apply: narrowEcho,
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the event `echo`',
      field: 'data',
      pointer: '#/components/schemas/EchoRequest/properties/data/maxLength',
      message: 'clients that send 9–4096 characters are now refused',
    },
  },
  {
    name: 'raise the minimum password length 8 → 12',
    apply: raisePasswordMinimum,
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the route `POST /api/users/register`',
      field: 'body.password',
      pointer: '#/components/schemas/Credentials/properties/password/minLength',
      message: 'clients that send 8–11 characters are now refused',
    },
  },
  {
    name: 'narrow `echo.data` with the AsyncAPI major raised (1.x → 2.0.0)',
    apply: (d) => {
      narrowEcho(d);
      raiseMajor(d.asyncapi);
    },
    verdict: 'breaking',
    fails: false,
    expect: { subject: 'the event `echo`', field: 'data', message: '`maxLength` lowered from 4096 to 8' },
  },
  {
    name: 'raise the password minimum with the OpenAPI major raised',
    apply: (d) => {
      raisePasswordMinimum(d);
      raiseMajor(d.openapi);
    },
    verdict: 'breaking',
    fails: false,
    expect: { subject: 'the route `POST /api/users/login`', field: 'body.password', message: 'now refused' },
  },
  {
    name: "raise the password minimum with only the AsyncAPI major raised (each document's own version)",
    apply: (d) => {
      raisePasswordMinimum(d);
      raiseMajor(d.asyncapi);
    },
    verdict: 'breaking',
    fails: true,
    expect: { subject: 'the route `POST /api/users/login`', field: 'body.password', message: 'now refused' },
  },
  {
    name: 'narrow `echo.data` with only the minor version raised (1.x → 1.x+1)',
    apply: (d) => {
      narrowEcho(d);
      const info = at(d.asyncapi, 'info');
      const [major, minor] = String(info.version).split('.').map(Number);
      info.version = `${major}.${(minor ?? 0) + 1}.0`;
    },
    verdict: 'breaking',
    fails: true,
    expect: { subject: 'the event `echo`', field: 'data', message: 'now refused' },
  },
  {
    name: 'room name pattern changed (no `.` any more), in both documents',
    apply: (d) => {
      schema(d.asyncapi, 'RoomId').pattern = '^[A-Za-z0-9_:-]+$';
      schema(d.openapi, 'RoomId').pattern = '^[A-Za-z0-9_:-]+$';
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the event `join-room`',
      field: 'room',
      pointer: '#/components/schemas/RoomId/pattern',
      message:
        'clients that send values that matched `^[A-Za-z0-9_.:-]+$` but not `^[A-Za-z0-9_:-]+$` are now refused',
    },
  },
  {
    name: 'query `limit` minimum 1 → 5 on `GET /api/rooms/{room}/messages`',
    apply: (d) => {
      const params = at(d.openapi, 'paths', '/api/rooms/{room}/messages', 'get').parameters as Obj[];
      at(params.find((p) => p.name === 'limit') as Obj, 'schema').minimum = 5;
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the route `GET /api/rooms/{room}/messages`',
      field: 'query.limit',
      message: '`minimum` raised from 1 to 5: clients that send values below 5 (down to 1) are now refused',
    },
  },
  {
    name: '`echo.data` may be null (what clients send): type widened',
    apply: (d) => {
      prop(d.asyncapi, 'EchoRequest', 'data').type = ['string', 'null'];
    },
    verdict: 'compatible',
    fails: false,
    expect: {
      subject: 'the event `echo`',
      field: 'data',
      message: 'type changed from string to string or null',
    },
  },
  {
    name: 'acknowledgement `echo.data` may be null (what the server sends): type change',
    apply: (d) => {
      prop(d.asyncapi, 'EchoReply', 'data').type = ['string', 'null'];
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the event `echo` (acknowledgement)',
      field: 'data',
      message: 'clients that read it as string may now receive a null',
    },
  },
  {
    name: 'new required field in `create-room`',
    apply: (d) => {
      prop(d.asyncapi, 'CreateRoomRequest', 'room'); // the schema is there
      schema(d.asyncapi, 'CreateRoomRequest').properties = {
        ...(schema(d.asyncapi, 'CreateRoomRequest').properties as Obj),
        topic: { type: 'string', maxLength: 200 },
      };
      required(d.asyncapi, 'CreateRoomRequest').push('topic');
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the event `create-room`',
      field: 'topic',
      pointer: '#/components/schemas/CreateRoomRequest/properties/topic',
      message: 'new required field `topic`: clients that do not send it are now refused',
    },
  },
  {
    name: 'new optional field in `create-room`',
    apply: (d) => {
      (schema(d.asyncapi, 'CreateRoomRequest').properties as Obj).topic = { type: 'string', maxLength: 200 };
    },
    verdict: 'compatible',
    fails: false,
    expect: { subject: 'the event `create-room`', field: 'topic', message: 'optional field `topic` added' },
  },
  {
    name: 'field removed from the server event `welcome`',
    apply: (d) => {
      delete (schema(d.asyncapi, 'Welcome').properties as Obj).serverVersion;
      schema(d.asyncapi, 'Welcome').required = required(d.asyncapi, 'Welcome').filter(
        (f) => f !== 'serverVersion',
      );
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the server event `welcome`',
      field: 'serverVersion',
      pointer: '#/components/schemas/Welcome/properties/serverVersion',
      message: 'clients that read it no longer get it',
    },
  },
  {
    name: 'field of `welcome` newly optional',
    apply: (d) => {
      schema(d.asyncapi, 'Welcome').required = required(d.asyncapi, 'Welcome').filter(
        (f) => f !== 'username',
      );
    },
    verdict: 'breaking',
    fails: true,
    expect: { subject: 'the server event `welcome`', field: 'username', message: 'is no longer required' },
  },
  {
    name: 'optional field added to `welcome`',
    apply: (d) => {
      (schema(d.asyncapi, 'Welcome').properties as Obj).region = { type: 'string', maxLength: 64 };
    },
    verdict: 'compatible',
    fails: false,
    expect: {
      subject: 'the server event `welcome`',
      field: 'region',
      message: 'optional field `region` added',
    },
  },
  {
    name: 'new enum value in what the server sends (`closing.reason`)',
    apply: (d) => {
      (schema(d.asyncapi, 'CloseReason').enum as string[]).push('maintenance');
    },
    verdict: 'warning',
    fails: false,
    expect: {
      subject: 'the server event `closing`',
      field: 'reason',
      pointer: '#/components/schemas/CloseReason/enum',
      message: 'value `maintenance` added: clients may now receive `maintenance`',
    },
  },
  {
    name: 'enum value removed from what clients send (activity state `away`)',
    apply: (d) => {
      const s = schema(d.asyncapi, 'ActivityState');
      s.enum = (s.enum as string[]).filter((v) => v !== 'away');
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the event `set-activity`',
      field: 'state',
      message: 'value `away` removed: clients that send `away` are now refused',
    },
  },
  {
    name: 'pattern added to the handshake secret',
    apply: (d) => {
      schema(d.asyncapi, 'HandshakeSecret').pattern = '^[A-Za-z0-9]+$';
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the Socket.IO handshake (`auth` payload)',
      field: 'auth.socketSecret',
      message: 'clients that send values that do not match it are now refused',
    },
  },
  {
    name: 'handshake `auth` payload closed (additionalProperties false)',
    apply: (d) => {
      schema(d.asyncapi, 'HandshakeAuth').additionalProperties = false;
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the Socket.IO handshake (`auth` payload)',
      field: 'auth',
      pointer: '#/components/schemas/HandshakeAuth/additionalProperties',
      message: 'other fields are no longer allowed',
    },
  },
  {
    name: 'type change in an acknowledgement (`hasMore` boolean → string)',
    apply: (d) => {
      prop(d.asyncapi, 'HistoryPage', 'hasMore').type = 'string';
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the event `room-history` (acknowledgement)',
      field: 'hasMore',
      message: 'type changed from boolean to string: clients that read it as boolean now get a string',
    },
  },
  {
    name: 'integer → number in what the server sends (`memberCount`)',
    apply: (d) => {
      prop(d.asyncapi, 'RoomView', 'memberCount').type = 'number';
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the event `view-room` (acknowledgement)',
      field: 'memberCount',
      message: 'may now receive a number',
    },
  },
  {
    name: 'server event `welcome` removed',
    apply: (d) => {
      delete at(d.asyncapi, 'operations').sendWelcome;
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the server event `welcome`',
      message: 'clients listening for it never hear it again',
    },
  },
  {
    name: 'client operation `unsubscribe-db` removed',
    apply: (d) => {
      delete at(d.asyncapi, 'operations').unsubscribeDb;
    },
    verdict: 'breaking',
    fails: true,
    expect: { subject: 'the event `unsubscribe-db`', message: 'clients that emit it are refused as unknown' },
  },
  {
    name: 'rename the /ws type `echo` to `ping`',
    apply: (d) => {
      at(d.asyncapi, 'channels', 'envelope', 'messages', 'rawEcho').name = 'ping';
    },
    verdict: 'breaking',
    fails: true,
    expect: { subject: 'the /ws request type `echo`', message: 'renamed to `ping`' },
  },
  {
    name: 'status 404 removed from `GET /api/rooms/{room}/messages`',
    apply: (d) => {
      delete at(d.openapi, 'paths', '/api/rooms/{room}/messages', 'get', 'responses')['404'];
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the route `GET /api/rooms/{room}/messages`',
      pointer: '#/paths/~1api~1rooms~1{room}~1messages/get/responses/404',
      message: 'status 404 removed',
    },
  },
  {
    name: 'status 409 added to `GET /api/rooms`',
    apply: (d) => {
      at(d.openapi, 'paths', '/api/rooms', 'get', 'responses')['409'] = {
        $ref: '#/components/responses/BadInput',
      };
    },
    verdict: 'warning',
    fails: false,
    expect: { subject: 'the route `GET /api/rooms`', message: 'status 409 added' },
  },
  {
    name: 'security of `GET /api/rooms` changed (bearer token → an API key)',
    apply: (d) => {
      at(d.openapi, 'components', 'securitySchemes').apiKey = {
        type: 'apiKey',
        in: 'header',
        name: 'X-Api-Key',
      };
      at(d.openapi, 'paths', '/api/rooms', 'get').security = [{ apiKey: [] }];
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the route `GET /api/rooms`',
      message: 'credentials changed from http bearer to apiKey header X-Api-Key',
    },
  },
  {
    name: 'an optional bearer token beside no credentials (`GET /api/health/live`)',
    apply: (d) => {
      at(d.openapi, 'paths', '/api/health/live', 'get').security = [{}, { operatorToken: [] }];
    },
    verdict: 'compatible',
    fails: false,
    expect: {
      subject: 'the route `GET /api/health/live`',
      message: 'credentials may now also be http bearer',
    },
  },
  {
    name: 'socket secret header renamed (server `local` security)',
    apply: (d) => {
      at(d.asyncapi, 'components', 'securitySchemes', 'socketSecret').name = 'X-Secret';
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the server `local`',
      message: 'httpApiKey header X-Socket-Secret to httpApiKey header X-Secret',
    },
  },
  {
    name: '/ws server moved (`localRaw` pathname /ws → /raw), through @asyncapi/diff',
    apply: (d) => {
      at(d.asyncapi, 'servers', 'localRaw').pathname = '/raw';
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the server `localRaw`',
      pointer: '#/servers/localRaw/pathname',
      message: 'changed from "/ws" to "/raw"',
    },
  },
  {
    name: 'query `limit` maximum 100 → 50 on `GET /api/rooms`',
    apply: (d) => {
      const params = at(d.openapi, 'paths', '/api/rooms', 'get').parameters as Obj[];
      at(params.find((p) => p.name === 'limit') as Obj, 'schema').maximum = 50;
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the route `GET /api/rooms`',
      field: 'query.limit',
      message:
        '`maximum` lowered from 100 to 50: clients that send values above 50 (up to 100) are now refused',
    },
  },
  {
    name: 'query `after` made required on `GET /api/rooms`',
    apply: (d) => {
      const params = at(d.openapi, 'paths', '/api/rooms', 'get').parameters as Obj[];
      (params.find((p) => p.name === 'after') as Obj).required = true;
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the route `GET /api/rooms`',
      field: 'query.after',
      pointer: '#/paths/~1api~1rooms/get/parameters/1/required',
      message: 'is now required',
    },
  },
  {
    name: 'new optional query parameter on `GET /api/rooms`',
    apply: (d) => {
      (at(d.openapi, 'paths', '/api/rooms', 'get').parameters as Obj[]).push({
        name: 'kind',
        in: 'query',
        schema: { type: 'string', enum: ['public', 'private'] },
      });
    },
    verdict: 'compatible',
    fails: false,
    expect: { subject: 'the route `GET /api/rooms`', field: 'query.kind', message: 'added' },
  },
  {
    name: 'new route `GET /api/rooms/{room}`',
    apply: (d) => {
      at(d.openapi, 'paths')['/api/rooms/{room}'] = {
        get: { operationId: 'getRoom', responses: { '200': { description: 'The room.' } } },
      };
    },
    verdict: 'compatible',
    fails: false,
    expect: { subject: 'the route `GET /api/rooms/{room}`', message: 'added' },
  },
  {
    name: 'path parameter renamed (`/api/db/{repo}` → `/api/db/{repository}`): the same URL',
    apply: (d) => {
      const paths = at(d.openapi, 'paths');
      renameKey(paths, '/api/db/{repo}', '/api/db/{repository}');
      const item = at(paths, '/api/db/{repository}');
      for (const method of ['get', 'post']) {
        for (const p of (at(item, method).parameters ?? []) as Obj[])
          if (p.name === 'repo') p.name = 'repository';
      }
    },
    verdict: 'none',
    fails: false,
  },
  {
    name: 'description edited',
    apply: (d) => {
      prop(d.asyncapi, 'EchoRequest', 'data').description = 'Any text at all.';
      at(d.openapi, 'paths', '/api/rooms', 'get').summary = 'Your rooms';
    },
    verdict: 'none',
    fails: false,
  },
  {
    name: 'new client event `ping`',
    apply: (d) => {
      at(d.asyncapi, 'channels', 'connection', 'messages').ping = {
        name: 'ping',
        payload: { type: 'object' },
      };
      at(d.asyncapi, 'operations').ping = {
        action: 'receive',
        channel: { $ref: '#/channels/connection' },
        messages: [{ $ref: '#/channels/connection/messages/ping' }],
      };
    },
    verdict: 'compatible',
    fails: false,
    expect: { subject: 'the event `ping`', message: 'added' },
  },
  {
    name: '`echo.data` maxLength widened 4096 → 8192 (what clients send)',
    apply: (d) => {
      prop(d.asyncapi, 'EchoRequest', 'data').maxLength = 8192;
    },
    verdict: 'compatible',
    fails: false,
    expect: { subject: 'the event `echo`', field: 'data', message: '`maxLength` raised from 4096 to 8192' },
  },
  {
    name: 'acknowledgement `echo.data` maxLength widened 4102 → 8198 (what the server sends)',
    apply: (d) => {
      prop(d.asyncapi, 'EchoReply', 'data').maxLength = 8198;
    },
    verdict: 'warning',
    fails: false,
    expect: {
      subject: 'the event `echo` (acknowledgement)',
      field: 'data',
      message: 'clients may now receive 4103–8198 characters',
    },
  },
  {
    name: 'error code `CONFLICT` no longer declared by `create-room`',
    apply: (d) => {
      delete at(d.asyncapi, 'operations', 'createRoom', 'reply', 'x-errors').CONFLICT;
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the event `create-room`',
      pointer: '#/operations/createRoom/reply/x-errors/CONFLICT',
      message: 'error code CONFLICT removed',
    },
  },
  {
    name: '`follow-users` maxItems 100 → 10',
    apply: (d) => {
      prop(d.asyncapi, 'FollowRequest', 'userIds').maxItems = 10;
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the event `follow-users`',
      field: 'userIds',
      message: 'clients that send 11–100 items are now refused',
    },
  },
  {
    name: 'enum value added to what clients send and the server reports (activity state `dnd`)',
    apply: (d) => {
      (schema(d.asyncapi, 'ActivityState').enum as string[]).push('dnd');
    },
    verdict: 'warning',
    fails: false,
    expect: {
      subject: 'the server event',
      field: 'state',
      message: 'value `dnd` added: clients may now receive `dnd`',
    },
  },
  {
    name: '`create-room` no longer acknowledged (its `reply` removed)',
    apply: (d) => {
      delete at(d.asyncapi, 'operations', 'createRoom').reply;
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the event `create-room`',
      message: 'no longer acknowledged: clients that wait for its acknowledgement wait until they time out',
    },
  },
  {
    name: 'error code `BAD_INPUT` no longer declared by the server `local` (`x-request-errors`)',
    apply: (d) => {
      delete at(d.asyncapi, 'servers', 'local', 'x-request-errors').BAD_INPUT;
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the server `local`',
      pointer: '#/servers/local/x-request-errors/BAD_INPUT',
      message: 'error code BAD_INPUT removed: clients that handle it are left without it',
    },
  },
  {
    name: 'error code `RATE_LIMITED` added to the server `localRaw` (`x-request-errors`)',
    apply: (d) => {
      at(d.asyncapi, 'servers', 'localRaw', 'x-request-errors').RATE_LIMITED = 'Too many requests waiting.';
    },
    verdict: 'warning',
    fails: false,
    expect: {
      subject: 'the server `localRaw`',
      pointer: '#/servers/localRaw/x-request-errors/RATE_LIMITED',
      message: 'error code RATE_LIMITED added: clients may now receive it',
    },
  },
  {
    name: 'HTTP server moved (`servers[0].url` → `http://localhost:3000/v2`)',
    apply: (d) => {
      (d.openapi.servers as Obj[])[0] = { url: 'http://localhost:3000/v2' };
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the server `http://localhost:3000`',
      pointer: '#/servers/0/url',
      message: 'moved to `http://localhost:3000/v2`: clients that call its routes at `http://localhost:3000`',
    },
  },
  {
    name: 'second HTTP server added (`https://chat.example.com`)',
    apply: (d) => {
      (d.openapi.servers as Obj[]).push({ url: 'https://chat.example.com' });
    },
    verdict: 'compatible',
    fails: false,
    expect: { subject: 'the server `https://chat.example.com`', message: 'added' },
  },
  {
    name: 'status 404 folded into a new `4XX` with the same body',
    apply: (d) => {
      const responses = roomMessages(d);
      delete responses['404'];
      responses['4XX'] = errorResponse('Refused.');
    },
    verdict: 'warning',
    fails: false,
    expect: {
      subject: 'the route `GET /api/rooms/{room}/messages`',
      pointer: '#/paths/~1api~1rooms~1{room}~1messages/get/responses/404',
      message: 'status 404 no longer listed on its own, left to `4XX`',
    },
  },
  {
    name: 'status 404 left to a `4XX` whose body lacks `error.message`',
    apply: (d) => {
      const responses = roomMessages(d);
      delete responses['404'];
      responses['4XX'] = {
        description: 'Refused.',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['error'],
              properties: {
                error: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
              },
            },
          },
        },
      };
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the route `GET /api/rooms/{room}/messages` (response 404)',
      field: 'body.error.message',
      message: 'field `body.error.message` removed: clients that read it no longer get it',
    },
  },
  {
    name: 'status `default` removed (from a `GET /api/rooms/{room}/messages` that had one)',
    base: (d) => {
      roomMessages(d).default = errorResponse('Anything else.');
    },
    apply: (d) => {
      delete roomMessages(d).default;
    },
    verdict: 'breaking',
    fails: true,
    expect: {
      subject: 'the route `GET /api/rooms/{room}/messages`',
      pointer: '#/paths/~1api~1rooms~1{room}~1messages/get/responses/default',
      message: 'status default removed: the statuses it stood for are no longer declared',
    },
  },
];
