import { RealtimeConnections } from './connections.js';
import { isObject, type Json, type SpecDocument } from './documents.js';
import { AUDIENCE, HINTS } from './hints.js';
import { type HttpContext, runHttpCase, setupCase } from './http-cases.js';
import { InputGenerator } from './inputs.js';
import { type ApiModel, type RealtimeOperation, words } from './model.js';
import type { EventObserver } from './observer.js';
import { type RealtimeContext, runRealtimeCase } from './realtime-cases.js';
import type { Results } from './results.js';
import { Sessions } from './sessions.js';
import { followRefs, ValueStore } from './values.js';

export interface WitnessDeps {
  baseUrl: string;
  timeoutMs: number;
  model: ApiModel;
  openapi: SpecDocument;
  asyncapi: SpecDocument;
  httpCtx: HttpContext;
  /** The main user's value store: requests that name a user are pinned to the witness there. */
  mainValues: ValueStore;
  /** The main user's session token (the witness is made a user of their account). */
  mainToken: string;
  observer: EventObserver;
  results: Results;
  handshakeNames: string[];
  runId: string;
}

/**
 * The witness: a second throwaway user with a Socket.IO and a raw connection of its own, for the events
 * the main user's requests cause for others. What it does comes from each declared event's `x-audience`
 * (hints.ts, AUDIENCE): it repeats the main user's accepted requests that enter an audience (joining a
 * room, subscribing to a repository, following), also joining a subscribed repository's raw channel; it
 * asks to enter what the main user creates when the creator is in it already (a party); the main user's
 * requests that name a user, in a feature with `user-connections` events, name it, and those that name a
 * connection, in a feature with events to a group, name its Socket.IO connection (from its `welcome`).
 * Every answer it gets is judged and every event it receives is checked, like the main user's.
 */
export class Witness {
  /** Its accepted-request mirrors that were refused (a private room before the invitation): tried again later. */
  private refused: { op: RealtimeOperation; payload: Json; label: string }[] = [];

  private constructor(
    private readonly deps: WitnessDeps,
    private readonly ctx: RealtimeContext,
    private readonly connections: RealtimeConnections,
    private readonly sessions: Sessions,
    /** server name → feature tags with events to an audience a connection enters by request. */
    private readonly groupTags: Map<string, Set<string>>,
    /** server name → feature tags whose groups the witness enters as the main user creates them. */
    private readonly createTags: Map<string, Set<string>>,
  ) {}

  /** Makes the witness (a user of the main account, else one of its own) and opens its connections; undefined, with a warning, when it cannot. */
  static async open(deps: WitnessDeps): Promise<Witness | undefined> {
    const { model } = deps;
    const groupTags = new Map<string, Set<string>>();
    const createTags = new Map<string, Set<string>>();
    const namingTags = new Set<string>();
    const addTags = (map: Map<string, Set<string>>, server: string, tags: string[]) => {
      const known = map.get(server) ?? new Set<string>();
      for (const tag of tags) known.add(tag);
      map.set(server, known);
    };
    for (const event of model.events) {
      if (event.audiences.some((a) => (AUDIENCE.groups as readonly string[]).includes(a)))
        addTags(groupTags, event.server, event.tags);
      if (event.audiences.some((a) => (AUDIENCE.enterOnCreate as readonly string[]).includes(a)))
        addTags(createTags, event.server, event.tags);
      if (event.audiences.includes(AUDIENCE.userConnections))
        for (const tag of event.tags) namingTags.add(tag);
    }
    // The main user's requests of a feature with events to a group name the witness's connection (the
    // one its latest `welcome` named: a reopened connection has a new id).
    const connectionKeys = [...new Set([...groupTags.values()].flatMap((tags) => [...tags]))].flatMap((tag) =>
      AUDIENCE.connectionProperties.map((p) => `${tag}.${p}`),
    );
    let welcomed: (() => void) | undefined;
    const welcome = new Promise<void>((resolve) => {
      welcomed = resolve;
    });
    const onEvent = (event: string, payload: Json) => {
      const id = isObject(payload) ? payload[AUDIENCE.connectionIdField] : undefined;
      if (event !== AUDIENCE.welcomeEvent || typeof id !== 'string') return;
      deps.mainValues.pin(connectionKeys, id);
      welcomed?.();
    };
    if (groupTags.size === 0 && namingTags.size === 0) return undefined;

    const started = Date.now();
    const values = new ValueStore();
    const httpCtx: HttpContext = {
      ...deps.httpCtx,
      values,
      gen: new InputGenerator(deps.openapi, values, `${deps.runId}w`),
    };
    const sessions = new Sessions(httpCtx, model, deps.handshakeNames);
    const gen = new InputGenerator(deps.asyncapi, values, `${deps.runId}w`);
    const connections = new RealtimeConnections({
      baseUrl: deps.baseUrl,
      timeoutMs: deps.timeoutMs,
      model,
      gen,
      observer: deps.observer,
      results: deps.results,
      who: 'witness',
      onEvent: connectionKeys.length > 0 ? onEvent : undefined,
    });
    let token: string | undefined;
    try {
      const credentials = await addToAccount(httpCtx, model, deps.mainToken);
      if (credentials) token = await sessions.open(credentials, false);
      token ??= await sessions.open({}, true, 'setup: register the witness, a second user');
      if (!token) throw new Error('no session');
      await sessions.readHandshakeValues(token, "setup: read the witness's socket secret");
      await connections.open(token);
      if (connections.socketio && connectionKeys.length > 0 && declaresWelcome(model))
        await waitAtMost(welcome, deps.timeoutMs);
    } catch (err) {
      connections.close();
      await sessions.logOut();
      deps.results.add({
        suite: 'events',
        operation: 'witness',
        name: 'setup',
        outcome: 'warning',
        problems: [
          `no second user to witness events sent to others (${(err as Error).message}): those events are not provoked`,
        ],
        detail: 'no witness',
        durationMs: Date.now() - started,
      });
      return undefined;
    }
    const ctx: RealtimeContext = {
      doc: deps.asyncapi,
      gen,
      values,
      results: deps.results,
      socketio: connections.socketio,
      raw: connections.raw,
      sessionToken: token,
    };
    // Its own answers (the session's user) name it; the main user's requests of features whose events
    // go to a named user's connections name it from now on.
    const id = values.candidates([...AUDIENCE.userProperties])[0];
    if (id !== undefined)
      for (const tag of namingTags)
        deps.mainValues.pin(
          AUDIENCE.userProperties.map((p) => `${tag}.${p}`),
          id,
        );
    return new Witness(deps, ctx, connections, sessions, groupTags, createTags);
  }

  /** Whether a request enters an audience the witness should be in too. */
  private enters(op: RealtimeOperation): boolean {
    const tags = this.groupTags.get(op.server);
    return (
      op.readOnly === false &&
      op.tags.some((t) => tags?.has(t)) &&
      words(op.id).some((w) => (AUDIENCE.enterWords as readonly string[]).includes(w))
    );
  }

  /** Whether a request creates a group its creator is in already (a party), which the witness then enters. */
  private creates(op: RealtimeOperation): boolean {
    const tags = this.createTags.get(op.server);
    return (
      op.readOnly === false &&
      op.tags.some((t) => tags?.has(t)) &&
      words(op.id).some((w) => (AUDIENCE.createWords as readonly string[]).includes(w))
    );
  }

  /**
   * After the main user's accepted request: the witness enters the same audience, or asks to enter the
   * group the request created (`answer` says which).
   */
  async mirror(op: RealtimeOperation, payload: Json, answer: Json = null): Promise<void> {
    if (this.creates(op)) await this.enterCreated(op, answer);
    if (!this.enters(op)) return;
    await this.send(op, payload, `the witness: the same ${op.event}`);
    const repo = isObject(payload) ? payload[AUDIENCE.repoProperty] : undefined;
    if (op.transport === 'socketio' && typeof repo === 'string') await this.joinRepositoryChannel(repo);
  }

  /**
   * The feature's enter operation (`join-party`) for what the main user's request created: its payload's
   * properties that the answer has (`partyId`), the rest made from its schema.
   */
  private async enterCreated(op: RealtimeOperation, answer: Json): Promise<void> {
    const join = this.deps.model.realtime.find(
      (o) =>
        o.server === op.server &&
        o.transport === op.transport &&
        o.tags.some((t) => op.tags.includes(t)) &&
        this.enters(o),
    );
    const message = join?.request[0];
    if (!join || !message || !isObject(answer)) return;
    const { node } = followRefs(this.ctx.doc, message.payloadPointer);
    const properties = isObject(node) && isObject(node.properties) ? Object.keys(node.properties) : [];
    const taken = Object.fromEntries(
      properties.filter((p) => answer[p] !== undefined).map((p) => [p, answer[p] as Json]),
    );
    if (Object.keys(taken).length === 0) return;
    let request: Json = taken;
    if (!this.ctx.doc.validate(message.payloadPointer, request).ok) {
      const valid = this.ctx.gen.valid(message.payloadPointer, join.tags[0]);
      if (!isObject(valid)) return;
      request = { ...valid, ...taken };
      if (!this.ctx.doc.validate(message.payloadPointer, request).ok) return;
    }
    await this.send(join, request, `the witness: ${join.event}, into what ${op.event} made`);
  }

  /** A repository's raw channel, when the raw server sends repository subscribers its changes. */
  private async joinRepositoryChannel(repo: string): Promise<void> {
    const rawServers = [...this.deps.model.servers].filter(([, s]) => s.transport === 'raw').map(([n]) => n);
    const sendsChanges = this.deps.model.events.some(
      (e) => rawServers.includes(e.server) && e.audiences.includes(AUDIENCE.repositorySubscribers),
    );
    const join = this.deps.model.realtime.find((op) => op.transport === 'raw' && this.enters(op));
    const message = join?.request[0];
    if (!sendsChanges || !join || !message) return;
    const valid = this.ctx.gen.valid(message.payloadPointer, join.tags[0]);
    if (!isObject(valid)) return;
    const payload = { ...valid, [HINTS.raw.channelField]: `${AUDIENCE.repositoryChannelPrefix}${repo}` };
    await this.send(join, payload, `the witness: the raw channel of repository ${repo}`);
  }

  private async send(op: RealtimeOperation, payload: Json, label: string): Promise<void> {
    const outcome = await runRealtimeCase(this.ctx, op, { name: label, payload, expectRefusal: false });
    if (!outcome.accepted) this.refused.push({ op, payload, label });
  }

  /** Tries the refused mirrors once more (called between phases: an invitation may have come since). */
  async retryRefused(): Promise<void> {
    const pending = this.refused;
    this.refused = [];
    for (const { op, payload, label } of pending)
      await runRealtimeCase(this.ctx, op, { name: label, payload, expectRefusal: false }, `${label}, again`);
  }

  /** Closes its connections and ends the sessions it opened. */
  async close(): Promise<void> {
    this.connections.close();
    await this.sessions.logOut();
  }
}

/** The main user adds the witness to their account (AUDIENCE.witnessOperation): its credentials, if it worked. */
async function addToAccount(
  ctx: HttpContext,
  model: ApiModel,
  mainToken: string,
): Promise<{ username: string; password: string } | undefined> {
  const op = model.http.find((o) => o.id === AUDIENCE.witnessOperation);
  if (!op?.body || op.parameters.some((p) => p.required)) return undefined;
  const body = ctx.gen.valid(op.body.schemaPointer, op.tags[0]);
  if (!isObject(body) || typeof body.username !== 'string' || typeof body.password !== 'string')
    return undefined;
  const answer = await runHttpCase(
    ctx,
    op,
    setupCase(op, 'setup', body, mainToken),
    "setup: the witness, a user of the main user's account",
  );
  return answer === undefined ? undefined : { username: body.username, password: body.password };
}

/** Whether a Socket.IO server of the document sends the event that names a connection (AUDIENCE.welcomeEvent). */
function declaresWelcome(model: ApiModel): boolean {
  return model.events.some((e) => e.transport === 'socketio' && e.name === AUDIENCE.welcomeEvent);
}

/** Waits for a promise, but no longer than `ms` (a server may never send it). */
async function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
