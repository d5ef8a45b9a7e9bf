// The page itself: static HTML with its CSS inline and no script, so it renders at once, weighs little
// and runs under the strictest content security policy.
import MarkdownIt from 'markdown-it';
import { componentName, constraintsOf, fieldRows, resolve, typeOf } from './schema.js';
import { STYLE } from './style.js';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const e = escapeHtml;
const markdown = (text) => (text ? md.render(String(text)) : '');
const inline = (text) => (text ? md.renderInline(String(text)) : '');

const DIRECTION = {
  'client-to-server': { arrow: '→', words: 'client → server', hint: 'the client sends it' },
  'server-to-client': { arrow: '←', words: 'server → client', hint: 'the server sends it' },
};

function transportWords(op) {
  if (op.transport === 'sse') return 'event of the GET /api/events stream';
  return op.transport === 'raw-websocket' ? '/ws envelope type' : 'Socket.IO event';
}

function typeHtml(type) {
  const text = type.link
    ? e(type.text).replace(e(type.link), `<a href="#schema-${e(type.link)}">${e(type.link)}</a>`)
    : e(type.text);
  if (!type.parts) return text;
  return `${text} ${type.parts.map(typeHtml).join(' | ')}`;
}

function fieldTable(doc, schema) {
  const rows = fieldRows(doc, schema);
  if (rows.length === 0) {
    const { node } = resolve(doc, schema);
    const name = componentName(schema);
    const type = typeHtml(name ? { text: name, link: name } : typeOf(doc, node));
    const limits = constraintsOf(node);
    return `<p class="type">Type: ${type}${limits.length ? ` · ${e(limits.join(' · '))}` : ''}</p>`;
  }
  const body = rows
    .map(
      (r) =>
        `<tr><td class="field" style="padding-left:${0.5 + r.depth * 1.2}rem"><code>${e(r.path)}</code>${r.required ? ' <span class="req">required</span>' : ''}</td><td>${typeHtml(r.type)}</td><td>${e(r.constraints.join(' · '))}${r.description ? `<div class="desc">${inline(r.description)}</div>` : ''}</td></tr>`,
    )
    .join('');
  const name = componentName(schema);
  const caption = name ? `<caption><a href="#schema-${e(name)}">${e(name)}</a></caption>` : '';
  return `<table class="fields">${caption}<thead><tr><th>Field</th><th>Type</th><th>Rules</th></tr></thead><tbody>${body}</tbody></table>`;
}

function json(value) {
  return JSON.stringify(value, null, 2);
}

/** Indents every line but the first, to place a JSON value inside a snippet. */
function indented(text, by) {
  return text.split('\n').join(`\n${' '.repeat(by)}`);
}

/** Words joined by " | " (or ", "), four to a line, each line prefixed. */
function wrapped(words, prefix) {
  const lines = [];
  for (let i = 0; i < words.length; i += 4) lines.push(`${prefix}${words.slice(i, i + 4).join(' | ')}`);
  return lines.join('\n');
}

function snippet(op) {
  const message = op.messages[0];
  const example = message ? message.example : {};
  if (op.transport === 'socket.io') {
    if (op.direction === 'client-to-server') {
      const codes = wrapped(op.reply?.errors.map((x) => `'${x.code}'`) ?? [], '  //   ');
      const success = componentName(op.reply?.message.payloadSchema) ?? 'the reply';
      return op.reply
        ? `const reply = await socket.emitWithAck('${op.event}', ${indented(json(example), 0)});
if ('error' in reply) {
  // reply.error.code is one of
${codes}
  console.warn(reply.error.code, reply.error.message, reply.error.field);
} else {
  // reply: ${success}
}`
        : `socket.emit('${op.event}', ${json(example)});`;
    }
    if (op.event === 'connect_error') {
      return `socket.on('connect_error', (err) => {
  // err.message: what went wrong; err.data: ${componentName(message.payloadSchema) ?? 'the error'}
  console.warn(err.data?.code, err.message);
});`;
    }
    return `socket.on('${op.event}', (payload) => {
  // payload: ${componentName(message?.payloadSchema) ?? 'the payload above'}
  console.log('${op.event}', payload);
});`;
  }
  if (op.transport === 'sse') {
    return op.messages
      .map(
        (m) => `events.addEventListener('${m.name}', (event) => {
  const payload = JSON.parse(event.data); // ${componentName(m.payloadSchema) ?? 'the payload above'}
});`,
      )
      .slice(0, 3)
      .join('\n');
  }
  if (op.direction === 'client-to-server') {
    const answer = op.reply?.message.name;
    return `ws.send(JSON.stringify(${json(example)}));
// answered by an envelope of type '${answer}'${
      op.reply
        ? `, or 'error' with a code among\n${wrapped(
            op.reply.errors.map((x) => x.code),
            '//   ',
          )}`
        : ''
    }`;
  }
  return `ws.addEventListener('message', (event) => {
  const envelope = JSON.parse(event.data);
  if (envelope.type === '${op.event}') {
    // envelope: the payload above
  }
});`;
}

function exampleBlock(message, label) {
  const name = message.exampleName ? ` (${e(message.exampleName)})` : '';
  return `<div class="example"><div class="label">${label}${name}</div><pre><code>${e(json(message.example))}</code></pre></div>`;
}

function errorTable(errors) {
  const rows = errors
    .map(
      (x) =>
        `<tr class="${x.scope}"><td><a href="#error-${e(x.code)}"><code class="code">${e(x.code)}</code></a></td><td>${inline(x.when)}</td><td class="scope">${x.scope === 'operation' ? 'this operation' : 'any request'}</td></tr>`,
    )
    .join('');
  return `<table class="errors"><thead><tr><th>Error code</th><th>When</th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
}

function operationSection(model, op) {
  const dir = DIRECTION[op.direction];
  const parts = [];
  parts.push(
    `<h3><span class="dir ${op.direction}" title="${dir.hint}">${dir.words}</span> <code class="event">${e(op.event)}</code> <span class="transport">${transportWords(op)}</span></h3>`,
  );
  parts.push(
    `<p class="summary"><strong>${e(op.title)}.</strong> ${inline(op.summary)} <span class="opid">operation <code>${e(op.id)}</code></span></p>`,
  );
  parts.push(markdown(op.description));
  const facts = [
    ['Event name', `<code>${e(op.event)}</code> (${transportWords(op)})`],
    ['Direction', `${dir.words}: ${dir.hint}`],
  ];
  if (op.reply) {
    facts.push([
      'Answer',
      op.transport === 'socket.io'
        ? 'through the acknowledgement callback (required): the reply below, or an error'
        : `an envelope of type <code>${e(op.reply.message.name)}</code>, or an <code>error</code> envelope`,
    ]);
  }
  if (op.audience)
    facts.push([
      'Who receives it',
      `<span class="aud">${e(op.audience.to)}</span> ${op.audience.description ? inline(op.audience.description) : `${e(op.audience.label)}.`}`,
    ]);
  parts.push(`<dl class="facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`);
  for (const message of op.messages) {
    parts.push(`<h4>Payload${op.messages.length > 1 ? ` of <code>${e(message.name)}</code>` : ''}</h4>`);
    parts.push(markdown(message.description));
    parts.push(
      `<div class="pair">${fieldTable(model.doc, message.payloadSchema)}${exampleBlock(message, 'Example')}</div>`,
    );
  }
  if (op.reply) {
    parts.push(
      `<h4>${op.transport === 'socket.io' ? 'Acknowledgement' : 'Answer'}: ${e(op.reply.message.title)}</h4>`,
    );
    parts.push(
      `<div class="pair">${fieldTable(model.doc, op.reply.message.payloadSchema)}${exampleBlock(op.reply.message, 'Example')}</div>`,
    );
    const errorShape = componentName(op.reply.errorMessage?.payloadSchema);
    parts.push(
      `<h4>Errors</h4><p>Refused, it answers ${errorShape ? `<a href="#schema-${e(errorShape)}">${e(errorShape)}</a>` : 'an error'} with one of these codes, and nothing changed:</p>`,
    );
    parts.push(errorTable(op.reply.errors));
  }
  parts.push(`<h4>Snippet</h4><pre class="snippet"><code>${e(snippet(op))}</code></pre>`);
  return `<section class="op" id="${e(op.anchor)}" data-operation="${e(op.id)}" data-event="${e(op.event)}" data-direction="${op.direction}">${parts.join('\n')}</section>`;
}

function sidebar(model) {
  const groups = model.groups
    .map(
      (g) =>
        `<li><a class="group" href="#group-${e(g.name)}">${e(groupTitle(g))}</a><ul>${g.operations
          .map(
            (op) =>
              `<li><a href="#${e(op.anchor)}"><span class="arrow ${op.direction}" title="${DIRECTION[op.direction].words}">${DIRECTION[op.direction].arrow}</span> <code>${e(op.event)}</code></a></li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');
  return `<nav class="sidebar" aria-label="Contents"><a class="brand" href="#top">${e(model.title)} <span class="version">${e(model.version)}</span></a><ul><li><a class="group" href="#overview">Overview</a></li>${groups}<li><a class="group" href="#errors">Error codes</a></li><li><a class="group" href="#schemas">Schemas</a></li></ul></nav>`;
}

const GROUP_TITLES = {
  connection: 'Connection',
  presence: 'Presence and activities',
  rooms: 'Rooms and chat',
  database: 'Database events',
  'raw-websocket': 'Raw WebSocket (/ws)',
  'server-sent-events': 'Server-Sent Events (GET /api/events)',
};

function groupTitle(group) {
  return GROUP_TITLES[group.name] ?? group.name;
}

function groupSection(model, group) {
  const channels = new Set(group.operations.map((op) => op.channelId));
  const intro = model.channels
    .filter((c) => channels.has(c.id) && c.description && group.operations.length > 0)
    .map((c) => markdown(c.description))
    .join('');
  return `<section class="group" id="group-${e(group.name)}"><h2>${e(groupTitle(group))}</h2>${markdown(group.description)}${intro}${group.operations.map((op) => operationSection(model, op)).join('\n')}</section>`;
}

function errorsSection(model) {
  const schema = model.errorCode;
  if (!schema) return '';
  // The ErrorCode description lists each code as "- `CODE` [status]: meaning".
  const meaning = new Map();
  for (const line of String(schema.description ?? '').split('\n')) {
    const m = /^\s*- `([A-Z_]+)` \[(\d{3})\]: (.*)$/.exec(line);
    if (m) meaning.set(m[1], { status: m[2], text: m[3] });
  }
  const statuses = schema['x-http-status'] ?? {};
  const rows = (schema.enum ?? [])
    .map((code) => {
      const m = meaning.get(code);
      return `<tr id="error-${e(code)}"><td><code class="code">${e(code)}</code></td><td>${e(statuses[code] ?? m?.status ?? '')}</td><td>${inline(m?.text ?? '')}</td></tr>`;
    })
    .join('');
  return `<section class="group" id="errors"><h2>Error codes</h2><p>Every error, on every transport, has one shape: <code>code</code> from this list, <code>message</code> for people, <code>field</code> naming the offending field when there is one, and <code>retryAfterSeconds</code> when waiting helps. Over HTTP the code comes with the status shown.</p><table class="errors"><thead><tr><th>Code</th><th>HTTP</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function schemasSection(model) {
  const names = Object.keys(model.schemas).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const body = names
    .map((name) => {
      const schema = model.schemas[name];
      return `<section class="schema" id="schema-${e(name)}"><h3><code>${e(name)}</code></h3>${markdown(schema.description)}${fieldTable(model.doc, schema)}</section>`;
    })
    .join('\n');
  return `<section class="group" id="schemas"><h2>Schemas</h2><p>Every named schema the operations above link to.</p>${body}</section>`;
}

function overview(model) {
  const servers = model.servers
    .map((s) => `<tr><td><code>${e(s.url)}</code></td><td>${inline(s.description)}</td></tr>`)
    .join('');
  return `<section class="group" id="overview"><h2>Overview</h2>${markdown(model.description)}<h3>Servers</h3><table class="servers"><thead><tr><th>URL</th><th></th></tr></thead><tbody>${servers}</tbody></table><h3>Reading this page</h3><p>Each operation shows its <strong>event name</strong> exactly as it travels (a Socket.IO event name, or a <code>/ws</code> envelope <code>type</code>), its <strong>direction</strong> (<span class="dir client-to-server">client → server</span> or <span class="dir server-to-client">server → client</span>), its payload, and then either its answer with every error code it can carry, or who receives it. Snippets assume <code>const socket = io(url, { auth: { socketSecret } })</code> (socket.io-client 4) or <code>const ws = new WebSocket(url + '/ws')</code>, or <code>const events = new EventSource(url + '/api/events?ticket=…&amp;room=…')</code>.</p></section>`;
}

/** The whole page. */
export function renderPage(model) {
  for (const op of model.operations) op.channelId ??= channelIdOf(model, op);
  const main = [
    `<header class="top"><h1>${e(model.title)} <span class="version">${e(model.version)}</span></h1><p class="links"><a href="/">Server home</a> · <a href="/api/docs">HTTP API docs</a> · <a href="/api/spec/asyncapi.yaml">This document as AsyncAPI 3 (YAML)</a> · <a href="/api/spec/asyncapi.json">(JSON)</a></p></header>`,
    overview(model),
    ...model.groups.filter((g) => g.operations.length > 0).map((g) => groupSection(model, g)),
    errorsSection(model),
    schemasSection(model),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${e(model.title)} ${e(model.version)}</title>
<style>${STYLE}</style>
</head>
<body>
${sidebar(model)}
<main id="top">
${main}
</main>
</body>
</html>
`;
}

function channelIdOf(model, op) {
  const raw = model.doc.operations?.[op.id];
  const ref = resolve(model.doc, raw).node.channel?.$ref;
  return typeof ref === 'string' ? ref.split('/').at(-1) : undefined;
}
