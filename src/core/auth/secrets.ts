import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 bytes from the CSPRNG, base64url (43 characters): session tokens and socket secrets. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * SHA-256 of a secret, hex. Secrets are looked up by this digest, never by their own value, so a
 * lookup's timing says nothing about the secret; high-entropy secrets need no slow hash.
 */
export function digestSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares two hex digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A session's socket secret of a generation: HMAC-SHA256 keyed by the session token, base64url (43
 * characters, like the token). Only the session's holder can compute it, the server stores only its
 * digest, and rotating (a new generation) gives an unrelated secret; nothing about the token leaks
 * from a secret that does (handshake headers reach proxies' logs more often than Authorization does).
 */
export function deriveSocketSecret(token: string, generation: number): string {
  return createHmac('sha256', token).update(`switchboard socket secret ${generation}`).digest('base64url');
}
