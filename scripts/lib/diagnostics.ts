import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The `yaml` package gives positions, but takes a while to load: only a run with findings to locate needs it.
const require = createRequire(import.meta.url);
let yamlPackage: typeof import('yaml') | undefined;
function yaml(): typeof import('yaml') {
  yamlPackage ??= require('yaml') as typeof import('yaml');
  return yamlPackage;
}

/** One problem found in a spec document, located by file, line and column (1-based). */
export interface Diagnostic {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** Where in the document, as a dotted path (`operations.echo.reply`). */
  where: string;
  rule: string;
  message: string;
}

/** Thrown when a spec document has errors; carries every diagnostic for printing. */
export class SpecError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`the spec has ${diagnostics.filter((d) => d.severity === 'error').length} error(s)`);
  }
}

export function formatDiagnostic(d: Diagnostic, root: string): string {
  const file = path.relative(root, d.file) || d.file;
  const where = d.where ? ` at ${d.where}` : '';
  return `${file}:${d.line}:${d.column} ${d.severity} ${d.message}${where} (${d.rule})`;
}

/**
 * Finds the file, line and column of a path in a YAML document, for diagnostics of our own checks that
 * only know the path. Follows a `$ref` to another file on the way (`operations.ping` listed in
 * spec/asyncapi.yaml, written in spec/realtime/connection.yaml). Falls back to the deepest ancestor that
 * exists, then to the top of the file.
 */
export function locate(
  file: string,
  where: (string | number)[],
  hops = 0,
): { file: string; line: number; column: number } {
  const { LineCounter, parseDocument } = yaml();
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter });
  for (let depth = 1; depth < where.length && hops < 8; depth++) {
    const ref = doc.getIn([...where.slice(0, depth), '$ref']);
    if (typeof ref !== 'string' || ref.startsWith('#')) continue;
    const [target = '', pointer = ''] = ref.split('#');
    const parts = pointer.split('/').filter(Boolean);
    return locate(path.resolve(path.dirname(file), target), [...parts, ...where.slice(depth)], hops + 1);
  }
  for (let depth = where.length; depth >= 0; depth--) {
    const node = doc.getIn(where.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const pos = counter.linePos(node.range[0]);
      return { file, line: pos.line, column: pos.col };
    }
  }
  return { file, line: 1, column: 1 };
}

/** Where a path of a (bundled) document is written: file, line and column. */
export type Locator = (where: (string | number)[]) => { file: string; line: number; column: number };

/** Collects our own semantic checks' findings against one document. */
export class Findings {
  readonly list: Diagnostic[] = [];
  /** `locator` maps a path of the document to its place; by default, the path in `file`. */
  constructor(
    file: string,
    private readonly locator: Locator = (where) => locate(file, where),
  ) {}

  error(where: (string | number)[], rule: string, message: string): void {
    this.list.push({
      severity: 'error',
      ...this.locator(where),
      where: where.join('.'),
      rule,
      message,
    });
  }

  /** Runs one step of reading the document; an error it throws becomes a finding at `where`. */
  attempt<T>(where: (string | number)[], step: () => T): T | undefined {
    try {
      return step();
    } catch (err) {
      this.error(where, 'switchboard-model', (err as Error).message);
      return undefined;
    }
  }
}
