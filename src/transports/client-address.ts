import { isIPv6 } from 'node:net';

/**
 * The key an address's limits are kept under. An IPv6 host usually has a whole /64 to itself, so one
 * client could take a fresh address for every attempt: it is one key. An IPv4 address mapped into IPv6
 * (`::ffff:1.2.3.4`) is that IPv4 address.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (!isIPv6(address)) return address;
  // Expand `::` so the first four groups are really the first four.
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const front = head ? head.split(':') : [];
  const back = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...front, ...Array(8 - front.length - back.length).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * The address a request came from, as a limit's key (see addressKey): the TCP peer's, or behind `trustedHops` reverse proxies the
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
  const fallback = addressKey(peer ?? 'unknown');
  if (trustedHops === 0 || forwardedFor === undefined) return fallback;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const entry = entries.slice(-trustedHops)[0];
  return entry === undefined ? fallback : addressKey(entry);
}
