import type { Json } from './documents.js';
import { HINTS } from './hints.js';
import { field, type HttpContext, runHttpCase, setupCase } from './http-cases.js';
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
 * case; a session's values (the user's id, the socket secret) land in the value store. Every session it
 * opened is ended at the end of the run (`logOut`): a run against production leaves no session behind.
 */
export class Sessions {
  private credentials: { username: string; password: string } | undefined;
  /** The tokens of the sessions this run opened (never a token it was given). */
  private readonly opened: string[] = [];

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
    const answer = await runHttpCase(this.ctx, op, setupCase(op, 'setup', body), label);
    const token = this.track(field(answer, HINTS.sessionTokenField));
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
    const answer = await runHttpCase(this.ctx, op, setupCase(op, label, this.credentials), label);
    return this.track(field(answer, HINTS.sessionTokenField));
  }

  private track(token: string | undefined): string | undefined {
    if (token) this.opened.push(token);
    return token;
  }

  /**
   * Ends every session the run opened through the documented logout route, each a checked case. A
   * session an operation already ended (sign out everywhere) answers 401, which is declared: not a failure.
   * Without the route in the document, a warning says sessions were left open.
   */
  async logOut(): Promise<void> {
    const tokens = this.opened.splice(0);
    if (tokens.length === 0) return;
    const op = this.model.http.find((o) => o.id === HINTS.logoutOperation);
    if (!op) {
      this.ctx.results.add({
        suite: 'http',
        operation: HINTS.logoutOperation,
        name: 'teardown',
        outcome: 'warning',
        problems: [
          `no "${HINTS.logoutOperation}" operation: ${tokens.length} session(s) the run opened stay open`,
        ],
        detail: 'not run',
        durationMs: 0,
      });
      return;
    }
    for (const token of tokens)
      await runHttpCase(this.ctx, op, setupCase(op, 'teardown', undefined, token), 'teardown: log out');
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
