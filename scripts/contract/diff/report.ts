import type { Severity } from './change.js';
import type { GateResult } from './gate.js';

const HEADINGS: Record<Severity, string> = {
  breaking: 'BREAKING',
  warning: 'warning',
  compatible: 'compatible',
};

const SHOWN_SUBJECTS = 3;

/** The report for people: breaking changes first, each naming what clients know, the field and why. */
export function formatHuman(result: GateResult, base: string, options: { verbose: boolean }): string {
  const lines: string[] = [`Breaking-change gate: spec/ at ${base} → working tree`];
  const { findings } = result;
  for (const severity of ['breaking', 'warning', 'compatible'] as const) {
    const list = findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    lines.push('', `${HEADINGS[severity]} (${list.length})`);
    if (severity === 'compatible' && !options.verbose) {
      lines.push(`  ${list.length} additions or relaxations (--verbose lists them)`);
      continue;
    }
    for (const f of list) {
      const more =
        f.subjects.length > SHOWN_SUBJECTS ? ` and ${f.subjects.length - SHOWN_SUBJECTS} more` : '';
      lines.push(
        `  ${HEADINGS[severity]}  [${f.document}] ${f.subjects.slice(0, SHOWN_SUBJECTS).join(', ')}${more}`,
      );
      if (f.field) lines.push(`      field    ${f.field}`);
      lines.push(`      change   ${f.message}`);
      lines.push(`      pointer  ${f.pointer}`);
    }
  }
  lines.push('');
  for (const d of result.documents) {
    const versions = d.baseVersion === d.headVersion ? d.headVersion : `${d.baseVersion} → ${d.headVersion}`;
    const verdict = d.fails
      ? `FAILS: ${d.breaking} breaking change(s) and info.version's major part was not raised (${versions})`
      : d.breaking > 0
        ? `passes: ${d.breaking} breaking change(s) declared by the major version (${versions})`
        : `passes (${versions})`;
    lines.push(`${d.document}: ${verdict}; ${d.warnings} warning(s), ${d.compatible} compatible`);
  }
  if (result.fails)
    lines.push(
      '',
      "To make these breaks on purpose, raise the major part of that document's info.version (e.g. 0.3.0 → 1.0.0);",
      'otherwise keep the old shape next to the new one (an optional field, a new event or route) and retire it later.',
    );
  return lines.join('\n');
}

export function formatJson(result: GateResult, base: string): string {
  return JSON.stringify(
    { base, fails: result.fails, documents: result.documents, changes: result.findings },
    null,
    2,
  );
}
