import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import type { Layout } from './layout.js';

/** The folders whose files are handlers, one per operation, named after it (see handler-stub.ts). */
export const HANDLER_FOLDERS = ['http', 'socket', 'rawws'] as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Handlers whose operation has left the spec: a file in src/handlers/{http,socket,rawws}/ that exports a
 * binding named after itself (what a handler is) while no operation of that folder has its name. A
 * helper module beside the handlers (rawws/channels.ts) exports other names and is left alone.
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
      const exported = new RegExp(
        `^export\\s+(?:const|let|(?:async\\s+)?function)\\s+${escapeRegExp(id)}\\b`,
        'm',
      ).exec(text);
      if (!exported) continue;
      const line = text.slice(0, exported.index).split('\n').length;
      const spec = folder === 'http' ? 'spec/openapi.yaml' : 'spec/asyncapi.yaml';
      found.push({
        severity: 'warning',
        file,
        line,
        column: 1,
        where: '',
        rule: 'switchboard-orphan-handler',
        message: `${id} handles an operation that is no longer in ${spec}: delete this file, or restore the operation (a renamed operation needs its handler renamed too)`,
      });
    }
  }
  return found;
}
