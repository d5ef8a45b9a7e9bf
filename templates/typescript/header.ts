/** The first line of every generated file: where it came from, and that hand edits are lost. */
export function generatedHeader(source: string, comment: '//' | '#' = '//'): string {
  return `${comment} generated from ${source} by \`make generate\` — do not edit\n`;
}

/** A JSDoc comment, or nothing for empty text. */
export function jsdoc(text: string, indent = ''): string {
  const lines = text.trim().split('\n');
  if (!text.trim()) return '';
  if (lines.length === 1) return `${indent}/** ${lines[0]?.replace(/\*\//g, '*\\/')} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l.replace(/\*\//g, '*\\/')}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** A single-quoted TypeScript string literal of any text (quotes, backslashes and control characters escaped). */
export function lit(text: string): string {
  const escaped = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${escaped}'`;
}

/** A property key, quoted when it is not a plain identifier (`'frame-error'`). */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : lit(name);
}
