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

// Control characters (C0 but tab and newline, DEL, C1) start terminal escape sequences (ESC [, CSI):
// from a server, they could rewrite what the terminal shows. Bidirectional overrides reorder it.
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Server-chosen text with its control characters made visible (`\u001b`), safe for a terminal. */
export function plain(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += isControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}

/**
 * Server-chosen text (event names, payload snippets, error codes) as literal Markdown: safe for the
 * terminal, every character Markdown could read as markup inside a line (code spans, HTML, entities,
 * links, emphasis, strikethrough, table cells) escaped with a backslash, and on one line. The report's
 * own text starts each line, so line-start markup (`#`, `-`) cannot come from the server.
 */
export function literal(text: string): string {
  return plain(text)
    .replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`)
    .replace(/\r?\n/g, ' ');
}

/** The summary printed at the end of a run and written by `--markdown`. */
export function toMarkdown(
  report: Pick<ConformanceReport, 'results' | 'durationMs' | 'passed' | 'planned' | 'driven'>,
  run: { baseUrl: string; readOnly: boolean },
): string {
  const { results } = report;
  const lines: string[] = [];
  lines.push(`# Conformance of ${literal(run.baseUrl)}`, '');
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
        `| ${SUITE_TITLES[c.suite]} ${literal(c.operation)} | ${literal(c.name)} | ${literal(c.detail)} | ${literal(c.problems.join('; '))} |`,
      );
  }
  if (results.warnings.length > 0) {
    lines.push('', '## Warnings', '');
    for (const c of results.warnings.slice(0, MAX_WARNINGS_LISTED))
      lines.push(
        `- ${SUITE_TITLES[c.suite]} ${literal(c.operation)} (${literal(c.name)}): ${literal(c.problems.join('; '))}`,
      );
    if (results.warnings.length > MAX_WARNINGS_LISTED)
      lines.push(`- … and ${results.warnings.length - MAX_WARNINGS_LISTED} more (see the JUnit report)`);
  }
  lines.push('');
  return lines.join('\n');
}
