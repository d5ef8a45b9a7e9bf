import { isObject, type Json, type SpecDocument } from './documents.js';
import { fillPath, type HttpRequest, sendHttp } from './http-driver.js';
import type { InputGenerator } from './inputs.js';
import { judgeHttp } from './judge.js';
import type { HttpOperation } from './model.js';
import type { Results } from './results.js';
import type { ValueStore } from './values.js';

// Refused inputs sent per operation: enough to see the validation work, few enough to stay under the
// server's rate limits on registration and login.
export const MAX_INVALID_PER_OPERATION = 4;
const MAX_EXAMPLES_PER_OPERATION = 2;

export interface HttpContext {
  baseUrl: string;
  doc: SpecDocument;
  gen: InputGenerator;
  values: ValueStore;
  results: Results;
  timeoutMs: number;
}

export interface HttpCase {
  name: string;
  request: HttpRequest;
  expectRefusal: boolean;
}

/** A setup case: the operation with this JSON body (or none), without path parameters, expected to succeed. */
export function setupCase(op: HttpOperation, name: string, body?: Json, token?: string): HttpCase {
  return {
    name,
    request: {
      method: op.method,
      path: op.path,
      query: [],
      body:
        body === undefined ? undefined : { mediaType: op.body?.mediaType ?? 'application/json', value: body },
      token,
    },
    expectRefusal: false,
  };
}

/** Valid values for the operation's parameters: every path parameter, and required query parameters. */
function parameterValues(
  ctx: HttpContext,
  op: HttpOperation,
  useExamples: boolean,
): Map<string, Json> | undefined {
  const values = new Map<string, Json>();
  for (const param of op.parameters) {
    if (param.in !== 'path' && !param.required) continue;
    const example = useExamples
      ? param.examples.find((e) => ctx.doc.validate(param.schemaPointer, e).ok)
      : undefined;
    const value = example ?? ctx.gen.valid(param.schemaPointer, op.tags[0], param.name);
    if (value === undefined) return undefined;
    values.set(`${param.in} ${param.name}`, value);
  }
  return values;
}

function asText(value: Json): string[] {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return [typeof value === 'string' ? value : JSON.stringify(value)];
}

function toRequest(
  op: HttpOperation,
  params: Map<string, Json>,
  body: Json | undefined,
  token: string | undefined,
): HttpRequest {
  const pathValues: Record<string, string> = {};
  const query: [string, string][] = [];
  for (const [key, value] of params) {
    const [where, name] = key.split(' ') as [string, string];
    if (where === 'path') pathValues[name] = asText(value)[0] ?? '';
    else if (where === 'query') for (const text of asText(value)) query.push([name, text]);
  }
  return {
    method: op.method,
    path: fillPath(op.path, pathValues),
    query,
    body: body !== undefined && op.body ? { mediaType: op.body.mediaType, value: body } : undefined,
    token,
  };
}

/** The cases of one HTTP operation: its examples, a generated valid input, refused inputs, and no token. */
export function httpCases(ctx: HttpContext, op: HttpOperation, token: string | undefined): HttpCase[] {
  const cases: HttpCase[] = [];
  // Without a session the only case of a secured operation is the one that must be refused.
  if (op.secured) {
    const params = parameterValues(ctx, op, false);
    const body = op.body ? ctx.gen.valid(op.body.schemaPointer, op.tags[0]) : undefined;
    if (params)
      cases.push({
        name: 'without a session token',
        request: toRequest(op, params, body, undefined),
        expectRefusal: true,
      });
    if (!token) return cases;
  }
  const exampleParams = parameterValues(ctx, op, true);
  const bodyExamples = (op.body?.examples ?? []).filter(
    (e) => ctx.doc.validate(op.body?.schemaPointer ?? '', e).ok,
  );
  if (exampleParams && bodyExamples.length > 0)
    bodyExamples.slice(0, MAX_EXAMPLES_PER_OPERATION).forEach((example, i) => {
      cases.push({
        name: `example ${i + 1}`,
        request: toRequest(op, exampleParams, example, token),
        expectRefusal: false,
      });
    });
  else if (exampleParams && op.parameters.some((p) => p.examples.length > 0))
    cases.push({
      name: 'example',
      request: toRequest(op, exampleParams, undefined, token),
      expectRefusal: false,
    });
  const params = parameterValues(ctx, op, false);
  const body = op.body ? ctx.gen.valid(op.body.schemaPointer, op.tags[0]) : undefined;
  if (!params || (op.body?.required && body === undefined)) return cases;
  cases.push({ name: 'generated', request: toRequest(op, params, body, token), expectRefusal: false });
  const invalid: HttpCase[] = [];
  if (op.body && body !== undefined)
    for (const bad of ctx.gen.invalid(op.body.schemaPointer, body))
      invalid.push({
        name: `invalid body: ${bad.label}`,
        request: toRequest(op, params, bad.value, token),
        expectRefusal: true,
      });
  for (const param of op.parameters) {
    if (param.in !== 'path' && param.in !== 'query') continue;
    const current = params.get(`${param.in} ${param.name}`) ?? null;
    // Parameters travel as text: a fault only counts if its text is refused too (12345 is a fine string).
    const bad = ctx.gen
      .invalidScalar(param.schemaPointer, current)
      .find((b) => typeof b.value !== 'number' || !ctx.doc.validate(param.schemaPointer, String(b.value)).ok);
    if (!bad) continue;
    const changed = new Map(params);
    changed.set(`${param.in} ${param.name}`, bad.value);
    invalid.push({
      name: `invalid ${param.in} ${param.name}: ${bad.label}, sent as "${asText(bad.value)[0]?.slice(0, 40)}"`,
      request: toRequest(op, changed, body, token),
      expectRefusal: true,
    });
  }
  // Alternate body and parameter faults, so a few requests try both.
  cases.push(...invalid.slice(0, MAX_INVALID_PER_OPERATION));
  return cases;
}

/** Sends one case, judges the answer, records it; resolves the accepted answer's JSON, if any. */
export async function runHttpCase(
  ctx: HttpContext,
  op: HttpOperation,
  c: HttpCase,
  label = c.name,
): Promise<Json | undefined> {
  const started = Date.now();
  let problems: string[] = [];
  let warnings: string[] = [];
  let detail = '';
  let accepted: Json | undefined;
  try {
    const answer = await sendHttp(ctx.baseUrl, c.request, ctx.timeoutMs);
    const verdict = judgeHttp(ctx.doc, op, answer, c.expectRefusal);
    ({ problems, warnings, detail } = verdict);
    ctx.results.validated += verdict.validated;
    if (verdict.accepted && problems.length === 0) {
      accepted = verdict.accepted.value;
      ctx.values.harvest(ctx.doc, verdict.accepted.schemaPointer, accepted, op.tags[0]);
    }
  } catch (err) {
    problems = [`${op.method.toUpperCase()} ${c.request.path}: ${(err as Error).message}`];
    detail = 'no answer';
  }
  ctx.results.addJudged(
    { suite: 'http', operation: op.id, name: label },
    { problems, warnings, detail },
    started,
  );
  return accepted;
}

/** The string at `field` of an accepted answer (a session token), if there is one. */
export function field(value: Json | undefined, name: string): string | undefined {
  return isObject(value) && typeof value[name] === 'string' ? value[name] : undefined;
}
