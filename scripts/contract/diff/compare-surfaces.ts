import { type Change, childPointer, type Severity } from './change.js';
import { compareSchemas } from './schema.js';
import type { SchemaPart, Surface, SurfaceElement } from './surface.js';

/**
 * Compares two surfaces of one document: elements removed, renamed or moved (breaking), added
 * (compatible), and for each element present on both sides its schemas, codes and credentials.
 */
export function compareSurfaces(base: Surface, head: Surface): Change[] {
  const changes: Change[] = [];
  const report = (change: Change): void => {
    changes.push(change);
  };
  const say = (severity: Severity, kind: string, subject: string, pointer: string, message: string): void =>
    report({ severity, document: head.document, kind, subject, field: '', pointer, message });

  const newInHead = [...head.elements.values()].filter((e) => !base.elements.has(e.key));
  const renamedTo = new Set<string>();
  for (const before of base.elements.values()) {
    let after = head.elements.get(before.key);
    if (!after) {
      after = newInHead.find(
        (e) => e.trackId === before.trackId && e.kind === before.kind && !renamedTo.has(e.key),
      );
      if (after) {
        renamedTo.add(after.key);
        // An event's new name is its message's `name`; a route's new place is the operation itself.
        const pointer = before.kind === 'route' ? after.pointer : childPointer(after.pointer, 'name');
        say(
          'breaking',
          before.kind === 'route' ? 'route-moved' : 'event-renamed',
          before.subject,
          pointer,
          renamed(before, after),
        );
      } else {
        say('breaking', `${before.kind}-removed`, before.subject, before.pointer, removed(before));
        continue;
      }
    }
    compareElements(before, after, base, head, report);
  }
  for (const after of newInHead) {
    if (renamedTo.has(after.key)) continue;
    say('compatible', `${after.kind}-added`, after.subject, after.pointer, `${after.subject} added`);
  }
  return changes;
}

function renamed(before: SurfaceElement, after: SurfaceElement): string {
  if (before.kind === 'route')
    return `moved to ${after.subject.replace('the route ', '')}: clients calling ${before.subject.replace('the route ', '')} now get 404 or 405`;
  const consequence =
    before.direction === 'request'
      ? 'clients that emit the old name are refused as unknown'
      : 'clients listening for the old name never hear it again';
  return `renamed to ${after.subject.replace(/^the (\/\S+ )?(server )?(event|request type|server message type) /, '')}: ${consequence}`;
}

function removed(element: SurfaceElement): string {
  switch (element.kind) {
    case 'route':
      return 'removed: clients calling it now get 404 or 405';
    case 'event':
      return element.direction === 'request'
        ? 'removed: clients that emit it are refused as unknown'
        : 'removed: clients listening for it never hear it again';
    case 'handshake':
      return 'no longer described: clients cannot know what to send';
    case 'server':
      return 'removed: clients connecting to it find nothing';
  }
}

function compareElements(
  before: SurfaceElement,
  after: SurfaceElement,
  base: Surface,
  head: Surface,
  report: (change: Change) => void,
): void {
  const say = (
    severity: Severity,
    kind: string,
    subject: string,
    field: string,
    pointer: string,
    message: string,
  ): void => report({ severity, document: head.document, kind, subject, field, pointer, message });
  const subjectOf = (part: SchemaPart): string =>
    part.label ? `${after.subject} (${part.label})` : after.subject;

  const headParts = new Map(after.parts.map((p) => [p.key, p]));
  const baseParts = new Map(before.parts.map((p) => [p.key, p]));
  const codeGone = (part: SchemaPart): boolean =>
    part.code !== undefined && after.codes !== undefined && !after.codes.values.includes(part.code);
  const codeNew = (part: SchemaPart): boolean =>
    part.code !== undefined && before.codes !== undefined && !before.codes.values.includes(part.code);
  const fallback = (part: SchemaPart, parts: Map<string, SchemaPart>): SchemaPart | undefined =>
    part.fallbacks?.map((key) => parts.get(key)).find((p) => p !== undefined);
  const compareParts = (b: SchemaPart, h: SchemaPart): void =>
    compareSchemas(
      { doc: base.doc, schema: b.schema, pointer: b.pointer },
      { doc: head.doc, schema: h.schema, pointer: h.pointer },
      {
        document: head.document,
        direction: h.direction,
        subject: subjectOf(h),
        field: h.field,
        report,
        seen: new Set(),
      },
    );

  for (const [key, b] of baseParts) {
    const h = headParts.get(key);
    if (!h) {
      // A status now described by the `default` (or `4XX`) response: compare with what describes it now.
      const described = fallback(b, headParts);
      if (described) {
        compareParts(b, described);
        continue;
      }
      if (codeGone(b)) continue;
      const subject = subjectOf({ ...b, label: b.label });
      if (b.alternative)
        say('compatible', 'answer-removed', subject, b.field, b.pointer, `${b.key} no longer answered`);
      else if (b.direction === 'request')
        say(
          'breaking',
          'input-removed',
          subject,
          b.field,
          b.pointer,
          `\`${b.field}\` is no longer accepted: clients that send it are refused`,
        );
      else
        say(
          'breaking',
          'output-removed',
          subject,
          b.field,
          b.pointer,
          `${b.label || b.key} no longer sent: clients that read it no longer get it`,
        );
      continue;
    }
    const requiredAt = h.requiredPointer ?? h.pointer;
    if (b.direction === 'request' && !b.required && h.required)
      say(
        'breaking',
        'input-now-required',
        subjectOf(h),
        h.field,
        requiredAt,
        `\`${h.field}\` is now required: clients that leave it out are refused`,
      );
    if (b.direction === 'request' && b.required && !h.required)
      say(
        'compatible',
        'input-now-optional',
        subjectOf(h),
        h.field,
        requiredAt,
        `\`${h.field}\` is now optional`,
      );
    compareParts(b, h);
  }
  for (const [key, h] of headParts) {
    if (baseParts.has(key)) continue;
    // A status that had been described by the `default` response now has its own: compare the two.
    const described = fallback(h, baseParts);
    if (described) {
      compareParts(described, h);
      continue;
    }
    if (codeNew(h)) continue;
    if (h.alternative)
      say(
        'warning',
        'answer-added',
        subjectOf(h),
        h.field,
        h.pointer,
        `${h.key} added: clients may now receive an answer of that shape`,
      );
    else if (h.direction === 'request' && h.required)
      say(
        'breaking',
        'required-input-added',
        subjectOf(h),
        h.field,
        h.pointer,
        `new required \`${h.field}\`: clients that do not send it are refused`,
      );
    else
      say(
        'compatible',
        'part-added',
        subjectOf(h),
        h.field,
        h.pointer,
        `${h.field ? `\`${h.field}\`` : h.key} added`,
      );
  }

  if (before.codes && after.codes) compareCodes(before.codes, after.codes, after.subject, say);
  if (before.security && after.security && before.security.join('|') !== after.security.join('|')) {
    say(
      'breaking',
      'security-changed',
      after.subject,
      '',
      childPointer(after.pointer, 'security'),
      `credentials changed from ${before.security.join(' or ')} to ${after.security.join(' or ')}: clients that authenticate as before are refused`,
    );
  }
}

type Codes = NonNullable<SurfaceElement['codes']>;

/**
 * Statuses of a route, error codes of an acknowledgement. One removed breaks clients that handle it; one
 * added is a warning, unless a range (`4XX`) or `default` declared it already (then it is only described
 * now); `default` removed while the statuses are listed one by one takes nothing away.
 */
function compareCodes(
  before: Codes,
  after: Codes,
  subject: string,
  say: (
    severity: Severity,
    kind: string,
    subject: string,
    field: string,
    pointer: string,
    message: string,
  ) => void,
): void {
  const kind = before.what.replace(' ', '-');
  const coveredBy = (code: string, values: string[]): string | undefined =>
    values.includes(code)
      ? code
      : [`${code[0]}XX`, 'default'].find((c) => /^\d/.test(code) && values.includes(c));
  for (const code of before.values) {
    if (after.values.includes(code)) continue;
    const pointer = childPointer(before.pointer, code);
    const wider = coveredBy(code, after.values);
    if (code === 'default' || /^\dXX$/.test(code))
      say(
        'compatible',
        `${kind}-removed`,
        subject,
        '',
        pointer,
        `${before.what} ${code} removed: the statuses it stood for are listed`,
      );
    else if (wider)
      say(
        'warning',
        `${kind}-removed`,
        subject,
        '',
        pointer,
        `${before.what} ${code} removed, left to \`${wider}\`: clients that handle it may not recognise it`,
      );
    else
      say(
        'breaking',
        `${kind}-removed`,
        subject,
        '',
        pointer,
        `${before.what} ${code} removed: clients that handle it are left without it`,
      );
  }
  for (const code of after.values) {
    if (before.values.includes(code)) continue;
    const pointer = childPointer(after.pointer, code);
    if (coveredBy(code, before.values))
      say(
        'compatible',
        `${kind}-described`,
        subject,
        '',
        pointer,
        `${before.what} ${code} now described on its own`,
      );
    else
      say(
        'warning',
        `${kind}-added`,
        subject,
        '',
        pointer,
        `${before.what} ${code} added: clients may now receive it`,
      );
  }
}
