/**
 * Prints the fixture matrix as the gate judges it today (edit → verdict, and the deciding change as it
 * is reported), as a Markdown table for release notes and issue comments:
 *
 *   node --import tsx test/contract/print-matrix.ts
 */
import path from 'node:path';
import { compareSpecs } from '../../scripts/contract/diff/gate.js';
import { loadSpecDocuments } from '../../scripts/contract/load.js';
import { EDITS, verdictOf } from './edits.js';

const repo = path.resolve(import.meta.dirname, '../..');
const current = await loadSpecDocuments(path.join(repo, 'spec'), path.join(repo, 'redocly.yaml'));
const cell = (text: string): string => text.replace(/\|/g, '\\|');

const rows = ['| # | Edit | Verdict | Gate | As reported |', '|---|---|---|---|---|'];
EDITS.forEach((edit, i) => {
  const base = structuredClone(current);
  edit.base?.(base);
  const edited = structuredClone(base);
  edit.apply(edited);
  const result = compareSpecs(base, edited);
  const verdict = verdictOf(result.changes);
  const deciding = result.findings.find((f) => f.severity === verdict);
  const reported = deciding
    ? `${deciding.subjects[0]}${deciding.field ? `, \`${deciding.field}\`` : ''}: ${deciding.message} (\`${deciding.pointer}\`)`
    : '(no change)';
  const mark = verdict === edit.verdict ? '' : ` (expected ${edit.verdict})`;
  rows.push(
    `| ${i + 1} | ${cell(edit.name)} | ${verdict}${mark} | ${result.fails ? 'fails' : 'passes'} | ${cell(reported)} |`,
  );
});
process.stdout.write(`${rows.join('\n')}\n`);
