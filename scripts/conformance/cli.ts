import { readCommandLine } from '../lib/args.js';
import { plain } from './markdown.js';
import { runConformance } from './run.js';

const USAGE = `Usage: switchboard-conformance <base-url> [options]

Checks a running Switchboard server against the OpenAPI and AsyncAPI documents it serves
(/api/spec/openapi.json, /api/spec/asyncapi.json): drives every operation over HTTP, Socket.IO and the raw
WebSocket with the documents' examples and with valid and invalid inputs made from their schemas, and
validates every response, acknowledgement, frame and server event. Exit code 1 on any failure.

Options:
  --read-only          only operations with no lasting effect: GET/HEAD, and realtime requests marked
                       x-read-only or whose verb reads (get…, list…, view…, echo); registers no one
  --token <token>      a session token to act with (env SWITCHBOARD_TOKEN): the way for production,
                       the run opens no session of its own (--token=<token> if it starts with -)
  --username <name>    log in as this user (env SWITCHBOARD_USERNAME) instead of registering a throwaway
  --password <secret>  one (env SWITCHBOARD_PASSWORD); the sessions the run opens are logged out at its end
  --junit <file>       write a JUnit XML report
  --markdown <file>    write the Markdown summary (it is printed either way)
  --timeout <ms>       how long to wait for one answer (default 5000)
  --deadline <s>       the whole run's time limit: past it, it fails naming what was running (default 600)
  -h, --help           this text

Examples:
  npx switchboard-conformance http://127.0.0.1:3000
  SWITCHBOARD_TOKEN=… npx switchboard-conformance https://chat.example.com --read-only --junit conformance.xml`;

async function main(): Promise<number> {
  const { values, positionals } = readCommandLine({
    usage: USAGE,
    positionals: true,
    options: {
      'read-only': { type: 'boolean' },
      username: { type: 'string' },
      password: { type: 'string' },
      token: { type: 'string' },
      junit: { type: 'string' },
      markdown: { type: 'string' },
      timeout: { type: 'string' },
      deadline: { type: 'string' },
    },
  });
  const baseUrl = positionals[0];
  if (!baseUrl || positionals.length > 1) {
    console.error(
      `${positionals.length > 1 ? 'one base URL, please' : 'the base URL is missing'}\n\n${USAGE}`,
    );
    return 2;
  }
  try {
    new URL(baseUrl);
  } catch {
    console.error(`not a URL: ${baseUrl} (try http://127.0.0.1:3000)`);
    return 2;
  }
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    console.error(`--timeout must be a positive number of milliseconds, not ${values.timeout}`);
    return 2;
  }
  const deadlineS = values.deadline === undefined ? undefined : Number(values.deadline);
  if (deadlineS !== undefined && !(Number.isFinite(deadlineS) && deadlineS > 0)) {
    console.error(`--deadline must be a positive number of seconds, not ${values.deadline}`);
    return 2;
  }
  const username = values.username ?? process.env.SWITCHBOARD_USERNAME;
  const password = values.password ?? process.env.SWITCHBOARD_PASSWORD;
  if (Boolean(username) !== Boolean(password)) {
    console.error('--username and --password go together');
    return 2;
  }
  try {
    const report = await runConformance({
      baseUrl,
      readOnly: values['read-only'],
      username,
      password,
      token: values.token ?? process.env.SWITCHBOARD_TOKEN,
      timeoutMs,
      deadlineMs: deadlineS === undefined ? undefined : deadlineS * 1000,
      junit: values.junit,
      markdown: values.markdown,
    });
    console.log(report.markdown);
    return report.passed ? 0 : 1;
  } catch (err) {
    console.error(`switchboard-conformance: ${plain((err as Error).message)}`);
    return 1;
  }
}

process.exitCode = await main();
// A run that passed its deadline may leave a request to a stalled server pending: once the report is out,
// it must not keep the process alive (an unref'd timer fires only if something else still does).
setTimeout(() => process.exit(), 2000).unref();
