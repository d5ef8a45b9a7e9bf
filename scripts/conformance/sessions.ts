import type { Json } from './documents.js';
import { HINTS } from './hints.js';
import { field, type HttpContext, runHttpCase } from './http-cases.js';
import type { ApiModel, HttpOperation } from './model.js';
import { followRefs } from './values.js';

/** Who the run acts as: a throwaway user it registered, or the credentials it was given. */
export interface Credentials {
  username?: string;
  password?: string;
  token?: string;
}

/**
 * Opens sessions through the documented routes (register, login), each call checked like any other
 * case; a session's values (the user's id, the socket secret) land in the value store.
 */
export class Sessions {
  private credentials: { username: string; password: string } | undefined;

  constructor(
    private readonly ctx: HttpContext,
    private readonly model: ApiModel,
    /** The property names of the Socket.IO handshake's `auth` payload (x-socketio-auth). */
    private readonly handshakeNames: string[],
  ) {}

  private operation(id: string): HttpOperation {
    const op = this.model.http.find((o) => o.id === id);
    if (!op?.body)
      throw new Error(
        `the OpenAPI document has no operation "${id}" with a request body to open a session with`,
      );
    return op;
  }

  /** The main session: the given token, a login with the given credentials, or a new user (`register`). */
  async open(
    given: Credentials,
    mayRegister: boolean,
    label = 'setup: register a throwaway user',
  ): Promise<string | undefined> {
    if (given.token) return given.token;
    if (given.username && given.password) {
      this.credentials = { username: given.username, password: given.password };
      return this.login('setup: log in');
    }
    if (!mayRegister) return undefined;
    const op = this.operation(HINTS.registerOperation);
    const body = this.ctx.gen.valid(op.body?.schemaPointer ?? '', op.tags[0]) as
      | { username: string; password: string }
      | undefined;
    if (!body) throw new Error(`cannot make a valid body for ${op.id}`);
    this.credentials = body;
    const answer = await runHttpCase(
      this.ctx,
      op,
      {
        name: 'setup',
        request: {
          method: op.method,
          path: op.path,
          query: [],
          body: { mediaType: op.body?.mediaType ?? 'application/json', value: body },
        },
        expectRefusal: false,
      },
      label,
    );
    const token = field(answer, HINTS.sessionTokenField);
    if (!token) {
      const setup = this.ctx.results.cases.at(-1);
      const why = setup
        ? `${setup.detail}${setup.problems.length ? `: ${setup.problems.join('; ')}` : ''}`
        : 'no answer';
      throw new Error(
        `registering a throwaway user (${op.id}) opened no session (${why}); ` +
          'if the server limits registrations (429), wait a minute or pass --username/--password or --token',
      );
    }
    return token;
  }

  /** Another session of the same user (for operations that end theirs); undefined without a password. */
  async login(label = 'setup: another session'): Promise<string | undefined> {
    if (!this.credentials) return undefined;
    const op = this.operation(HINTS.loginOperation);
    const answer = await runHttpCase(
      this.ctx,
      op,
      {
        name: label,
        request: {
          method: op.method,
          path: op.path,
          query: [],
          body: { mediaType: op.body?.mediaType ?? 'application/json', value: this.credentials },
        },
        expectRefusal: false,
      },
      label,
    );
    return field(answer, HINTS.sessionTokenField);
  }

  /**
   * Reads what the Socket.IO handshake needs (a socket secret) from the secured GET without required
   * parameters whose answer has a property named like one of the handshake `auth` payload's. False when
   * the session no longer works (or no such operation exists).
   */
  async readHandshakeValues(token: string, label: string): Promise<boolean> {
    const op = this.model.http.find((o) => {
      if (o.method !== 'get' || !o.secured || o.parameters.some((p) => p.required)) return false;
      const schema = o.responses.get('200')?.content.get('application/json');
      if (!schema) return false;
      const { node } = followRefs(this.ctx.doc, schema);
      const properties = (node as { properties?: Record<string, Json> } | undefined)?.properties ?? {};
      return this.handshakeNames.some((name) => name in properties);
    });
    if (!op) return false;
    const answer = await runHttpCase(
      this.ctx,
      op,
      {
        name: label,
        request: { method: op.method, path: op.path, query: [], token },
        expectRefusal: false,
      },
      label,
    );
    return answer !== undefined;
  }
}
