import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The toolchains whose output is cached: a new version of one is a new key. */
const TOOLS = [
  'ajv',
  'ajv-formats',
  'json-schema-to-typescript',
  '@redocly/openapi-core',
  '@asyncapi/specs',
  '@biomejs/biome',
  'js-yaml',
];
/** The generator's own code: a change to it is a new key too. */
const GENERATOR_DIRS = [
  path.dirname(fileURLToPath(import.meta.url)),
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates/typescript'),
];

/**
 * The generator's own node_modules (whatever --root it works on): entries are keyed by content and
 * relative paths, so any copy of spec/ shares them, and the compiled modules kept there resolve AJV's
 * runtime from it.
 */
export const DEFAULT_CACHE_DIR = path.resolve(
  GENERATOR_DIRS[0] as string,
  '../../node_modules/.cache/switchboard-generate',
);

/** About the entries of twenty spec edits: a few megabytes. */
const MAX_ENTRIES = 120;

/** A package's version, read from node_modules (some packages' exports hide their package.json). */
async function versionOf(pkg: string): Promise<string> {
  for (let dir = GENERATOR_DIRS[0] as string; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', pkg, 'package.json');
    if (existsSync(file)) return String(JSON.parse(await readFile(file, 'utf8')).version);
    if (path.dirname(dir) === dir) throw new Error(`${pkg} is not installed`);
  }
}

/**
 * Results of the slow steps of `make generate` (Redocly's lint and bundle, json-schema-to-typescript,
 * AJV's code generation), stored by a digest of everything they are made from: their input, the
 * generator's own source and the tools' versions. A spec edit then pays only for the steps whose input
 * it changed, and the toolchains of the others are never loaded. Being keyed by content, an entry cannot
 * be stale, so worktrees sharing node_modules share it safely; deleting the folder only costs time.
 */
export class StepCache {
  private constructor(
    private readonly dir: string | undefined,
    private readonly salt: string,
  ) {}

  /** A cache under `dir`, or none (every step computed) when `dir` is undefined. */
  static async open(dir: string | undefined): Promise<StepCache> {
    const hash = createHash('sha256');
    for (const tool of TOOLS) {
      hash.update(`${tool}@${await versionOf(tool)}\n`);
    }
    for (const dir of GENERATOR_DIRS) {
      for (const file of (await readdir(dir)).filter((f) => /\.(ts|mjs)$/.test(f)).sort())
        hash.update(file).update(await readFile(path.join(dir, file)));
    }
    return new StepCache(dir, hash.digest('hex'));
  }

  private fileOf(dir: string, step: string, input: string, ext: string): string {
    const key = createHash('sha256').update(this.salt).update(step).update('\0').update(input).digest('hex');
    return path.join(dir, `${step}-${key.slice(0, 32)}.${ext}`);
  }

  /** Written aside and renamed, so a concurrent run never reads half an entry. */
  private async store(file: string, content: string): Promise<void> {
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, content);
    await rename(partial, file);
    await this.prune(path.dirname(file));
  }

  /** Marks an entry as used now, so that pruning keeps what is still asked for. */
  private async used(file: string): Promise<void> {
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
  }

  /** Keeps the entries used last: every spec edit adds some, and old ones are rarely asked for again. */
  private async prune(dir: string): Promise<void> {
    const names = await readdir(dir);
    if (names.length <= MAX_ENTRIES) return;
    const aged = await Promise.all(
      names.map(async (name) => ({
        name,
        mtime: (await stat(path.join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0,
      })),
    );
    aged.sort((a, b) => b.mtime - a.mtime);
    await Promise.all(aged.slice(MAX_ENTRIES).map(({ name }) => rm(path.join(dir, name), { force: true })));
  }

  /** The result of `compute` for this step and input, from the cache when it was computed before. */
  async get<T>(step: string, input: string, compute: () => Promise<T>): Promise<T> {
    if (!this.dir) return compute();
    const file = this.fileOf(this.dir, step, input, 'json');
    if (existsSync(file)) {
      try {
        const value = JSON.parse(await readFile(file, 'utf8')) as T;
        await this.used(file);
        return value;
      } catch {
        // A torn or foreign file: computed again and rewritten below.
      }
    }
    const value = await compute();
    await this.store(file, JSON.stringify(value));
    return value;
  }

  /**
   * An ES module made by `compile` (generated code, such as a compiled validator), imported from the
   * cache; `fallback` gives the same exports without writing code where there is no cache.
   */
  async module<T>(
    step: string,
    input: string,
    compile: () => Promise<string>,
    fallback: () => Promise<T>,
  ): Promise<T> {
    if (!this.dir) return fallback();
    const file = this.fileOf(this.dir, step, input, 'mjs');
    if (existsSync(file)) await this.used(file);
    else await this.store(file, await compile());
    return (await import(pathToFileURL(file).href)) as T;
  }
}
