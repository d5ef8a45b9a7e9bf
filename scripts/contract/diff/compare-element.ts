import { type Change, childPointer } from './change.js';
import { compareCodes, coveredBy } from './compare-codes.js';
import { compareSchemas } from './schema.js';
import type { SchemaPart, Surface, SurfaceElement } from './surface.js';

type Say = (change: Omit<Change, 'document'>) => void;

/**
 * One event or route present on both sides: its schemas part by part (a payload, an acknowledgement's
 * variants, parameters, bodies, responses), its statuses or error codes, and its credentials.
 */
export function compareElement(
  before: SurfaceElement,
  after: SurfaceElement,
  sides: { base: Surface; head: Surface },
  report: (change: Change) => void,
): void {
  const say: Say = (change) => report({ ...change, document: sides.head.document });
  const subjectOf = (part: SchemaPart): string =>
    part.label ? `${after.subject} (${part.label})` : after.subject;
  // Named by the part clients know: a status now left to `4XX` is still "response 404" to them.
  const compareParts = (b: SchemaPart, h: SchemaPart, named: SchemaPart): void =>
    compareSchemas(
      { doc: sides.base.doc, schema: b.schema, pointer: b.pointer },
      { doc: sides.head.doc, schema: h.schema, pointer: h.pointer },
      {
        document: sides.head.document,
        direction: h.direction,
        subject: subjectOf(named),
        field: h.field,
        report,
        seen: new Set(),
      },
    );
  const headParts = new Map(after.parts.map((p) => [p.key, p]));
  const baseParts = new Map(before.parts.map((p) => [p.key, p]));
  // A part under a status the other side does not list, where a range (`4XX`) or `default` describes it:
  // that range's part with the same content type (compare-codes.ts's coveredBy).
  const wider = (part: SchemaPart, codes: SurfaceElement['codes']): string | undefined =>
    part.code !== undefined && codes !== undefined && !codes.values.includes(part.code)
      ? coveredBy(codes, part.code)
      : undefined;
  const fallback = (part: SchemaPart, parts: Map<string, SchemaPart>, codes: SurfaceElement['codes']) => {
    const code = wider(part, codes);
    return code === undefined
      ? undefined
      : part.fallbacks?.map((key) => parts.get(key)).find((p) => p?.code === code);
  };
  // A part under a status that came or went with nothing to describe it is told once, by the status.
  const toldByCodes = (part: SchemaPart, codes: SurfaceElement['codes']): boolean =>
    part.code !== undefined &&
    codes !== undefined &&
    !codes.values.includes(part.code) &&
    wider(part, codes) === undefined;

  for (const [key, b] of baseParts) {
    const h = headParts.get(key);
    const stand = h ?? fallback(b, headParts, after.codes);
    if (stand) {
      if (h) compareRequired(b, h, subjectOf(h), say);
      compareParts(b, stand, h ?? b);
    } else if (!toldByCodes(b, after.codes)) {
      say({ ...partRemoved(b), subject: subjectOf(b), field: b.field, pointer: b.pointer });
    }
  }
  for (const [key, h] of headParts) {
    if (baseParts.has(key)) continue;
    const described = fallback(h, baseParts, before.codes);
    if (described) compareParts(described, h, h);
    else if (!toldByCodes(h, before.codes))
      say({ ...partAdded(h), subject: subjectOf(h), field: h.field, pointer: h.pointer });
  }

  // Each variant of an acknowledgement may go (clients get one of the others), but not all of them.
  const answer = before.parts.find((p) => p.alternative);
  if (answer && !after.parts.some((p) => p.alternative))
    say({
      severity: 'breaking',
      kind: 'acknowledgement-removed',
      subject: after.subject,
      field: '',
      pointer: answer.pointer,
      message: 'no longer acknowledged: clients that wait for its acknowledgement wait until they time out',
    });
  if (before.codes && after.codes)
    for (const finding of compareCodes(before.codes, after.codes))
      say({ ...finding, subject: after.subject, field: '' });
  // Security is a list of alternatives: a client is refused only when the way it authenticated is gone.
  // One added beside the old ones (an optional token next to `none`) refuses no one.
  const lost = before.security?.filter((alternative) => !after.security?.includes(alternative)) ?? [];
  if (
    before.security &&
    after.security &&
    lost.length === 0 &&
    after.security.length > before.security.length
  )
    say({
      severity: 'compatible',
      kind: 'security-alternative-added',
      subject: after.subject,
      field: '',
      pointer: childPointer(after.pointer, 'security'),
      message: `credentials may now also be ${after.security.filter((a) => !before.security?.includes(a)).join(' or ')}`,
    });
  if (before.security && after.security && lost.length > 0) {
    say({
      severity: 'breaking',
      kind: 'security-changed',
      subject: after.subject,
      field: '',
      pointer: childPointer(after.pointer, 'security'),
      message: `credentials changed from ${before.security.join(' or ')} to ${after.security.join(' or ')}: clients that authenticate as before are refused`,
    });
  }
}

function compareRequired(b: SchemaPart, h: SchemaPart, subject: string, say: Say): void {
  if (b.direction !== 'request' || b.required === h.required) return;
  const pointer = h.requiredPointer ?? h.pointer;
  if (h.required)
    say({
      severity: 'breaking',
      kind: 'input-now-required',
      subject,
      field: h.field,
      pointer,
      message: `\`${h.field}\` is now required: clients that leave it out are refused`,
    });
  else
    say({
      severity: 'compatible',
      kind: 'input-now-optional',
      subject,
      field: h.field,
      pointer,
      message: `\`${h.field}\` is now optional`,
    });
}

type Verdict = Pick<Change, 'severity' | 'kind' | 'message'>;

function partRemoved(part: SchemaPart): Verdict {
  if (part.alternative)
    return { severity: 'compatible', kind: 'answer-removed', message: `${part.key} no longer answered` };
  if (part.direction === 'request')
    return {
      severity: 'breaking',
      kind: 'input-removed',
      message: `\`${part.field}\` is no longer accepted: clients that send it are refused`,
    };
  return {
    severity: 'breaking',
    kind: 'output-removed',
    message:
      part.code === undefined
        ? `${part.label || part.key} no longer sent: clients that read it no longer get it`
        : `the body of ${part.label} is no longer described: clients that read it no longer know what they get`,
  };
}

function partAdded(part: SchemaPart): Verdict {
  if (part.alternative)
    return {
      severity: 'warning',
      kind: 'answer-added',
      message: `${part.key} added: clients may now receive an answer of that shape`,
    };
  if (part.direction === 'request' && part.required)
    return {
      severity: 'breaking',
      kind: 'required-input-added',
      message: `new required \`${part.field}\`: clients that do not send it are refused`,
    };
  return {
    severity: 'compatible',
    kind: 'part-added',
    message: `${part.field ? `\`${part.field}\`` : part.key} added`,
  };
}
