/**
 * Finding 3: behind TRUST_PROXY the login rate limit is keyed on the leftmost X-Forwarded-For, which
 * the client writes, and nothing limits guesses per username.
 */
import { forwardedFor, http } from './http.js';
import { type Attack, probe, type Row, tally } from './lib.js';
import { type ServerHandle, startServer } from './server.js';
import { registerUsers, type User } from './users.js';

const FINDING = '3 login limits';
const GUESSES = 60;

/** Which limit a 429 names: the fixed server's two login limits answer with different messages. */
const limitOf = (message: string) =>
  /address/.test(message) ? 'per address' : /username/.test(message) ? 'per username' : message;

/** One login from `address`: its status, and for a 429 which limit refused it. */
async function attempt(server: ServerHandle, user: User, password: string, address: string) {
  const reply = await http(server, 'POST', '/api/users/login', {
    body: { username: user.username, password },
    headers: forwardedFor(address),
  });
  const message = (reply.json as { error?: { message?: string } } | undefined)?.error?.message ?? '';
  return { status: reply.status, limit: reply.status === 429 ? limitOf(message) : undefined };
}

/** GUESSES wrong-password logins, the i-th on `victims[i % n]` from `address(i)`. */
async function guess(server: ServerHandle, victims: User[], address: (i: number) => string) {
  const statuses: number[] = [];
  const limits: string[] = [];
  for (let i = 0; i < GUESSES; i++) {
    const { status, limit } = await attempt(
      server,
      victims[i % victims.length] as User,
      `wrong password ${i}`,
      address(i),
    );
    statuses.push(status);
    if (limit) limits.push(limit);
  }
  const first429 = statuses.indexOf(429);
  const counts = tally(statuses);
  return {
    text: `${counts['401'] ?? 0} × 401, ${counts['429'] ?? 0} × 429${first429 >= 0 ? ` (first 429 at guess ${first429 + 1}; limits ${JSON.stringify(tally(limits))})` : ''}; all: ${JSON.stringify(counts)}`,
    figures: { statuses: counts, first429: first429 >= 0 ? first429 + 1 : null, limits: tally(limits) },
  };
}

const address = (prefix: string, i: number) => `${prefix}.${Math.floor(i / 250)}.${(i % 250) + 1}`;

export const attack: Attack = {
  name: 'login-limits',
  async run(repo) {
    const rows: Row[] = [];
    const server = await startServer(repo, {
      atDefault: ['AUTH_RATE_LIMIT', 'FAILED_LOGIN_LIMIT'],
      env: { TRUST_PROXY: '1' },
    });
    await probe(
      rows,
      FINDING,
      `TRUST_PROXY=1, AUTH_RATE_LIMIT and FAILED_LOGIN_LIMIT at their defaults: ${GUESSES} wrong-password logins on one username, each with a different X-Forwarded-For (10.0.i.j); then the right password from yet another address`,
      async () => {
        const [victim] = (await registerUsers(server, 1, 'victim')) as [User];
        const guesses = await guess(server, [victim], (i) => address('10.0', i));
        const right = await attempt(server, victim, victim.password, '10.0.99.1');
        return {
          outcome: `${guesses.text}; the right password then: ${right.status}${right.limit ? ` (${right.limit})` : ''}`,
          figures: {
            ...guesses.figures,
            rightPassword: right.status,
            rightPasswordLimit: right.limit ?? null,
          },
        };
      },
    );
    await probe(
      rows,
      FINDING,
      `same server: ${GUESSES} wrong-password logins spread over 6 usernames (10 each, within the per-username limit), X-Forwarded-For "10.1.i.j, 198.51.100.7" (spoofed left part, fixed last hop as a proxy appends)`,
      async () => {
        const victims = await registerUsers(server, 6, 'victim');
        const guesses = await guess(server, victims, (i) => `${address('10.1', i)}, 198.51.100.7`);
        return { outcome: guesses.text, figures: guesses.figures };
      },
    );
    await server.stop();
    return rows;
  },
};
