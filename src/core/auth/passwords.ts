import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 64;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

function options(logN: number, r: number, p: number): ScryptOptions {
  const N = 2 ** logN;
  // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly that at N = 2^15, r = 8.
  return { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
}

/**
 * Hashes a password with scrypt (a memory-hard KDF, in Node's core). The result records its own
 * parameters — `scrypt$<log2 N>$<r>$<p>$<salt>$<key>` — so the cost can rise without breaking old hashes.
 */
export async function hashPassword(password: string, logN: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, options(logN, BLOCK_SIZE, PARALLELISM));
  return [
    'scrypt',
    logN,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Checks a password against a stored hash, in constant time once the key is derived. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !logN || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    options(Number(logN), Number(r), Number(p)),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True when a stored hash was made with another cost than `logN` (or another scheme): rehash it at login. */
export function needsRehash(stored: string, logN: number): boolean {
  const [scheme, cost, r, p] = stored.split('$');
  return (
    scheme !== 'scrypt' || Number(cost) !== logN || Number(r) !== BLOCK_SIZE || Number(p) !== PARALLELISM
  );
}
