import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (token: string): Buffer => createHash('sha256').update(token).digest();

/**
 * The operator's token (METRICS_TOKEN): it guards `/metrics` and shows `/api/health`'s details. Compared
 * as SHA-256 digests with timingSafeEqual: equal lengths whatever was sent, so the time taken tells an
 * attacker neither how long the token is nor how much of it they guessed.
 */
export class OperatorToken {
  private readonly expected: Buffer | undefined;

  constructor(token: string | undefined) {
    this.expected = token ? digest(token) : undefined;
  }

  /** Whether the server has a token at all (unset: /metrics is open, health details are never the operator's). */
  get configured(): boolean {
    return this.expected !== undefined;
  }

  /** Whether `token` (a bearer token, if the request carried one) is the operator's. */
  admits(token: string | undefined): boolean {
    if (!this.expected || token === undefined) return false;
    return timingSafeEqual(digest(token), this.expected);
  }
}
