import { diff } from '@asyncapi/diff';
import type { Change } from './change.js';
import { isNode, type Node } from './schema-context.js';

/**
 * Where clients connect, as @asyncapi/diff classifies it: a server's host, pathname or protocol, and the
 * document's default content type. @asyncapi/diff compares documents key by key; that is right for these
 * (a client's URL is built from them) but not for channels and operations, whose keys are not on the wire
 * and whose payloads it leaves unclassified: those are the surface comparison's (compare-surfaces.ts).
 */
const WHERE_CLIENTS_CONNECT =
  /^\/servers\/([^/]+)\/(host|pathname|protocol|protocolVersion)$|^\/defaultContentType$/;

export function compareAsyncApiStructure(base: Node, head: Node): Change[] {
  const result = diff(base, head, { outputType: 'json' }).breaking();
  if (!Array.isArray(result)) return [];
  return result.flatMap((change) => {
    const match = WHERE_CLIENTS_CONNECT.exec(change.path);
    if (!match) return [];
    const server = match[1];
    const keyword = match[2] ?? 'defaultContentType';
    // A whole server removed is the surface's finding; here only its address changing.
    if (server && !(isNode(head.servers) && server in head.servers)) return [];
    const subject = server ? `the server \`${server}\`` : 'every message';
    return [
      {
        severity: 'breaking' as const,
        document: 'asyncapi' as const,
        kind: `server-${keyword}-changed`,
        subject,
        field: '',
        pointer: `#${change.path}`,
        message: `\`${keyword}\` ${change.action === 'remove' ? `${JSON.stringify(change.before)} removed` : `changed from ${JSON.stringify(change.before)} to ${JSON.stringify(change.after)}`}: clients that connect as before find nothing there`,
      },
    ];
  });
}
