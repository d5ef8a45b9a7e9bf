import { type Change, childPointer } from './change.js';
import type { SurfaceElement } from './surface.js';

type Codes = NonNullable<SurfaceElement['codes']>;
type Finding = Pick<Change, 'severity' | 'kind' | 'pointer' | 'message'>;

/**
 * The wider entry of `values` that describes an HTTP status when it has no entry of its own: `404` is
 * described by `4XX`, else by `default`; `4XX` by `default`; `default` by nothing. Error codes have none.
 */
export function coveredBy(codes: Pick<Codes, 'what' | 'values'>, code: string): string | undefined {
  if (codes.what !== 'status') return undefined;
  const wider = /^\d{3}$/.test(code) ? [`${code[0]}XX`, 'default'] : /^\dXX$/.test(code) ? ['default'] : [];
  return wider.find((c) => codes.values.includes(c));
}

/**
 * A route's statuses, or an acknowledgement's or a server's error codes. Every code is one the server may
 * answer with and clients handle, so:
 * - one removed is breaking: the server answers something else where it answered that (`default` removed
 *   takes every status it stood for);
 * - except a status still described by a range (`4XX`) or `default`: then it is a warning (no longer
 *   listed on its own), and its body is compared with the range's, which decides whether that breaks
 *   (compare-element.ts);
 * - one added is a warning (clients may now receive it), unless a range or `default` described it already:
 *   then it is only described on its own now, and its body is compared with what described it.
 */
export function compareCodes(before: Codes, after: Codes): Finding[] {
  const kind = before.what.replace(' ', '-');
  const out: Finding[] = [];
  for (const code of before.values) {
    if (after.values.includes(code)) continue;
    const pointer = childPointer(before.pointer, code);
    const wider = coveredBy(after, code);
    if (wider) {
      const message = `${before.what} ${code} no longer listed on its own, left to \`${wider}\`: clients that handle it by name may not recognise it`;
      out.push({ severity: 'warning', kind: `${kind}-removed`, pointer, message });
    } else if (code === 'default') {
      const message = `${before.what} ${code} removed: the statuses it stood for are no longer declared`;
      out.push({ severity: 'breaking', kind: `${kind}-removed`, pointer, message });
    } else {
      const message = `${before.what} ${code} removed: clients that handle it are left without it`;
      out.push({ severity: 'breaking', kind: `${kind}-removed`, pointer, message });
    }
  }
  for (const code of after.values) {
    if (before.values.includes(code)) continue;
    const pointer = childPointer(after.pointer, code);
    const wider = coveredBy(before, code);
    if (wider) {
      const message = `${before.what} ${code} now described on its own (was \`${wider}\`)`;
      out.push({ severity: 'compatible', kind: `${kind}-described`, pointer, message });
    } else {
      const message = `${before.what} ${code} added: clients may now receive it`;
      out.push({ severity: 'warning', kind: `${kind}-added`, pointer, message });
    }
  }
  return out;
}
