import path from 'node:path';
import { parseCommandLine } from './args.js';
import { formatDiagnostic, SpecError } from './diagnostics.js';
import { generate } from './generate.js';
import { layoutOf } from './layout.js';
import { DEFAULT_CACHE_DIR } from './step-cache.js';

/** Where the command writes: the console, or a test's buffers. */
export interface Output {
  log(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export const GENERATE_USAGE = `Usage: node --import tsx scripts/generate.ts [--check] [--no-cache] [--root <dir>]

spec/ -> generated/, clients/js/src/generated/ and a stub in src/handlers/ per new operation (make generate).

Options:
  --check        write nothing; exit 1 when generated code is stale or a handler lost its operation (make check)
  --no-cache     compute every step afresh (to time a cold run, or to rule the step cache out)
  --root <dir>   the project to generate (default: this checkout)
  -h, --help     this text`;

/**
 * `make generate` and, with --check, the drift check of `make check`, as a function of its arguments
 * (GENERATE_USAGE) that returns the exit code.
 */
export async function runGenerate(
  args: readonly string[],
  defaultRoot: string,
  out: Output,
): Promise<number> {
  const command = parseCommandLine(
    {
      usage: GENERATE_USAGE,
      options: {
        check: { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        root: { type: 'string' },
      },
    },
    args,
  );
  if (!command.run) {
    if (command.stdout) out.log(command.stdout);
    if (command.stderr) out.error(command.stderr);
    return command.code;
  }
  const check = command.values.check === true;
  const useCache = command.values['no-cache'] !== true;
  const root = command.values.root ? path.resolve(command.values.root) : defaultRoot;
  const started = performance.now();
  const layout = layoutOf(root);
  let result: Awaited<ReturnType<typeof generate>>;
  try {
    result = await generate(layout, { check, cacheDir: useCache ? DEFAULT_CACHE_DIR : undefined });
  } catch (err) {
    if (!(err instanceof SpecError)) throw err;
    for (const d of err.diagnostics) out.error(formatDiagnostic(d, root));
    out.error(err.message);
    return 1;
  }
  for (const w of result.warnings) out.warn(formatDiagnostic(w, root));
  const ms = Math.round(performance.now() - started);
  if (!check) {
    for (const f of result.changed) out.log(`  wrote ${f}`);
    for (const f of result.removed) out.log(`  removed ${f}`);
    for (const f of result.stubs)
      out.log(`  created stub ${f} (answers NOT_IMPLEMENTED until you implement it)`);
    out.log(`generated ${result.fileCount} files (${result.changed.length} changed) in ${ms} ms`);
    return 0;
  }
  let code = 0;
  const stale = [...result.changed, ...result.removed, ...result.stubs];
  if (stale.length > 0) {
    out.error(
      `generated code is stale: run \`make generate\` and commit the result.\n${stale.map((f) => `  ${f}`).join('\n')}`,
    );
    code = 1;
  }
  if (result.orphans.length > 0) {
    out.error(
      `handlers whose operation left the spec (delete them or restore the operation):\n${result.orphans.map((f) => `  ${f}`).join('\n')}`,
    );
    code = 1;
  }
  if (code === 0) out.log(`generated/ matches spec/ (${result.fileCount} files checked in ${ms} ms)`);
  return code;
}
