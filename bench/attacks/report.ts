/** The attacks' report: one run as a Markdown table, or two runs (before and after a fix) side by side. */
import type { Row } from './lib.js';

/** What run.ts writes as JSON: where the server came from, and the rows. */
export interface Report {
  repo: string;
  commit: string;
  node: string;
  startedAt: string;
  timings: Record<string, number>;
  rows: Row[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdown(rows: readonly Row[]): string {
  const lines = ['| finding | what was tried | measured outcome |', '|---|---|---|'];
  for (const r of rows) lines.push(`| ${cell(r.finding)} | ${cell(r.tried)} | ${cell(r.outcome)} |`);
  return `${lines.join('\n')}\n`;
}

const keyOf = (r: Row) => `${r.finding}\n${r.tried}`;

/**
 * Two runs of the same harness, row by row (matched on finding and what was tried): the rows of
 * `after` in its order, then any that only `before` has.
 */
export function comparison(before: Report, after: Report): string {
  const earlier = new Map(before.rows.map((r) => [keyOf(r), r]));
  const later = new Set(after.rows.map(keyOf));
  const lines = [
    `before: ${before.repo} (${before.commit}), ${before.startedAt}; after: ${after.repo} (${after.commit}), ${after.startedAt}`,
    '',
    '| finding | what was tried | before | after |',
    '|---|---|---|---|',
  ];
  for (const r of after.rows)
    lines.push(
      `| ${cell(r.finding)} | ${cell(r.tried)} | ${cell(earlier.get(keyOf(r))?.outcome ?? '—')} | ${cell(r.outcome)} |`,
    );
  for (const r of before.rows.filter((b) => !later.has(keyOf(b))))
    lines.push(`| ${cell(r.finding)} | ${cell(r.tried)} | ${cell(r.outcome)} | — |`);
  return `${lines.join('\n')}\n`;
}
