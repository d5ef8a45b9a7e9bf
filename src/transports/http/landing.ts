import type { Context } from 'koa';
import type { OperationRoute } from '../../../generated/http.js';
import type { Landing } from '../../../generated/types.js';
import { INTERNAL_ERROR } from '../../core/errors.js';
import type { Logger } from '../../logger.js';
import { conformsToSpec } from '../validation.js';
import type { BuiltinImplementation } from './builtins.js';
import { withRequestId } from './errors.js';

const LINKS: Landing['links'] = {
  httpDocs: { href: '/api/docs', type: 'text/html', title: 'HTTP API docs' },
  realtimeDocs: {
    href: '/api/docs/async',
    type: 'text/html',
    title: 'Realtime API docs (Socket.IO, raw WebSocket)',
  },
  openapiYaml: { href: '/api/spec/openapi.yaml', type: 'application/yaml', title: 'OpenAPI document (YAML)' },
  openapiJson: { href: '/api/spec/openapi.json', type: 'application/json', title: 'OpenAPI document (JSON)' },
  asyncapiYaml: {
    href: '/api/spec/asyncapi.yaml',
    type: 'application/yaml',
    title: 'AsyncAPI document (YAML)',
  },
  asyncapiJson: {
    href: '/api/spec/asyncapi.json',
    type: 'application/json',
    title: 'AsyncAPI document (JSON)',
  },
  health: { href: '/api/health', type: 'application/json', title: 'Health check' },
};

function landingFacts(version: string): Landing {
  return { name: 'Switchboard', description: 'A spec-first realtime backend', version, links: LINKS };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page, from the same facts as the JSON. No script and nothing from elsewhere (CSP: inline style only). */
function landingHtml(facts: Landing): string {
  const item = (l: Landing['links'][keyof Landing['links']]) =>
    `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.title)}</a> <code>${escapeHtml(l.href)}</code></li>`;
  const { links } = facts;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(facts.name)} ${escapeHtml(facts.version)}</title>
<link rel="icon" href="data:,">
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.75rem;margin:0}h2{font-size:1.1rem;margin:2rem 0 .5rem}p{margin:.25rem 0}
.version{color:#6b6b6b;font-weight:400;font-size:1rem}ul{padding-left:1.25rem}li{margin:.3rem 0}
a{color:#0b57d0}code{font:.85em ui-monospace,monospace;color:#6b6b6b}
@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#161616}a{color:#8ab4f8}}
</style>
</head>
<body>
<h1>${escapeHtml(facts.name)} <span class="version">${escapeHtml(facts.version)}</span></h1>
<p>${escapeHtml(facts.description)}: its HTTP and realtime APIs are described by an OpenAPI and an AsyncAPI document, and every request and response is validated against them.</p>
<h2>Docs</h2>
<ul>${item(links.httpDocs)}${item(links.realtimeDocs)}</ul>
<h2>Spec documents</h2>
<ul>${item(links.openapiYaml)}${item(links.openapiJson)}${item(links.asyncapiYaml)}${item(links.asyncapiJson)}</ul>
<h2>Try it</h2>
<ul><li><a href="/demo">Demo: sign in, chat, presence and live documents</a> <code>/demo</code></li><li><a href="/client.js">The browser client, one ES module</a> <code>/client.js</code></li></ul>
<h2>Status</h2>
<ul>${item(links.health)}</ul>
</body>
</html>
`;
}

/**
 * `GET /` (getLanding): a browser gets the HTML page, any other client the JSON. Both are made once,
 * at start; the JSON is validated against the spec like any response when outbound validation is on.
 */
export function landingPage(opts: {
  version: string;
  outboundValidation: boolean;
  log: Logger;
}): BuiltinImplementation {
  const facts = landingFacts(opts.version);
  const html = Buffer.from(landingHtml(facts));
  return (route: OperationRoute) => {
    const validate = route.responses.get(200);
    return (ctx: Context) => {
      ctx.vary('Accept');
      // text/html only when the client prefers it: `Accept: */*` (curl, fetch) gets JSON.
      if (ctx.accepts('application/json', 'text/html') === 'text/html') {
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = html;
        return;
      }
      if (
        opts.outboundValidation &&
        !(validate && conformsToSpec(validate, facts, 'getLanding 200', opts.log))
      ) {
        ctx.status = 500;
        ctx.body = withRequestId(ctx, { error: INTERNAL_ERROR });
        return;
      }
      ctx.body = facts;
    };
  };
}
