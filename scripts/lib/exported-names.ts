/**
 * The names a TypeScript module exports, read lexically: enough to tell whether a handler file still
 * exports its handler, without loading a compiler (TypeScript 7 has no JavaScript API, and the generator
 * must stay fast). Comments, strings, template literals and regular expressions are blanked first, so an
 * `export` written in one of them is not taken for code.
 *
 * Read: `export const|let|var|function|function*|async function|class|abstract class|enum|namespace x`
 * (with `declare`), `export default …` (the name `default`, and the declared name when it has one),
 * `export { x }`, `export { y as x }`, `export { y as default }`, `export { x } from '…'`,
 * `export * as x from '…'` and `export = …` (`default`). Not read: names bound by destructuring
 * (`export const { x } = …`), every declarator but the first (`export const a = 1, x = 2`), and what
 * `export * from '…'` passes on; type-only exports (`export type`, `export interface`) are no values.
 */

export interface ExportedName {
  /** The name importers use; `default` for the default export. */
  name: string;
  /** Where its export statement starts in the source. */
  index: number;
}

const IDENTIFIER = '[A-Za-z_$][\\w$]*';
// `export` as a statement's first word: not a property (`a.export`) nor part of a longer name.
const EXPORT = '(?<![\\w$.])export';

const DECLARATION = new RegExp(
  `${EXPORT}\\s+(?:declare\\s+)?(default\\s+)?(?:async\\s+)?` +
    `(?:function\\b\\s*\\*?\\s*|(?:abstract\\s+)?class\\s+|const\\s+|let\\s+|var\\s+|enum\\s+|namespace\\s+)(${IDENTIFIER})?`,
  'g',
);
const DEFAULT = new RegExp(`${EXPORT}\\s+default\\b`, 'g');
const ASSIGNMENT = new RegExp(`${EXPORT}\\s*=`, 'g');
const LIST = new RegExp(`${EXPORT}\\s*(type\\s*)?\\{([^}]*)\\}`, 'g');
const NAMESPACE = new RegExp(`${EXPORT}\\s*\\*\\s*as\\s+(${IDENTIFIER})`, 'g');
// `y`, `y as x`; a type-only specifier (`type T`) exports no value and does not match.
const SPECIFIER = new RegExp(`^(${IDENTIFIER})(?:\\s+as\\s+(${IDENTIFIER}))?$`);

/** Every name `source` exports, in source order (a name exported twice is listed twice). */
export function exportedNames(source: string): ExportedName[] {
  const code = blankNonCode(source);
  const names: ExportedName[] = [];
  for (const m of code.matchAll(DECLARATION)) {
    if (m[1]) names.push({ name: 'default', index: m.index });
    if (m[2]) names.push({ name: m[2], index: m.index });
  }
  for (const m of code.matchAll(DEFAULT))
    if (!names.some((n) => n.name === 'default' && n.index === m.index))
      names.push({ name: 'default', index: m.index });
  for (const m of code.matchAll(ASSIGNMENT)) names.push({ name: 'default', index: m.index });
  for (const m of code.matchAll(NAMESPACE)) names.push({ name: m[1] as string, index: m.index });
  for (const m of code.matchAll(LIST)) {
    if (m[1]) continue;
    for (const specifier of (m[2] as string).split(',')) {
      const parts = SPECIFIER.exec(specifier.trim());
      if (parts) names.push({ name: parts[2] ?? (parts[1] as string), index: m.index });
    }
  }
  return names.sort((a, b) => a.index - b.index);
}

// After these a `/` starts a regular expression, not a division.
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const KEYWORDS_BEFORE_REGEX = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'void',
  'yield',
  'await',
  'delete',
  'instanceof',
  'new',
  'throw',
]);

/**
 * `source` with the contents of comments, strings, template literals and regular expressions replaced
 * by spaces (newlines kept), so that offsets and lines are those of the source.
 */
export function blankNonCode(source: string): string {
  const out = source.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let last = '';
  let word = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    let end = -1;
    if (c === '/' && next === '/') {
      end = source.indexOf('\n', i);
      if (end < 0) end = source.length;
      blank(i, end);
    } else if (c === '/' && next === '*') {
      const close = source.indexOf('*/', i + 2);
      end = close < 0 ? source.length : close + 2;
      blank(i, end);
    } else if (c === '"' || c === "'" || c === '`') {
      end = skipQuoted(source, i);
      blank(i + 1, end - 1);
      last = c;
    } else if (c === '/' && (last === '' || BEFORE_REGEX.has(last) || KEYWORDS_BEFORE_REGEX.has(word))) {
      end = skipRegex(source, i);
      if (end > i + 1) {
        blank(i + 1, end);
        last = '/';
      }
    }
    if (end > i) {
      i = end;
      word = '';
      continue;
    }
    if (isWordChar(c)) {
      word = isWordChar(source[i - 1]) ? word + c : c;
      last = 'a';
    } else if (!isSpace(c)) {
      word = '';
      last = c;
    }
    i++;
  }
  return out.join('');
}

function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  // 0-9, A-Z, _, a-z, $, and anything past ASCII (identifiers may use it).
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    code === 95 ||
    (code >= 97 && code <= 122) ||
    code === 36 ||
    code > 127
  );
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}

/** The end (exclusive) of the string or template literal opening at `start`. */
function skipQuoted(source: string, start: number): number {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else if (quote !== '`' && c === '\n') return i;
    else if (quote === '`' && c === '$' && source[i + 1] === '{') i = skipBraces(source, i + 1);
    else i++;
  }
  return source.length;
}

/** The end (exclusive) of the `{…}` opening at `start`, skipping the literals inside it. */
function skipBraces(source: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      i = skipQuoted(source, i);
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    i++;
  }
  return source.length;
}

/** The end (exclusive) of the regular expression opening at `start`, flags included; `start` + 1 if it is none. */
function skipRegex(source: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') return start + 1;
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      let end = i + 1;
      while (end < source.length && /[a-z]/i.test(source[end] as string)) end++;
      return end;
    }
  }
  return start + 1;
}
