import { type Change, childPointer } from './change.js';
import type { SurfaceElement } from './surface.js';

type Codes = NonNullable<SurfaceElement['codes']>;
type Finding = Pick<Change, 'severity' | 'kind' | 'pointer' | 'message'>;

/**
 * A route's statuses, or an acknowledgement's error codes. One removed breaks clients that handle it; one
 * added is a warning, unless a range (`4XX`) or `default` declared it already (then it is only described
 * now); `default` or a range removed while its statuses are listed one by one takes nothing away.
 */
export function compareCodes(before: Codes, after: Codes): Finding[] {
  const kind = before.what.replace(' ', '-');
  const out: Finding[] = [];
  const coveredBy = (code: string, values: string[]): string | undefined =>
    /^\d{3}$/.test(code) ? [`${code[0]}XX`, 'default'].find((c) => values.includes(c)) : undefined;
  for (const code of before.values) {
    if (after.values.includes(code)) continue;
    const pointer = childPointer(before.pointer, code);
    const wider = coveredBy(code, after.values);
    if (code === 'default' || /^\dXX$/.test(code)) {
      const message = `${before.what} ${code} removed: the statuses it stood for are listed`;
      out.push({ severity: 'compatible', kind: `${kind}-removed`, pointer, message });
    } else if (wider) {
      const message = `${before.what} ${code} removed, left to \`${wider}\`: clients that handle it may not recognise it`;
      out.push({ severity: 'warning', kind: `${kind}-removed`, pointer, message });
    } else {
      const message = `${before.what} ${code} removed: clients that handle it are left without it`;
      out.push({ severity: 'breaking', kind: `${kind}-removed`, pointer, message });
    }
  }
  for (const code of after.values) {
    if (before.values.includes(code)) continue;
    const pointer = childPointer(after.pointer, code);
    if (coveredBy(code, before.values)) {
      const message = `${before.what} ${code} now described on its own`;
      out.push({ severity: 'compatible', kind: `${kind}-described`, pointer, message });
    } else {
      const message = `${before.what} ${code} added: clients may now receive it`;
      out.push({ severity: 'warning', kind: `${kind}-added`, pointer, message });
    }
  }
  return out;
}
