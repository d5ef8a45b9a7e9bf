import { appendFileSync } from 'node:fs';

/**
 * Spec coverage: what the transports actually produced, recorded where they dispatch and answer, so the
 * test suite can tell which operations, HTTP statuses and error codes of the spec it exercised (the table
 * `make test` prints; test/helpers/spec-coverage.ts compares it with the spec). Off unless a test run
 * turns it on: every recording point is then one boolean check.
 *
 * A fact is one line of text, recorded once per process:
 * - `answer <server> <operationId|-> ok|<CODE>`: a request of the AsyncAPI server `local` (Socket.IO) or
 *   `localRaw` (/ws) was answered with its reply, or with an error code (`-` when the request named no
 *   known operation);
 * - `event <server> <name>`: the server sent a message of that name (a Socket.IO event or `connect_error`,
 *   an envelope `type`, an event of the `sse` stream);
 * - `http <operationId> <status>`: an HTTP operation was routed and answered with that status.
 *
 * A server in a child process (test/helpers/server-process.ts) records when SPEC_COVERAGE_FILE names a
 * file: each new fact is appended to it at once, so a process that is killed loses none.
 */
export type RealtimeServer = 'local' | 'localRaw' | 'sse';

const facts = new Set<string>();
const file = process.env.SPEC_COVERAGE_FILE || undefined;
let recording = file !== undefined;

/** Starts recording in this process (the test suite's root hook). */
export function startSpecCoverage(): void {
  recording = true;
}

/** Whether this process records (child servers started by a recording test run record too). */
export function specCoverageOn(): boolean {
  return recording;
}

/** The facts recorded in this process so far. */
export function recordedFacts(): ReadonlySet<string> {
  return facts;
}

function record(fact: string): void {
  if (facts.has(fact)) return;
  facts.add(fact);
  if (file) appendFileSync(file, `${fact}\n`);
}

/** A realtime request was answered: `code` undefined for its reply, else the error code it got. */
export function recordAnswer(server: RealtimeServer, operationId: string | undefined, code?: string): void {
  if (recording) record(`answer ${server} ${operationId ?? '-'} ${code ?? 'ok'}`);
}

/** The server sent a realtime message (an event name, or an envelope type: read only when recording). */
export function recordEvent(server: RealtimeServer, name: unknown): void {
  if (recording) record(`event ${server} ${String(name)}`);
}

/** An HTTP operation was answered with `status`. */
export function recordHttp(operationId: string, status: number): void {
  if (recording) record(`http ${operationId} ${status}`);
}
