import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { exportedNames } from './exported-names.js';
import type { Layout } from './layout.js';

/** The folders whose files are handlers, one per operation, named after it (see handler-stub.ts). */
export const HANDLER_FOLDERS = ['http', 'socket', 'rawws', 'actions'] as const;

/**
 * Handlers whose operation has left the spec: a file in src/handlers/{http,socket,rawws,actions}/ that exports a
 * binding named after itself, or a default export (what a handler is), while no operation of that folder
 * has its name. A helper module beside the handlers (rawws/channels.ts) exports other names and is left
 * alone. Exports are read by exported-names.ts, whatever their form (`export { y as x }`, a class…).
 * `expected` holds the handler files the spec asks for, relative to the root.
 */
export async function orphanHandlers(layout: Layout, expected: ReadonlySet<string>): Promise<Diagnostic[]> {
  const found: Diagnostic[] = [];
  for (const folder of HANDLER_FOLDERS) {
    const dir = path.join(layout.handlersDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.ts')).sort()) {
      const file = path.join(dir, name);
      if (expected.has(path.relative(layout.root, file))) continue;
      const id = name.slice(0, -'.ts'.length);
      const text = await readFile(file, 'utf8');
      const exported = exportedNames(text).find((e) => e.name === id || e.name === 'default');
      if (!exported) continue;
      const before = text.slice(0, exported.index);
      const line = before.split('\n').length;
      const column = exported.index - before.lastIndexOf('\n');
      const spec = folder === 'http' ? 'spec/openapi.yaml' : 'spec/asyncapi.yaml';
      found.push({
        severity: 'warning',
        file,
        line,
        column,
        where: '',
        rule: 'switchboard-orphan-handler',
        message: `${id} handles an operation that is no longer in ${spec}: delete this file, or restore the operation (a renamed operation needs its handler renamed too)`,
      });
    }
  }
  return found;
}
