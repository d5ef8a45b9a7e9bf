import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { RealtimeConnections } from './connections.js';
import { fetchDocuments, isObject } from './documents.js';
import { type HttpContext, httpCases, runHttpCase } from './http-cases.js';
import { InputGenerator } from './inputs.js';
import { toJUnit } from './junit.js';
import { toMarkdown } from './markdown.js';
import { buildModel } from './model.js';
import { EventObserver } from './observer.js';
import { buildPlan, type Operation, type Step } from './plan.js';
import { type RealtimeContext, runRealtimeOperation } from './realtime-cases.js';
import { Results } from './results.js';
import { type Credentials, Sessions } from './sessions.js';
import { followRefs, ValueStore } from './values.js';
import { Witness } from './witness.js';

export interface ConformanceOptions extends Credentials {
  /** The server's base URL (`http://127.0.0.1:3000`). */
  baseUrl: string;
  /** Only operations with no lasting effect, and no registration: for production. */
  readOnly?: boolean;
  /** How long to wait for any one answer. */
  timeoutMs?: number;
  /** How long to wait for late events after the last request. */
  settleMs?: number;
  /** The whole run's time limit: past it the run ends with a failure naming what was running. */
  deadlineMs?: number;
  junit?: string;
  markdown?: string;
}

export interface ConformanceReport {
  results: Results;
  passed: boolean;
  durationMs: number;
  /** Operations in the plan, and how many of them ran at least one case. */
  planned: number;
  driven: number;
  markdown: string;
  junit: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The default of `deadlineMs`: ten minutes, several times what a full run against a local server takes. */
export const DEFAULT_DEADLINE_MS = 600_000;

/**
 * The run's time limit. `doing` names what runs now; `over` resolves once the limit passes, so the run
 * stops waiting for a server that stalls it and reports what it was doing then.
 */
class Deadline {
  running = 'start';
  passed = false;
  private timer: NodeJS.Timeout | undefined;
  readonly over: Promise<void>;

  constructor(readonly ms: number) {
    this.over = new Promise((resolve) => {
      this.timer = setTimeout(() => {
        this.passed = true;
        resolve();
      }, ms);
    });
  }

  doing(what: string): void {
    this.running = what;
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

/** What a run opened or made, for the end of the run whether it finished, failed or passed its deadline. */
interface Opened {
  connections?: RealtimeConnections;
  witness?: Witness;
  sessions?: Sessions;
  observer?: EventObserver;
  plan?: Step[];
}

/** Checks a running server against the documents it serves; see docs/conformance.md. */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const results = new Results();
  const deadline = new Deadline(options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const opened: Opened = {};
  try {
    const run = drive(options, baseUrl, timeoutMs, results, deadline, opened);
    await Promise.race([run, deadline.over]);
    if (deadline.passed) {
      // The abandoned run stops at its next step or when its connections close below; its errors are moot.
      run.catch(() => undefined);
      results.add({
        suite: 'http',
        operation: 'deadline',
        name: 'the whole run',
        outcome: 'failed',
        problems: [
          `the run passed its deadline of ${deadline.ms / 1000} s while running: ${deadline.running}`,
        ],
        detail: 'stopped',
        durationMs: deadline.ms,
      });
    }
  } finally {
    deadline.stop();
    opened.connections?.close();
    await opened.witness?.close();
    await opened.sessions?.logOut();
  }
  opened.observer?.finish();
  const plan = opened.plan ?? [];

  const durationMs = Date.now() - results.startedAt;
  const report: ConformanceReport = {
    results,
    passed: results.failed.length === 0,
    durationMs,
    planned: plan.length,
    driven: results.driven(plan.map((step) => step.op)),
    markdown: '',
    junit: '',
  };
  report.markdown = toMarkdown(report, { baseUrl, readOnly: options.readOnly === true });
  report.junit = toJUnit(report);
  if (options.junit) await writeFile(options.junit, report.junit);
  if (options.markdown) await writeFile(options.markdown, report.markdown);
  return report;
}

/** The run itself: fetch the documents, open sessions and connections, drive the plan, watch events. */
async function drive(
  options: ConformanceOptions,
  baseUrl: string,
  timeoutMs: number,
  results: Results,
  deadline: Deadline,
  opened: Opened,
): Promise<void> {
  deadline.doing('fetching the documents');
  const { openapi, asyncapi } = await fetchDocuments(baseUrl, timeoutMs);
  const model = buildModel(openapi, asyncapi);
  const values = new ValueStore();
  const runId = randomBytes(4).readUInt32BE().toString(36);
  const httpCtx: HttpContext = {
    baseUrl,
    doc: openapi,
    gen: new InputGenerator(openapi, values, runId),
    values,
    results,
    timeoutMs,
  };
  const asyncGen = new InputGenerator(asyncapi, values, runId);
  const observer = new EventObserver(asyncapi, model.events, results);
  const plan = buildPlan(model.http, model.realtime, options.readOnly === true);
  opened.observer = observer;
  opened.plan = plan;

  const authNode = model.socketAuthPointer ? followRefs(asyncapi, model.socketAuthPointer).node : undefined;
  const handshakeNames =
    isObject(authNode) && isObject(authNode.properties) ? Object.keys(authNode.properties) : [];
  const sessions = new Sessions(httpCtx, model, handshakeNames);
  opened.sessions = sessions;
  deadline.doing('opening a session');
  const token = await sessions.open(options, !options.readOnly);
  // Operations that end their session each get one of their own, opened now, before the run spends the
  // server's registration and login rate limit on the register and login operations themselves.
  const spareSessions: (string | undefined)[] = [];
  for (const step of plan) if (step.phase === 'session') spareSessions.push(await sessions.login());
  if (token) await sessions.readHandshakeValues(token, 'setup: read the socket secret');

  const connections = new RealtimeConnections({
    baseUrl,
    timeoutMs,
    model,
    gen: asyncGen,
    observer,
    results,
  });
  opened.connections = connections;
  deadline.doing('opening the realtime connections');
  await connections.open(token);
  const { socketio } = connections;
  // A second user for the events sent to others than the connection that asked (not read-only: it registers).
  const witness =
    options.readOnly || !token
      ? undefined
      : await Witness.open({
          baseUrl,
          timeoutMs,
          model,
          openapi,
          asyncapi,
          httpCtx,
          mainValues: values,
          mainToken: token,
          observer,
          results,
          handshakeNames,
          runId,
        });
  opened.witness = witness;
  const realtimeCtx: RealtimeContext = {
    doc: asyncapi,
    gen: asyncGen,
    values,
    results,
    socketio,
    raw: connections.raw,
    sessionToken: token,
  };

  // A request sent without its acknowledgement callback, and an event nobody declared: the server's
  // `frame-error` answers, if it sends them, are checked by the observer. Sent before the operations that
  // end sessions, which may end the main connection's too.
  let probed = false;
  const probe = async () => {
    probed = true;
    const firstWithReply = model.realtime.find(
      (op) => op.transport === 'socketio' && op.reply && op.readOnly,
    );
    if (!socketio || !firstWithReply) return;
    const payload =
      asyncGen.valid(firstWithReply.request[0]?.payloadPointer ?? '', firstWithReply.tags[0]) ?? {};
    await socketio.emit(firstWithReply.event, payload).catch(() => undefined);
    await socketio.emit(`not-an-event-${runId}`, {}).catch(() => undefined);
    await sleep(100);
  };

  let phase = plan[0]?.phase;
  for (const step of plan) {
    if (deadline.passed) break;
    const { op } = step;
    deadline.doing(`${op.transport} ${op.id}`);
    if (step.phase !== phase) {
      phase = step.phase;
      await witness?.retryRefused();
    }
    if (step.phase === 'session' && !probed) await probe();
    if (op.transport === 'http' && step.phase === 'session') {
      // A session of its own, and a connection of that session to see what ending it does (`closing`).
      // A session an earlier operation ended (signing out everywhere ends them all) is replaced.
      let own = spareSessions.shift();
      const label = `setup: the socket secret of a session for ${op.id}`;
      if (own && !(await sessions.readHandshakeValues(own, label))) {
        own = await sessions.login(`setup: a new session for ${op.id}`);
        if (own) await sessions.readHandshakeValues(own, label);
      }
      const watcher = own
        ? await connections.watcher(`a connection of the session ${op.id} ends`)
        : undefined;
      for (const c of httpCases(httpCtx, op, own)) await runHttpCase(httpCtx, op, c);
      await sleep(watcher ? 200 : 0);
      watcher?.close();
    } else if (op.transport === 'http') {
      for (const c of httpCases(httpCtx, op, token)) await runHttpCase(httpCtx, op, c);
    } else {
      if (op.transport === 'socketio' && !socketio) {
        results.add({
          suite: 'socketio',
          operation: op.id,
          name: 'all',
          outcome: 'skipped',
          problems: ['the Socket.IO handshake needs a session: give --username/--password or --token'],
          detail: 'not run',
          durationMs: 0,
        });
        continue;
      }
      await runRealtimeOperation(realtimeCtx, op, async (payload, answer) =>
        witness?.mirror(op, payload, answer),
      );
    }
    reportLimits(results, op, [...httpCtx.gen.takeLimits(), ...asyncGen.takeLimits()]);
  }
  deadline.doing('waiting for late events');
  if (!probed) await probe();
  await sleep(options.settleMs ?? 300);
}

/** A skipped case for an operation whose inputs asked for more than the generator makes. */
function reportLimits(results: Results, op: Operation, reasons: string[]): void {
  if (reasons.length === 0) return;
  results.add({
    suite: op.transport,
    operation: op.id,
    name: 'generated',
    outcome: 'skipped',
    problems: reasons.map((r) => `no value made: ${r}`),
    detail: 'not run',
    durationMs: 0,
  });
}
