import { isObject, type Json, type SpecDocument } from './documents.js';
import { HINTS } from './hints.js';
import { MAX_INVALID_PER_OPERATION } from './http-cases.js';
import type { InputGenerator } from './inputs.js';
import { judgeReply } from './judge.js';
import type { RealtimeOperation } from './model.js';
import type { RawConnection } from './raw-driver.js';
import { outcomeOf, type Results } from './results.js';
import type { Answer, SocketIoConnection } from './socketio-driver.js';
import type { ValueStore } from './values.js';

const MAX_EXAMPLES_PER_OPERATION = 2;

export interface RealtimeContext {
  doc: SpecDocument;
  gen: InputGenerator;
  values: ValueStore;
  results: Results;
  socketio: SocketIoConnection | undefined;
  raw: RawConnection | undefined;
  /** The session token, for the raw `auth` operation's generated input. */
  sessionToken: string | undefined;
}

interface RealtimeCase {
  name: string;
  payload: Json;
  expectRefusal: boolean;
}

// Envelope fields the raw connection fills in itself; refused inputs leave them alone so the answer
// still reaches this request.
const RAW_OWN_FIELDS = ['type', HINTS.raw.sidField, HINTS.raw.tokenField];

/** The cases of one realtime request: its message's examples, a generated valid payload, refused payloads. */
export function realtimeCases(ctx: RealtimeContext, op: RealtimeOperation): RealtimeCase[] {
  const message = op.request[0];
  if (!message) return [];
  const cases: RealtimeCase[] = [];
  const examples = message.examples.filter((e) => ctx.doc.validate(message.payloadPointer, e).ok);
  examples.slice(0, MAX_EXAMPLES_PER_OPERATION).forEach((payload, i) => {
    cases.push({ name: `example ${i + 1}`, payload, expectRefusal: false });
  });
  let valid = ctx.gen.valid(message.payloadPointer, op.tags[0]);
  if (valid === undefined) return cases;
  if (op.transport === 'raw' && op.id === HINTS.raw.authOperation && ctx.sessionToken && isObject(valid))
    valid = { ...valid, [HINTS.raw.authDataField]: ctx.sessionToken };
  cases.push({ name: 'generated', payload: valid, expectRefusal: false });
  const protectedKeys = op.transport === 'raw' ? RAW_OWN_FIELDS : [];
  for (const bad of ctx.gen
    .invalid(message.payloadPointer, valid, protectedKeys)
    .slice(0, MAX_INVALID_PER_OPERATION))
    cases.push({ name: `invalid: ${bad.label}`, payload: bad.value, expectRefusal: true });
  return cases;
}

async function send(ctx: RealtimeContext, op: RealtimeOperation, payload: Json): Promise<Answer> {
  if (op.transport === 'socketio') {
    if (!ctx.socketio) return { answered: false, reason: 'no Socket.IO connection (it needs a session)' };
    if (!op.reply) {
      await ctx.socketio.emit(op.event, payload);
      return { answered: true, value: null };
    }
    return ctx.socketio.request(op.event, payload);
  }
  const raw = ctx.raw;
  if (!raw) return { answered: false, reason: 'no raw WebSocket connection' };
  await raw.open();
  const envelope = isObject(payload)
    ? raw.stamp(payload, { sid: HINTS.raw.sidField, token: HINTS.raw.tokenField })
    : payload;
  const replyTypes = new Set(
    (op.reply?.messages ?? []).map((m) => m.name).filter((n): n is string => Boolean(n)),
  );
  return raw.request(envelope, replyTypes);
}

export async function runRealtimeCase(
  ctx: RealtimeContext,
  op: RealtimeOperation,
  c: RealtimeCase,
): Promise<void> {
  const started = Date.now();
  let problems: string[] = [];
  let warnings: string[] = [];
  let detail = '';
  try {
    const answer = await send(ctx, op, c.payload);
    if (!answer.answered) {
      problems = [`${op.event}: ${answer.reason}`];
      detail = 'no answer';
    } else if (op.reply) {
      const verdict = judgeReply(ctx.doc, op, answer.value, c.expectRefusal);
      ({ problems, warnings, detail } = verdict);
      ctx.results.validated += verdict.validated;
      if (verdict.accepted && problems.length === 0)
        ctx.values.harvest(ctx.doc, verdict.accepted.schemaPointer, verdict.accepted.value, op.tags[0]);
    } else detail = 'sent';
  } catch (err) {
    problems = [`${op.event}: ${(err as Error).message}`];
    detail = 'error';
  }
  ctx.results.add({
    suite: op.transport,
    operation: op.id,
    name: c.name,
    ...outcomeOf(problems, warnings),
    detail,
    durationMs: Date.now() - started,
  });
}
