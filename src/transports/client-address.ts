/**
 * The address a request came from: the TCP peer's, or behind `trustedHops` reverse proxies the
 * X-Forwarded-For entry the outermost of them wrote. Each proxy appends the address it saw, so the
 * last `trustedHops` entries are the proxies' word; anything left of them came from the client and
 * is not believed (it would let a client pick its own rate-limit key). The same rule as Koa's
 * `maxIpsCount`, so every transport keys limits on the same address.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const fallback = peer ?? 'unknown';
  if (trustedHops === 0 || forwardedFor === undefined) return fallback;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  return entries.slice(-trustedHops)[0] ?? fallback;
}
