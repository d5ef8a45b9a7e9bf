import { type Change, childPointer, type Severity } from './change.js';
import { compareElement } from './compare-element.js';
import type { Surface, SurfaceElement } from './surface.js';

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
        // An event's new name is its message's `name`; a route's new place is the operation itself, a
        // server's its URL.
        const pointer = before.kind === 'event' ? childPointer(after.pointer, 'name') : after.pointer;
        const kind = before.kind === 'event' ? 'event-renamed' : `${before.kind}-moved`;
        say('breaking', kind, before.subject, pointer, renamed(before, after));
      } else {
        say('breaking', `${before.kind}-removed`, before.subject, before.pointer, removed(before));
        continue;
      }
    }
    compareElement(before, after, { base, head }, report);
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
  if (before.kind === 'server')
    return `moved to ${after.subject.replace('the server ', '')}: clients that call its routes at ${before.subject.replace('the server ', '')} now get 404 or nothing at all`;
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
