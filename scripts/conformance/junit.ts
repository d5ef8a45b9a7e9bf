import type { Suite } from './results.js';
import type { ConformanceReport } from './run.js';

const SUITE_NAMES: Record<Suite, string> = {
  http: 'HTTP operations',
  socketio: 'Socket.IO requests',
  raw: 'raw WebSocket requests',
  events: 'server events',
};

/**
 * XML 1.0's Char production: tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
 * U+10000–U+10FFFF. Anything else (most control characters, U+FFFE, U+FFFF, a lone surrogate) cannot
 * appear even escaped; what the server sent is free text, so such characters become U+FFFD.
 */
export function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x09 ||
    codePoint === 0x0a ||
    codePoint === 0x0d ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function xmlText(text: string): string {
  // Iterating a string yields code points: a valid surrogate pair is one, a lone surrogate stays alone.
  return [...text]
    .map((ch) => (isXmlChar(ch.codePointAt(0) ?? 0) ? ch : '\uFFFD'))
    .join('')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** JUnit XML: a suite per transport and one for events; a warning is a skipped case with its reason. */
export function toJUnit(report: Pick<ConformanceReport, 'results' | 'durationMs'>): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const { cases } = report.results;
  const failures = cases.filter((c) => c.outcome === 'failed').length;
  lines.push(
    `<testsuites name="switchboard-conformance" tests="${cases.length}" failures="${failures}" time="${(report.durationMs / 1000).toFixed(3)}">`,
  );
  for (const suite of Object.keys(SUITE_NAMES) as Suite[]) {
    const own = cases.filter((c) => c.suite === suite);
    if (own.length === 0) continue;
    const failed = own.filter((c) => c.outcome === 'failed').length;
    const skipped = own.filter((c) => c.outcome === 'warning' || c.outcome === 'skipped').length;
    const time = own.reduce((sum, c) => sum + c.durationMs, 0) / 1000;
    lines.push(
      `  <testsuite name="${SUITE_NAMES[suite]}" tests="${own.length}" failures="${failed}" skipped="${skipped}" time="${time.toFixed(3)}">`,
    );
    for (const c of own) {
      const open = `    <testcase classname="${xmlText(`${suite}.${c.operation}`)}" name="${xmlText(c.name)}" time="${(c.durationMs / 1000).toFixed(3)}"`;
      const problems = xmlText(c.problems.join('\n'));
      if (c.outcome === 'failed')
        lines.push(
          `${open}>`,
          `      <failure message="${xmlText(c.problems[0] ?? 'failed')}">${problems}</failure>`,
          '    </testcase>',
        );
      else if (c.outcome === 'warning' || c.outcome === 'skipped')
        lines.push(
          `${open}>`,
          `      <skipped message="${xmlText(c.problems[0] ?? c.outcome)}"/>`,
          '    </testcase>',
        );
      else lines.push(`${open}/>`);
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
