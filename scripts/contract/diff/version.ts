import { isNode, type Node } from './schema-context.js';

/** `info.version` of a document, or '' when it has none. */
export function versionOf(doc: Node): string {
  return isNode(doc.info) && typeof doc.info.version === 'string' ? doc.info.version : '';
}

/**
 * Was the major part (the first number) of `info.version` raised? That is how a document declares an
 * intentional break: `0.3.0` → `1.0.0`, `1.4.2` → `2.0.0`. Read literally, as the issue words it: for a
 * 0.x document, too, only the first number counts.
 */
export function majorRaised(base: string, head: string): boolean {
  const major = (v: string): number | undefined => {
    const m = /^v?(\d+)(?:\.|$)/.exec(v.trim());
    return m ? Number(m[1]) : undefined;
  };
  const b = major(base);
  const h = major(head);
  return b !== undefined && h !== undefined && h > b;
}
