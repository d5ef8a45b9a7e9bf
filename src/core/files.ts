import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { PublicFile } from '../../generated/types.js';
import { ApiError } from './errors.js';

// By extension; anything else is application/octet-stream. Text types go out as UTF-8, the rest base64.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};
const TEXT = /^text\/|^application\/(json|xml)|^image\/svg\+xml/;

export interface PublicFilesOptions {
  /** PUBLIC_DIR; undefined: no folder, every path is NOT_FOUND. */
  root: string | undefined;
  /** FILE_MAX_BYTES. */
  maxBytes: number;
}

/**
 * The `file` action's folder (actionhero's `file` verb). A path is a relative path of plain segments:
 * no `..`, no hidden segment, no absolute path; and once links are resolved it must still be inside the
 * folder, so a link cannot lead out of it. Only regular files are read, at most `maxBytes` of them,
 * opened without blocking (a FIFO put there cannot hold the request).
 */
export class PublicFiles {
  private root: Promise<string | undefined> | undefined;

  constructor(private readonly options: PublicFilesOptions) {}

  /** The folder's real path, resolved once it exists (a folder created after start-up is found then). */
  private realRoot(): Promise<string | undefined> {
    const { root } = this.options;
    if (!root) return Promise.resolve(undefined);
    this.root ??= realpath(root).catch(() => {
      this.root = undefined;
      return undefined;
    });
    return this.root;
  }

  async read(requested: string, signal?: AbortSignal): Promise<PublicFile> {
    const root = await this.realRoot();
    if (!root) throw new ApiError('NOT_FOUND', 'this server has no public folder (PUBLIC_DIR)', 'path');
    const segments = requested.split('/');
    if (
      requested.includes('\0') ||
      requested.includes('\\') ||
      segments.some((s) => s === '' || s.startsWith('.'))
    )
      throw new ApiError(
        'FORBIDDEN',
        'a path is relative, with plain segments: no leading or double "/", no "..", no hidden files',
        'path',
      );
    let real: string;
    try {
      real = await realpath(path.join(root, ...segments));
    } catch {
      throw new ApiError('NOT_FOUND', `no file ${requested}`, 'path');
    }
    if (!real.startsWith(root + path.sep))
      throw new ApiError('FORBIDDEN', `${requested} leads out of the public folder`, 'path');
    const file = await open(real, constants.O_RDONLY | constants.O_NONBLOCK).catch(() => {
      throw new ApiError('NOT_FOUND', `no file ${requested}`, 'path');
    });
    try {
      const stat = await file.stat();
      if (!stat.isFile()) throw new ApiError('FORBIDDEN', `${requested} is not a file`, 'path');
      const max = this.options.maxBytes;
      if (stat.size > max)
        throw new ApiError(
          'PAYLOAD_TOO_LARGE',
          `${requested} is ${stat.size} bytes; the limit is ${max}`,
          'path',
        );
      // One byte more than allowed: a file that grew since stat is caught too.
      const buffer = Buffer.alloc(Math.min(stat.size, max) + 1);
      const { bytesRead } = await file.read({ buffer, position: 0 });
      if (bytesRead > max)
        throw new ApiError('PAYLOAD_TOO_LARGE', `${requested} is over the limit of ${max} bytes`, 'path');
      signal?.throwIfAborted();
      const bytes = buffer.subarray(0, bytesRead);
      const mime = TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
      const text = TEXT.test(mime) ? utf8(bytes) : undefined;
      return {
        path: requested,
        mime,
        length: bytesRead,
        encoding: text === undefined ? 'base64' : 'utf8',
        content: text ?? bytes.toString('base64'),
      };
    } finally {
      await file.close();
    }
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The text, or undefined when the bytes are not valid UTF-8 (they then go out base64). */
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
