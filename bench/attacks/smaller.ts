/**
 * Finding 9: the review's smaller items, each a quick probe reported with the answer observed.
 */
import { io } from 'socket.io-client';
import { errorCode, freshGet, http, type RawHttpSocket, rawHttpSocket } from './http.js';
import { type Attack, probe, type Row, secs, sleep, tally, within } from './lib.js';
import { type ServerHandle, startServer } from './server.js';
import { login, registerUser, type User, uniqueName } from './users.js';
import { answerOf, SioClient } from './wire.js';

const FINDING = '9 smaller';
const SLOW_HEADER_WATCH_MS = 20_000;

const sio = (server: ServerHandle, user: User, auth: Record<string, unknown> = {}) =>
  SioClient.connect(server.url, { auth: { socketSecret: user.socketSecret, ...auth } });

const short = (value: unknown) => JSON.stringify(value)?.slice(0, 160);

async function binaryAttachment(server: ServerHandle) {
  const [sender, listener] = [await registerUser(server, 'bin'), await registerUser(server, 'bin')];
  const room = uniqueName('bin');
  const watcher = await sio(server, listener);
  let delivered: unknown;
  const delivery = new Promise<void>((resolve) =>
    watcher.on('message', (m) => {
      delivered = (m as { body?: unknown }).body;
      resolve();
    }),
  );
  await watcher.request('join-room', { room });
  const socket = io(server.url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { socketSecret: sender.socketSecret },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    await socket.timeout(5000).emitWithAck('join-room', { room });
    const ack = await socket
      .timeout(5000)
      .emitWithAck('send-message', { room, body: { file: Buffer.from([1, 2, 3]) } })
      .catch((err: Error) => ({ timeout: err.message }));
    // A refused message is never delivered: a second is long enough to tell.
    await within(delivery, 1000);
    const history = (await watcher.request('room-history', { room, limit: 5 })) as {
      messages?: { body?: unknown }[];
    };
    const stored = history.messages?.at(-1)?.body;
    return {
      outcome: `ack ${short(errorCode(ack) ?? ack)}; delivered body ${short(delivered) ?? 'none'}; stored body ${short(stored) ?? 'none'}`,
      figures: { ack, delivered, stored },
    };
  } finally {
    socket.close();
    watcher.close();
  }
}

async function accountWrite(server: ServerHandle) {
  const owner = await registerUser(server, 'own');
  const created = await http(server, 'POST', '/api/db/notes_742_', {
    token: owner.token,
    body: { title: 'owner' },
  });
  const id = (created.json as { id: string }).id;
  const memberName = uniqueName('mem');
  const added = await http(server, 'POST', '/api/accounts/me/users', {
    token: owner.token,
    body: { username: memberName, password: 'long enough password' },
  });
  const member = await login(server, { ...owner, username: memberName, password: 'long enough password' });
  const stranger = await registerUser(server, 'str');
  const path = `/api/db/notes_742_/${id}`;
  const put = await http(server, 'PUT', path, { token: member, body: { title: 'member put' } });
  const patch = await http(server, 'PATCH', path, { token: member, body: { by: 'member patch' } });
  const strangerPut = await http(server, 'PUT', path, { token: stranger.token, body: { title: 'stranger' } });
  const after = await http(server, 'GET', path, { token: owner.token });
  const data = (after.json as { data?: unknown } | undefined)?.data;
  return {
    outcome: `owner created ${created.status}, member added ${added.status}; member PUT ${put.status}, PATCH ${patch.status}; stranger PUT ${strangerPut.status}; the document now ${short(data)}`,
    figures: {
      created: created.status,
      added: added.status,
      memberPut: put.status,
      memberPatch: patch.status,
      strangerPut: strangerPut.status,
      data,
    },
  };
}

async function infinity(server: ServerHandle) {
  const user = await registerUser(server, 'inf');
  const created = await http(server, 'POST', '/api/db/notes', { token: user.token, body: '{"n": 1e999}' });
  const id = (created.json as { id?: string } | undefined)?.id;
  const read = id ? await http(server, 'GET', `/api/db/notes/${id}`, { token: user.token }) : undefined;
  const stored = (read?.json as { data?: unknown } | undefined)?.data;
  return {
    outcome: `${created.status} ${errorCode(created.json) ?? ''}; stored as ${short(stored) ?? 'nothing'}`,
    figures: { status: created.status, stored },
  };
}

async function invalidUtf8(server: ServerHandle) {
  const user = await registerUser(server, 'utf');
  const bytes = (before: string, after: string) =>
    Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe]), Buffer.from(after)]);
  const reg = await http(server, 'POST', '/api/users/register', {
    body: bytes('{"username":"ab', 'cd","password":"correct horse battery"}'),
  });
  const doc = await http(server, 'POST', '/api/db/notes', {
    token: user.token,
    body: bytes('{"s":"a', 'b"}'),
  });
  const stored = (doc.json as { data?: { s?: string } } | undefined)?.data?.s;
  const codes = stored
    ? [...stored].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}`).join(' ')
    : '';
  return {
    outcome: `register with username bytes ff fe: ${reg.status} ${errorCode(reg.json) ?? ''}; document string "a<ff fe>b": ${doc.status}, stored as ${codes || 'nothing'}`,
    figures: {
      register: reg.status,
      registerCode: errorCode(reg.json) ?? null,
      document: doc.status,
      storedCodePoints: codes,
    },
  };
}

async function loneSurrogate(server: ServerHandle) {
  const username = uniqueName('sur');
  const tail = 'xxxxxxxx';
  const reg = await http(server, 'POST', '/api/users/register', {
    body: `{"username":"${username}","password":"\\ud800${tail}"}`,
  });
  const attempt = async (first: string) =>
    (
      await http(server, 'POST', '/api/users/login', {
        body: `{"username":"${username}","password":"${first}${tail}"}`,
      })
    ).status;
  const [same, low, replacement] = [
    await attempt('\\ud800'),
    await attempt('\\udc00'),
    await attempt('\\ufffd'),
  ];
  return {
    outcome: `register "\\ud800${tail}": ${reg.status}; login with the same ${same}, with "\\udc00…" ${low}, with U+FFFD ${replacement}`,
    figures: { register: reg.status, sameLogin: same, lowSurrogateLogin: low, replacementLogin: replacement },
  };
}

async function invisibleJoin(server: ServerHandle) {
  const [visible, hidden] = [await registerUser(server, 'vis'), await registerUser(server, 'hid')];
  const room = uniqueName('vis');
  const watcher = await sio(server, visible);
  await watcher.request('join-room', { room });
  const joinedUsers: string[] = [];
  watcher.on('member-joined', (e) => joinedUsers.push((e as { user: { userId: string } }).user.userId));
  const ghost = await sio(server, hidden, { appearOnline: false });
  await ghost.request('join-room', { room });
  await sleep(500);
  const seen = joinedUsers.includes(hidden.id);
  watcher.close();
  ghost.close();
  return {
    outcome: `member-joined for the invisible user ${seen ? 'SENT' : 'not sent'} to the other member`,
    figures: { memberJoinedSeen: seen },
  };
}

async function hiddenRoom(server: ServerHandle) {
  const [owner, x, y] = [
    await registerUser(server, 'ho'),
    await registerUser(server, 'hx'),
    await registerUser(server, 'hy'),
  ];
  const room = uniqueName('hidden');
  const [co, cx, cy] = [await sio(server, owner), await sio(server, x), await sio(server, y)];
  const created = await answerOf(co.request('create-room', { room, kind: 'public', hidden: true }));
  await cy.request('join-room', { room });
  await cx.request('join-room', { room });
  const view = (await cx.request('view-room', { room })) as {
    members?: { userId: string }[];
    error?: unknown;
  };
  const others = view.members?.filter((m) => m.userId !== x.id).length;
  for (const c of [co, cx, cy]) c.close();
  return {
    outcome: `create ${created}; non-owner member's view-room: ${view.members ? `${view.members.length} members listed, ${others} of them other users` : errorCode(view)}`,
    figures: {
      created,
      membersListed: view.members?.length ?? null,
      othersListed: others ?? null,
      code: errorCode(view) ?? null,
    },
  };
}

async function historyCodes(server: ServerHandle) {
  const [owner, outsider] = [await registerUser(server, 'po'), await registerUser(server, 'px')];
  const room = uniqueName('priv');
  const [co, cx] = [await sio(server, owner), await sio(server, outsider)];
  await co.request('create-room', { room, kind: 'private' });
  const privateCode = await answerOf(cx.request('room-history', { room }));
  const missingCode = await answerOf(cx.request('room-history', { room: uniqueName('missing') }));
  co.close();
  cx.close();
  return {
    outcome: `private room not a member: ${privateCode}; missing room: ${missingCode}`,
    figures: { privateRoom: privateCode, missingRoom: missingCode },
  };
}

async function securityHeaders(server: ServerHandle) {
  const names = ['x-content-type-options', 'content-security-policy', 'x-frame-options'];
  const figures: Record<string, Record<string, string | null>> = {};
  for (const path of ['/api/health', '/api/docs']) {
    const reply = await http(server, 'GET', path);
    figures[`${path} (${reply.status})`] = Object.fromEntries(names.map((n) => [n, reply.headers.get(n)]));
  }
  const text = Object.entries(figures)
    .map(
      ([path, headers]) =>
        `${path}: ${names.map((n) => `${n} ${headers[n] === null ? 'absent' : 'present'}`).join(', ')}`,
    )
    .join('; ');
  return { outcome: text, figures };
}

/** How many plain HTTP sockets one address opens at once in halfOpenSockets. */
const HALF_OPEN = 2000;

async function halfOpenSockets(server: ServerHandle) {
  const sockets: RawHttpSocket[] = [];
  let refused = 0;
  for (let i = 0; i < HALF_OPEN; i += 100) {
    const batch = await Promise.allSettled(Array.from({ length: 100 }, () => rawHttpSocket(server)));
    for (const r of batch) {
      if (r.status === 'fulfilled') {
        r.value.socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
        sockets.push(r.value);
      } else refused++;
    }
  }
  // Two seconds in which a server that keeps such sockets keeps them.
  await sleep(2000);
  const open = sockets.filter((s) => s.closedAt() === undefined).length;
  const answers = tally(sockets.map((s) => s.status() ?? 'none'));
  // Someone else meanwhile, on a new connection from another address (127.0.0.2): from the attacker's
  // own, whether a socket is let in depends on which of its idle keep-alive sockets happen to be left.
  const started = performance.now();
  const health = await freshGet(server, '/api/health', '127.0.0.2');
  const healthMs = Math.round(performance.now() - started);
  for (const s of sockets) s.socket.destroy();
  return {
    outcome: `${sockets.length} connected, ${open} still open 2 s later (${refused} refused; answers ${JSON.stringify(answers)}); /api/health meanwhile from another address ${health} in ${healthMs} ms`,
    figures: { connected: sockets.length, stillOpen: open, refused, answers, health, healthMs },
  };
}

export const attack: Attack = {
  name: 'smaller',
  async run(repo) {
    const rows: Row[] = [];
    // No TRUST_PROXY here: behind a proxy the per-address socket cap is not applied.
    const server = await startServer(repo, { atDefault: ['MAX_HTTP_SOCKETS_PER_ADDRESS'] });

    // Slow headers run in the background while the other probes do their work.
    const slow = await rawHttpSocket(server);
    const slowStarted = Date.now();
    slow.socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    const drip = setInterval(() => slow.socket.write('a'), 5000);

    const probes: [string, (s: ServerHandle) => Promise<{ outcome: string; figures: object }>][] = [
      [
        'Socket.IO binary attachment in a send-message body (socket.io-client emitting a Buffer)',
        binaryAttachment,
      ],
      [
        "repo notes_742_: a member of the owner's account PUTs and PATCHes the owner's document (and a stranger PUTs)",
        accountWrite,
      ],
      ['a document {"n": 1e999} sent as raw text', infinity],
      ['HTTP bodies with invalid UTF-8 bytes (ff fe) in a string', invalidUtf8],
      [
        'register with password "\\ud800xxxxxxxx", log in with "\\udc00xxxxxxxx" and "\\ufffdxxxxxxxx"',
        loneSurrogate,
      ],
      ['a user connected with appearOnline: false joins a public room', invisibleJoin],
      ['a public room created hidden: true; a non-owner member calls view-room', hiddenRoom],
      ['room-history on a private room you are not in vs a missing room', historyCodes],
      ['security headers of GET /api/health and /api/docs', securityHeaders],
      [
        `${HALF_OPEN.toLocaleString('en')} concurrent idle half-open HTTP sockets (partial headers) from one address, MAX_HTTP_SOCKETS_PER_ADDRESS default`,
        halfOpenSockets,
      ],
    ];
    for (const [tried, run] of probes)
      await probe(rows, FINDING, tried, async () => {
        const { outcome, figures } = await run(server);
        return { outcome, figures: figures as Record<string, unknown> };
      });

    await probe(rows, FINDING, 'slow headers: one header byte every 5 s; watched up to 20 s', async () => {
      await within(slow.closed, SLOW_HEADER_WATCH_MS - (Date.now() - slowStarted));
      clearInterval(drip);
      const closedAt = slow.closedAt();
      slow.socket.destroy();
      return {
        outcome:
          closedAt === undefined
            ? `still open at ${secs(Date.now() - slowStarted)}`
            : `cut by the server after ${secs(closedAt - slowStarted)} (answer: ${slow.status() ?? 'none'})`,
        figures: {
          closedAfterMs: closedAt === undefined ? null : closedAt - slowStarted,
          status: slow.status() ?? null,
          watchedMs: Date.now() - slowStarted,
        },
      };
    });
    await server.stop();
    return rows;
  },
};
