import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Writes a benchmark's result as JSON under bench/results/ (git-ignored). */
export function saveResult(name: string, result: Record<string, unknown>): string {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ benchmark: name, date: new Date().toISOString(), ...result }, null, 2)}\n`,
  );
  return file;
}
