import { parseArgs } from 'node:util';
import { runConformance } from './run.js';

const USAGE = `Usage: switchboard-conformance <base-url> [options]

Checks a running Switchboard server against the OpenAPI and AsyncAPI documents it serves
(/api/spec/openapi.json, /api/spec/asyncapi.json): drives every operation over HTTP, Socket.IO and the raw
WebSocket with the documents' examples and with valid and invalid inputs made from their schemas, and
validates every response, acknowledgement, frame and server event. Exit code 1 on any failure.

Options:
  --read-only          only operations with no lasting effect (GET, and realtime reads); registers no one
  --username <name>    act as this user (env SWITCHBOARD_USERNAME) instead of registering a throwaway one
  --password <secret>  (env SWITCHBOARD_PASSWORD)
  --token <token>      a session token to act with (env SWITCHBOARD_TOKEN)
  --junit <file>       write a JUnit XML report
  --markdown <file>    write the Markdown summary (it is printed either way)
  --timeout <ms>       how long to wait for one answer (default 5000)
  -h, --help           this text

Examples:
  npx switchboard-conformance http://127.0.0.1:3000
  SWITCHBOARD_TOKEN=… npx switchboard-conformance https://chat.example.com --read-only --junit conformance.xml`;

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
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
      junit: values.junit,
      markdown: values.markdown,
    });
    console.log(report.markdown);
    return report.passed ? 0 : 1;
  } catch (err) {
    console.error(`switchboard-conformance: ${(err as Error).message}`);
    return 1;
  }
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      'read-only': { type: 'boolean' },
      username: { type: 'string' },
      password: { type: 'string' },
      token: { type: 'string' },
      junit: { type: 'string' },
      markdown: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

process.exitCode = await main();
