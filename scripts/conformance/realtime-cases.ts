import { isObject, type Json, type SpecDocument } from './documents.js';
import { HINTS } from './hints.js';
import { MAX_INVALID_PER_OPERATION } from './http-cases.js';
import type { InputGenerator } from './inputs.js';
import { judgeReply } from './judge.js';
import type { RealtimeOperation } from './model.js';
import { realtimePhase } from './plan.js';
import type { RawConnection } from './raw-driver.js';
import type { Results } from './results.js';
import type { Answer, SocketIoConnection } from './socketio-driver.js';
import type { ValueStore } from './values.js';

const MAX_EXAMPLES_PER_OPERATION = 2;
// A generated request refused for one of its fields is tried again with this many other known values of it.
const MAX_ALTERNATIVES = 3;
// Variants of a generated request that creates something (one per other enum value), at most.
const MAX_VARIANTS = 3;

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

export interface RealtimeCase {
  name: string;
  payload: Json;
  expectRefusal: boolean;
}

/** What came of a case: whether the server accepted it (and its answer), or the field its refusal named. */
export interface CaseOutcome {
  accepted: boolean;
  /** The accepted answer (null for an operation without a reply). */
  answer?: Json;
  refusedField: string | undefined;
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
  // Variants first, so the plain generated request's answer is the latest the run records (and the
  // state it leaves, `online` rather than `offline`, is the one the rest of the run sees).
  if (realtimePhase(op) === 'create')
    for (const variant of ctx.gen.variants(message.payloadPointer, valid, op.tags[0]).slice(0, MAX_VARIANTS))
      cases.push({ name: `generated, ${variant.label}`, payload: variant.value, expectRefusal: false });
  cases.push({ name: 'generated', payload: valid, expectRefusal: false });
  const protectedKeys = op.transport === 'raw' ? RAW_OWN_FIELDS : [];
  for (const bad of ctx.gen
    .invalid(message.payloadPointer, valid, protectedKeys)
    .slice(0, MAX_INVALID_PER_OPERATION))
    cases.push({ name: `invalid: ${bad.label}`, payload: bad.value, expectRefusal: true });
  return cases;
}

/** The field an error answer names (`{error: {field}}` on Socket.IO, the envelope's `field` on raw). */
function refusedField(answer: Json): string | undefined {
  if (!isObject(answer)) return undefined;
  const error = isObject(answer.error) ? answer.error : answer;
  return typeof error.field === 'string' && error.field.length > 0 ? error.field : undefined;
}

/**
 * Runs an operation's cases. A generated request refused for one of its fields (a room the user does not
 * own) is tried again with the other values the run knows for that field, so the operation is also seen
 * to succeed when the run has what it needs. `onAccepted` hears of every accepted payload, with its answer.
 */
export async function runRealtimeOperation(
  ctx: RealtimeContext,
  op: RealtimeOperation,
  onAccepted: (payload: Json, answer: Json) => Promise<void>,
): Promise<void> {
  for (const c of realtimeCases(ctx, op)) {
    const outcome = await runRealtimeCase(ctx, op, c);
    if (outcome.accepted) await onAccepted(c.payload, outcome.answer ?? null);
    if (c.name !== 'generated' || outcome.accepted || !outcome.refusedField) continue;
    const field = outcome.refusedField;
    const message = op.request[0];
    if (!message) continue;
    for (const payload of ctx.gen
      .alternatives(message.payloadPointer, c.payload, field, op.tags[0])
      .slice(0, MAX_ALTERNATIVES)) {
      const retry = { name: `generated, another "${field}"`, payload, expectRefusal: false };
      const again = await runRealtimeCase(ctx, op, retry);
      if (again.accepted) {
        await onAccepted(payload, again.answer ?? null);
        break;
      }
    }
  }
}

/** Sends a payload over the context's connection for the operation's transport. */
export async function send(ctx: RealtimeContext, op: RealtimeOperation, payload: Json): Promise<Answer> {
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

/** Sends one case, judges the answer and records it; `label` names it in the report (default: the case's name). */
export async function runRealtimeCase(
  ctx: RealtimeContext,
  op: RealtimeOperation,
  c: RealtimeCase,
  label = c.name,
): Promise<CaseOutcome> {
  const started = Date.now();
  let problems: string[] = [];
  let warnings: string[] = [];
  let detail = '';
  const outcome: CaseOutcome = { accepted: false, refusedField: undefined };
  try {
    const answer = await send(ctx, op, c.payload);
    if (!answer.answered) {
      problems = [`${op.event}: ${answer.reason}`];
      detail = 'no answer';
    } else if (op.reply) {
      const verdict = judgeReply(ctx.doc, op, answer.value, c.expectRefusal);
      ({ problems, warnings, detail } = verdict);
      ctx.results.validated += verdict.validated;
      if (verdict.accepted && problems.length === 0) {
        outcome.accepted = true;
        outcome.answer = verdict.accepted.value;
        ctx.values.harvest(ctx.doc, verdict.accepted.schemaPointer, verdict.accepted.value, op.tags[0]);
      } else if (!verdict.accepted) outcome.refusedField = refusedField(answer.value);
    } else {
      detail = 'sent';
      outcome.accepted = !c.expectRefusal;
      outcome.answer = null;
    }
  } catch (err) {
    problems = [`${op.event}: ${(err as Error).message}`];
    detail = 'error';
  }
  ctx.results.addJudged(
    { suite: op.transport, operation: op.id, name: label },
    { problems, warnings, detail },
    started,
  );
  return outcome;
}
