import type { Suite } from './results.js';
import type { ConformanceReport } from './run.js';

const SUITE_TITLES: Record<Suite, string> = {
  http: 'HTTP',
  socketio: 'Socket.IO',
  raw: 'raw WebSocket',
  events: 'server events',
};

// A long report is read in a terminal and a CI log: list every failure, and warnings up to this many.
const MAX_WARNINGS_LISTED = 40;

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** The summary printed at the end of a run and written by `--markdown`. */
export function toMarkdown(
  report: Pick<ConformanceReport, 'results' | 'durationMs' | 'passed' | 'planned' | 'driven'>,
  run: { baseUrl: string; readOnly: boolean },
): string {
  const { results } = report;
  const lines: string[] = [];
  lines.push(`# Conformance of ${run.baseUrl}`, '');
  lines.push(
    `${report.passed ? '**Passed**' : '**Failed**'}: ${results.failed.length} failures, ${results.warnings.length} warnings; ` +
      `${report.driven} operations driven (${report.planned} planned${run.readOnly ? ', read-only' : ''}), ` +
      `${results.cases.length} cases, ${results.validated} frames, acknowledgements, events and responses validated, ` +
      `in ${(report.durationMs / 1000).toFixed(1)} s.`,
    '',
  );
  lines.push(
    '| | operations | cases | passed | failed | warnings | skipped |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const suite of Object.keys(SUITE_TITLES) as Suite[]) {
    const own = results.cases.filter((c) => c.suite === suite);
    if (own.length === 0) continue;
    const count = (o: string) => own.filter((c) => c.outcome === o).length;
    const operations = new Set(own.map((c) => c.operation)).size;
    lines.push(
      `| ${SUITE_TITLES[suite]} | ${operations} | ${own.length} | ${count('passed')} | ${count('failed')} | ${count('warning')} | ${count('skipped')} |`,
    );
  }
  if (results.failed.length > 0) {
    lines.push('', '## Failures', '', '| where | case | what | problem |', '|---|---|---|---|');
    for (const c of results.failed)
      lines.push(
        `| ${SUITE_TITLES[c.suite]} \`${cell(c.operation)}\` | ${cell(c.name)} | ${cell(c.detail)} | ${cell(c.problems.join('; '))} |`,
      );
  }
  if (results.warnings.length > 0) {
    lines.push('', '## Warnings', '');
    for (const c of results.warnings.slice(0, MAX_WARNINGS_LISTED))
      lines.push(`- ${SUITE_TITLES[c.suite]} \`${c.operation}\` (${c.name}): ${c.problems.join('; ')}`);
    if (results.warnings.length > MAX_WARNINGS_LISTED)
      lines.push(`- … and ${results.warnings.length - MAX_WARNINGS_LISTED} more (see the JUnit report)`);
  }
  lines.push('');
  return lines.join('\n');
}
