/**
 * Finding 4: signing out (or a session expiring, or rotating the socket secret) does not take away
 * realtime access already granted, and there is no way to sign out everywhere.
 */
import { errorCode, http } from './http.js';
import { type Attack, probe, type Row, secs, sleep, within } from './lib.js';
import { startServer } from './server.js';
import { login, registerUser } from './users.js';
import { answerOf, RawWsClient, Refused, SioClient } from './wire.js';

const FINDING = '4 revoked access';

/** Whether a Socket.IO connection still works: open, and an echo answered within 2 s. */
async function sioAlive(client: SioClient): Promise<string> {
  if (!client.open)
    return `closed (code ${client.closeCode}${client.closingReason ? `, closing: ${client.closingReason}` : ''})`;
  const answer = await answerOf(client.request('echo', { data: 'still here?' }, 2000));
  return answer === 'ok' ? 'open, echo answered' : `echo: ${answer}`;
}

/** What a /ws client in room r1 gets when it tries to act: join r2, send to r1. */
async function rawActs(client: RawWsClient): Promise<string> {
  if (!client.open) {
    const { code, reason } = await client.closed;
    return `closed (${code}${reason ? ` ${reason}` : ''})`;
  }
  const joined = await answerOf(client.request('join', 'r2', 'joined'));
  const sent = await answerOf(client.request('chan_in', 'after revocation', 'ok', 'r1'));
  return `join → ${joined}, chan_in → ${sent}${client.open ? '' : `, then closed (${(await client.closed).code})`}`;
}

export const attack: Attack = {
  name: 'revoked-access',
  async run(repo) {
    const rows: Row[] = [];
    const server = await startServer(repo);

    await probe(
      rows,
      FINDING,
      '(a) log in, read the socket secret with that session, log out; then open a new Socket.IO connection with the secret',
      async () => {
        const user = await registerUser(server, 'rev');
        const session = await login(server, user);
        const me = await http(server, 'GET', '/api/users/me', { token: session });
        const secret = (me.json as { socketSecret: string }).socketSecret;
        const logout = await http(server, 'POST', '/api/users/logout', { token: session });
        const after = await http(server, 'GET', '/api/users/me', { token: session });
        let handshake: string;
        try {
          const client = await SioClient.connect(server.url, { headers: { 'x-socket-secret': secret } });
          handshake = 'accepted';
          client.close();
        } catch (err) {
          handshake = `refused: ${err instanceof Refused ? (errorCode({ error: err.data }) ?? err.message) : String(err)}`;
        }
        return {
          outcome: `logout ${logout.status}; the session afterwards ${after.status}; new handshake with the secret: ${handshake}`,
          figures: { logout: logout.status, sessionAfter: after.status, handshake },
        };
      },
    );

    await probe(
      rows,
      FINDING,
      '(b) open Socket.IO connections, then log out (user 1) / rotate the socket secret (user 2); are they still usable 1 s later?',
      async () => {
        const [u1, u2] = [await registerUser(server, 'rev'), await registerUser(server, 'rev')];
        const c1 = await SioClient.connect(server.url, { auth: { socketSecret: u1.socketSecret } });
        const c2 = await SioClient.connect(server.url, { auth: { socketSecret: u2.socketSecret } });
        const logout = await http(server, 'POST', '/api/users/logout', { token: u1.token });
        const rotate = await http(server, 'POST', '/api/users/me/socket-secret', { token: u2.token });
        // Up to a second for the server to act on it; a connection it closes ends the wait.
        await within(Promise.all([c1.closed, c2.closed]), 1000);
        const afterLogout = await sioAlive(c1);
        const afterRotation = await sioAlive(c2);
        c1.close();
        c2.close();
        return {
          outcome: `after logout (${logout.status}): ${afterLogout}; after rotation (${rotate.status}): ${afterRotation}`,
          figures: { logout: logout.status, afterLogout, rotate: rotate.status, afterRotation },
        };
      },
    );

    await probe(
      rows,
      FINDING,
      '(c) a /ws connection authenticated with a session token, in room r1; log out; then join r2 and chan_in to r1',
      async () => {
        const user = await registerUser(server, 'rev');
        const session = await login(server, user);
        const client = await RawWsClient.open(server.url);
        await client.auth(session);
        await client.request('join', 'r1', 'joined');
        const logout = await http(server, 'POST', '/api/users/logout', { token: session });
        await within(client.closed, 500);
        const acts = await rawActs(client);
        client.close();
        return { outcome: `logout ${logout.status}; then ${acts}`, figures: { logout: logout.status, acts } };
      },
    );

    await probe(rows, FINDING, '(d) POST /api/users/me/sessions/revoke (sign out everywhere)', async () => {
      const user = await registerUser(server, 'rev');
      const other = await login(server, user);
      const reply = await http(server, 'POST', '/api/users/me/sessions/revoke', { token: user.token });
      const otherAfter = await http(server, 'GET', '/api/users/me', { token: other });
      return {
        outcome: `${reply.status} ${errorCode(reply.json) ?? ''}; another session of the user afterwards: ${otherAfter.status}`,
        figures: {
          status: reply.status,
          code: errorCode(reply.json) ?? null,
          otherSessionAfter: otherAfter.status,
        },
      };
    });
    await server.stop();

    const shortLived = await startServer(repo, { env: { SESSION_TTL_SECONDS: '3' } });
    await probe(
      rows,
      FINDING,
      '(c) SESSION_TTL_SECONDS=3: a /ws connection authenticated with a session; 4 s later (expired) join r2 and chan_in to r1',
      async () => {
        const user = await registerUser(shortLived, 'ttl');
        const client = await RawWsClient.open(shortLived.url);
        await client.auth(user.token);
        const authenticatedAt = Date.now();
        await client.request('join', 'r1', 'joined');
        // Expiry is a time, not an event the client could await: past it by a second.
        await sleep(4000);
        const expired = await http(shortLived, 'GET', '/api/users/me', { token: user.token });
        const acts = await rawActs(client);
        const closedAfterMs = client.open ? null : (await client.closed).at - authenticatedAt;
        client.close();
        return {
          outcome: `the session over HTTP: ${expired.status}; the /ws connection: ${acts}${closedAfterMs === null ? '' : `, ${secs(closedAfterMs)} after its auth`}`,
          figures: { sessionOverHttp: expired.status, acts, closedAfterMs },
        };
      },
    );
    await shortLived.stop();
    return rows;
  },
};
