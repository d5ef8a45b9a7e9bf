import type { Histogram } from '../lib/histogram.js';

/** What one load generator saw, as it reports it at the end (JSON over IPC). */
export interface RoleReport {
  /** Work done, by name: messages acknowledged, deliveries, writes, connections opened… */
  counts: Record<string, number>;
  /** Requests refused with a spec'd code (INTERNAL aside), by code. */
  refusals: Record<string, number>;
  /** Requests answered INTERNAL: a server bug. */
  internal: number;
  /** Requests never answered (within the role's timeout) on a connection that stayed open. */
  unanswered: number;
  /** Connections the server closed that it had no reason to. */
  unexpectedCloses: number;
  /** The first few problems, described. */
  problems: string[];
  /** send-message acknowledgement latency, if the role measures it. */
  latency?: ReturnType<Histogram['toJSON']>;
}

const MAX_PROBLEMS = 10;

/** A role's running tally: what got done, and every way a request or connection went wrong. */
export class SoakStats {
  private readonly report: RoleReport = {
    counts: {},
    refusals: {},
    internal: 0,
    unanswered: 0,
    unexpectedCloses: 0,
    problems: [],
  };

  count(name: string, n = 1): void {
    this.report.counts[name] = (this.report.counts[name] ?? 0) + n;
  }

  get(name: string): number {
    return this.report.counts[name] ?? 0;
  }

  /** Records an error code a request was answered with: a spec'd refusal, or INTERNAL. */
  refused(code: string, what: string): void {
    if (code === 'INTERNAL') {
      this.report.internal += 1;
      this.problem(`${what}: INTERNAL`);
    } else this.report.refusals[code] = (this.report.refusals[code] ?? 0) + 1;
  }

  /**
   * Sorts out an answer: true for a success; a refusal (`{error: {code}}` or an `error` envelope) is recorded.
   */
  answered(answer: unknown, what: string): boolean {
    const code =
      (answer as { error?: { code?: string } })?.error?.code ??
      ((answer as { type?: string })?.type === 'error' ? (answer as { code?: string }).code : undefined);
    if (code === undefined) return true;
    this.refused(code, what);
    return false;
  }

  unanswered(what: string): void {
    this.report.unanswered += 1;
    this.problem(`${what}: no answer`);
  }

  unexpectedClose(what: string, code?: number): void {
    this.report.unexpectedCloses += 1;
    this.problem(`${what}: closed by the server${code === undefined ? '' : ` (${code})`}`);
  }

  problem(description: string): void {
    if (this.report.problems.length < MAX_PROBLEMS) this.report.problems.push(description);
  }

  toJSON(latency?: Histogram): RoleReport {
    return latency ? { ...this.report, latency: latency.toJSON() } : this.report;
  }
}
