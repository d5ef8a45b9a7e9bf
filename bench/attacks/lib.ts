/** What every attack shares: the report's rows, running a probe, and small helpers for figures. */

/** One row of the report: a probe, what it tried, what came of it, and the raw figures behind that. */
export interface Row {
  finding: string;
  tried: string;
  outcome: string;
  figures: Record<string, unknown>;
}

/** What one probe observed: the table's sentence and the figures behind it. */
export interface Outcome {
  outcome: string;
  figures?: Record<string, unknown>;
}

/** An attack: one finding of the review, run against the server of the repository at `repo`. */
export interface Attack {
  name: string;
  run(repo: string): Promise<Row[]>;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `pending`'s value, or undefined when it has not settled within `ms`: how a probe waits for something
 * the fixed server does (a close, an exit) without waiting the whole window when it comes early.
 */
export async function within<T>(pending: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The p-th percentile (0–100) of some values, nearest rank; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Tallies values into `{value: count}`, for status codes and error codes seen. */
export function tally(values: readonly (string | number)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
  return out;
}

/**
 * Runs one probe and adds its row; a probe that throws still gets a row, so a fixed server that
 * answers differently (a closed connection, a refusal) shows up as what happened, not as a crash.
 */
export async function probe(
  rows: Row[],
  finding: string,
  tried: string,
  body: () => Promise<Outcome>,
): Promise<void> {
  try {
    const { outcome, figures = {} } = await body();
    rows.push({ finding, tried, outcome, figures });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    rows.push({ finding, tried, outcome: `probe failed: ${message}`, figures: { error: message } });
  }
}
