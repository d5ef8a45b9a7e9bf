/** One lint finding, located in the file a designer edits. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Relative to the project root (`spec/realtime/rooms.yaml`), as printed and as the allowlist names it. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** JSON pointer into `file` (`/operations/echo`); '' for the whole file. */
  pointer: string;
  message: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Errors and warnings fail the lint; information and hints are printed as notes. */
export function fails(finding: Finding): boolean {
  return finding.severity === 'error' || finding.severity === 'warning';
}

export function toPointer(parts: readonly (string | number)[]): string {
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function formatFinding(finding: Finding): string {
  const at = finding.pointer === '' ? '' : ` (at ${finding.pointer})`;
  return `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule}: ${finding.message}${at}`;
}
