import { isObject, type Json, type SpecDocument } from './documents.js';
import type { HttpAnswer } from './http-driver.js';
import type { HttpOperation, Message, RealtimeOperation } from './model.js';

/**
 * Whether an answer keeps the contract: for HTTP a declared status, a declared content type and a body
 * valid against the declared schema; for a realtime request an answer that is one of its reply messages,
 * whose error code, if any, the operation or its server declares. `expectRefusal` is set for inputs the
 * schema refuses: the server must refuse them too, with a declared error.
 */

export interface Verdict {
  problems: string[];
  warnings: string[];
  /** The answer's JSON and the schema it matched, when it was a success (to harvest values from). */
  accepted?: { value: Json; schemaPointer: string };
  /** How many schema validations the verdict took (one per answer checked). */
  validated: number;
  detail: string;
}

/** A verdict with nothing found yet: the judge adds problems and warnings to its arrays. */
function newVerdict(detail: string, validated: number): Verdict {
  return { problems: [], warnings: [], validated, detail };
}

function schemaName(pointer: string): string {
  return pointer.split('/').slice(-1)[0] === 'schema' ? pointer : (pointer.split('/').pop() ?? pointer);
}

function declaredStatus(op: HttpOperation, status: number): string | undefined {
  const exact = String(status);
  if (op.responses.has(exact)) return exact;
  const range = `${exact[0]}XX`;
  if (op.responses.has(range)) return range;
  return op.responses.has('default') ? 'default' : undefined;
}

export function judgeHttp(
  doc: SpecDocument,
  op: HttpOperation,
  answer: HttpAnswer,
  expectRefusal: boolean,
): Verdict {
  const verdict = newVerdict(String(answer.status), 0);
  const { problems, warnings } = verdict;
  const key = declaredStatus(op, answer.status);
  if (!key) {
    problems.push(
      `status ${answer.status} is not declared for ${op.id} (declared: ${[...op.responses.keys()].join(', ')})`,
    );
    return verdict;
  }
  const response = op.responses.get(key);
  if (!response) return verdict;
  if (response.content.size === 0) {
    if (answer.text.length > 0)
      problems.push(`status ${answer.status} declares no body, but one came (${answer.text.length} bytes)`);
  } else {
    const mediaType = answer.mediaType ?? '';
    const declared = [...response.content.keys()];
    const match = declared.find(
      (m) => m === mediaType || (m.endsWith('/*') && mediaType.startsWith(m.slice(0, -1))) || m === '*/*',
    );
    if (!match)
      problems.push(
        `status ${answer.status}: content type "${answer.mediaType ?? '(none)'}" is not declared (declared: ${declared.join(', ')})`,
      );
    else {
      const schemaPointer = response.content.get(match);
      if (schemaPointer && /json/.test(match)) {
        let value: Json | undefined;
        try {
          value = JSON.parse(answer.text) as Json;
        } catch {
          problems.push(`status ${answer.status}: the body is not JSON`);
        }
        if (value !== undefined) {
          verdict.validated += 1;
          const result = doc.validate(schemaPointer, value);
          if (!result.ok)
            problems.push(
              `status ${answer.status}: the body does not match ${schemaName(doc.resolve(schemaPointer).pointer)}: ${result.errors}`,
            );
          else if (answer.status < 300) verdict.accepted = { value, schemaPointer };
          const code = isObject(value) && isObject(value.error) ? value.error.code : undefined;
          if (typeof code === 'string') verdict.detail += ` ${code}`;
        }
      }
    }
  }
  if (answer.status >= 500 && answer.status !== 503)
    problems.push(`the server failed (${answer.status}${verdict.detail.slice(3)})`);
  else if (answer.status === 503) warnings.push('the server said it is unavailable (503)');
  if (expectRefusal && answer.status < 400)
    problems.push(`an input the schema refuses was accepted (${answer.status})`);
  return verdict;
}

/** The error code an error answer carries: `{error: {code}}` (acknowledgements) or `{code}` (envelopes). */
function errorCode(value: Json): string | undefined {
  if (!isObject(value)) return undefined;
  if (isObject(value.error) && typeof value.error.code === 'string') return value.error.code;
  return typeof value.code === 'string' ? value.code : undefined;
}

export function judgeReply(
  doc: SpecDocument,
  op: RealtimeOperation,
  value: Json,
  expectRefusal: boolean,
): Verdict {
  const verdict = newVerdict('answered', 1);
  const { problems, warnings } = verdict;
  const reply = op.reply;
  if (!reply) return verdict;
  let matched: Message | undefined;
  const misses: string[] = [];
  for (const message of reply.messages) {
    const result = doc.validate(message.payloadPointer, value);
    if (result.ok) {
      matched = message;
      break;
    }
    misses.push(
      `${message.isError ? 'error ' : ''}${message.label} (${schemaName(doc.resolve(message.payloadPointer).pointer)}): ${result.errors}`,
    );
  }
  if (!matched) {
    problems.push(`the answer to ${op.event} matches none of its reply messages: ${misses.join('; ')}`);
    verdict.detail = 'off-spec answer';
    return verdict;
  }
  if (matched.isError) {
    const code = errorCode(value) ?? '(no code)';
    verdict.detail = `error ${code}`;
    if (!reply.errorCodes.has(code))
      problems.push(
        `error code ${code} is not declared for ${op.id} (its x-errors nor the server's x-request-errors)`,
      );
    if (code === 'INTERNAL') problems.push(`the server failed (INTERNAL) on ${op.event}`);
    if (code === 'NOT_IMPLEMENTED') warnings.push(`${op.event} is not implemented`);
  } else {
    verdict.detail = matched.label;
    verdict.accepted = { value, schemaPointer: matched.payloadPointer };
    if (expectRefusal) problems.push(`an input the schema refuses was accepted (${matched.label})`);
  }
  return verdict;
}
