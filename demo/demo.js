// The demo page's one script (served at /demo.js): everything it does goes through the client package,
// imported from /client.js. Plain JavaScript, so the browser runs this file as it is.
import { connect, createHttpClient, SwitchboardError } from './client.js';

const ROOM = 'lobby';
// Readable by everyone signed in, written by its owner only (the suffix's digits, docs/realtime-features.md, "Accounts and the realtime database").
const REPO = 'demo_notes_744_';
// The session survives a reload of this tab, not the tab itself.
const TOKEN_KEY = 'switchboard-demo-token';

const $ = (id) => document.getElementById(id);
const serverUrl =
  document.querySelector('meta[name="switchboard-server"]')?.getAttribute('content') || location.origin;

let client;
const people = new Map();
const messages = new Map();
const notes = new Map();

function showState(state, text) {
  $('connection').dataset.state = state;
  $('connection').textContent = text;
}

/** What a user can act on: the server's own message, or why the server could not be reached. */
function showError(err) {
  if (err instanceof SwitchboardError) $('error').textContent = err.message;
  // What browsers say when a request is blocked (CORS) or the network fails: Chromium, Firefox, Safari.
  else if (err instanceof TypeError && /Failed to fetch|NetworkError|Load failed/.test(err.message))
    $('error').textContent =
      `cannot reach the server at ${serverUrl} (${err.message}): is this page's origin in its ALLOWED_ORIGINS?`;
  else $('error').textContent = String(err?.message ?? err);
}

function item(parts) {
  const li = document.createElement('li');
  for (const [className, text] of parts) {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    li.append(span, ' ');
  }
  return li;
}

function renderPeople() {
  const sorted = [...people.values()].sort((a, b) => a.username.localeCompare(b.username));
  $('people').replaceChildren(
    ...sorted.map((a) =>
      item([
        ['who', a.username],
        ['state', a.state + (a.status ? `: ${a.status}` : '')],
      ]),
    ),
  );
}

function renderMessages() {
  const sorted = [...messages.values()].sort((a, b) => a.seq - b.seq);
  $('messages').replaceChildren(
    ...sorted.map((m) =>
      item([
        ['who', m.author.username],
        ['text', m.deletedAt ? '(deleted)' : m.body?.text],
      ]),
    ),
  );
  $('messages').scrollTop = $('messages').scrollHeight;
}

function renderNotes() {
  const sorted = [...notes.values()].sort((a, b) => a.position - b.position);
  $('notes').replaceChildren(...sorted.map((d) => item([['text', String(d.data?.text ?? '')]])));
}

/** A change to a document this page lists; positions order them, so a late listing cannot undo an event. */
function applyChange(change) {
  if (change.type === 'deleted') notes.delete(change.id);
  else if (change.document && (notes.get(change.id)?.position ?? 0) < change.position)
    notes.set(change.id, change.document);
  renderNotes();
}

async function start(http) {
  showState('connecting', 'connecting…');
  client = await connect({ url: serverUrl, http });
  const { username } = client.socket.welcome;
  showState('connected', 'connected');
  $('me').textContent = `as ${username}`;
  // The client reconnects by itself and replays what was missed; the page only shows where it stands.
  client.onState((s) => {
    if (s.state === 'connected')
      showState(
        'connected',
        s.restored ? `connected (${s.restored.messagesReplayed} missed messages caught up)` : 'connected',
      );
    else if (s.state === 'reconnecting') showState('reconnecting', `reconnecting (attempt ${s.attempt})…`);
    else showState('disconnected', `${s.state} (${s.reason})`);
  });

  client.on('activity', (a) => {
    people.set(a.userId, a);
    renderPeople();
  });
  client.on('message', (m) => {
    if (m.room !== ROOM) return;
    messages.set(m.seq, m);
    renderMessages();
  });
  for (const event of ['db_created', 'db_updated', 'db_deleted'])
    client.on(event, (change) => change.repo === REPO && applyChange(change));

  // Listen first, then read: what changes in between arrives as an event and is merged by seq or position.
  const { activities } = await client.request('get-activities', {});
  for (const a of activities) people.set(a.userId, a);
  renderPeople();

  await client.request('join-room', { room: ROOM });
  const history = await client.request('room-history', { room: ROOM, limit: 100 });
  for (const m of history.messages) messages.set(m.seq, m);
  renderMessages();

  await client.request('subscribe-db', { repo: REPO });
  const page = await http.call('listDocuments', { pathParams: { repo: REPO }, query: { limit: 100 } });
  for (const d of page.body.documents) if (!notes.has(d.id)) notes.set(d.id, d);
  renderNotes();

  $('signin').hidden = true;
  $('app').hidden = false;
  $('logout').hidden = false;
}

/** Runs a form's action, showing its error; the form is cleared when it succeeded. */
function onSubmit(id, action) {
  $(id).addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.currentTarget;
    $('error').textContent = '';
    try {
      await action(new FormData(form), event.submitter);
      if (id !== 'activity') form.reset();
    } catch (err) {
      showError(err);
    }
  });
}

onSubmit('signin', async (data, submitter) => {
  const http = createHttpClient({ url: serverUrl });
  const credentials = { username: String(data.get('username')), password: String(data.get('password')) };
  await http.call(submitter?.value === 'register' ? 'registerUser' : 'loginUser', { body: credentials });
  sessionStorage.setItem(TOKEN_KEY, http.token);
  await start(http);
});

onSubmit('send', async (data) => {
  const body = { text: String(data.get('text')) };
  const receipt = await client.request('send-message', { room: ROOM, body });
  // The server sends `message` to the room's other connections: this one shows its own from the receipt.
  const { userId, username } = client.socket.welcome;
  messages.set(receipt.seq, { ...receipt, author: { userId, username }, body });
  renderMessages();
});

onSubmit('activity', async (data) => {
  const status = String(data.get('status') ?? '').trim();
  const mine = await client.request('set-activity', {
    state: String(data.get('state')),
    ...(status ? { status } : {}),
  });
  // The reply is this user's activity as the others now see it.
  people.set(mine.userId, mine);
  renderPeople();
});

onSubmit('add-note', async (data) => {
  await client.http.call('createDocument', {
    pathParams: { repo: REPO },
    body: { text: String(data.get('text')) },
  });
});

$('logout').addEventListener('click', async () => {
  try {
    await client.http.call('logoutUser');
  } catch (err) {
    showError(err);
  }
  sessionStorage.removeItem(TOKEN_KEY);
  location.reload();
});

$('room-name').textContent = ROOM;
$('repo-name').textContent = REPO;
const saved = sessionStorage.getItem(TOKEN_KEY);
if (saved) {
  start(createHttpClient({ url: serverUrl, token: saved })).catch((err) => {
    // An expired or revoked session: sign in again.
    sessionStorage.removeItem(TOKEN_KEY);
    showState('signed-out', 'signed out');
    showError(err);
  });
}
