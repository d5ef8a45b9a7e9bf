// @ts-check
// Plain JavaScript, not TypeScript: Spectral bundles a ruleset's functions with rollup and no TypeScript
// step, so the CLI, the runner (scripts/contract/lint.ts) and editors' Spectral extensions load this as is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
// Spectral's own YAML parser, already loaded and warm in the process that runs these functions.
import { Yaml } from '@stoplight/spectral-parsers';

/**
 * The whole spec folder read from disk: the two documents (the roots) and every file under its
 * subfolders (feature files and schema libraries), parsed.
 *
 * Spectral lints one document at a time and only sees what that document's `$ref`s reach, which can tell
 * neither that a library schema is used by the *other* document nor that nothing reaches it at all. The
 * functions that need the whole picture (unused components) read it here.
 *
 * `unreadable` lists the files that do not parse: Spectral's parser rule reports them, and what is
 * used cannot be judged without them.
 *
 * @typedef {{ dir: string, roots: string[], files: Map<string, unknown>, unreadable: string[] }} Spec
 */

/** @typedef {Record<string, unknown>} Node */

/**
 * The spec folder a file belongs to: the nearest folder, from the file's own upwards, that holds one
 * of the root documents.
 * @param {string} file
 * @param {readonly string[]} rootNames
 * @returns {string | undefined}
 */
export function findSpecDir(file, rootNames) {
  let dir = path.dirname(path.resolve(file));
  for (let depth = 0; depth < 4; depth++) {
    if (rootNames.some((name) => isFile(path.join(dir, name)))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/**
 * The files of a spec folder: the roots present, then every YAML file in its subfolders. Other files
 * directly in the folder (the lint allowlist) are not part of the documents.
 * @param {string} dir
 * @param {readonly string[]} rootNames
 * @returns {{ roots: string[], parts: string[] }}
 */
export function listSpecFiles(dir, rootNames) {
  const roots = rootNames.map((name) => path.join(dir, name)).filter(isFile);
  /** @type {string[]} */
  const parts = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) collectYaml(path.join(dir, entry.name), parts);
  }
  return { roots, parts: parts.sort() };
}

/** @type {{ key: string, spec: Spec } | undefined} */
let cached;

/**
 * Reads and parses the spec folder, once per state of its files on disk (an editor's language server
 * asks again after every save; the CLI asks once per linted file).
 * @param {string} dir
 * @param {readonly string[]} rootNames
 * @returns {Spec}
 */
export function loadSpec(dir, rootNames) {
  const { roots, parts } = listSpecFiles(dir, rootNames);
  const all = [...roots, ...parts];
  const key = all
    .map((file) => {
      const stat = statSync(file);
      return `${file}:${stat.mtimeMs}:${stat.size}`;
    })
    .join('|');
  if (cached?.key === key) return cached.spec;
  /** @type {Map<string, unknown>} */
  const files = new Map();
  /** @type {string[]} */
  const unreadable = [];
  for (const file of all) {
    const parsed = Yaml.parse(readFileSync(file, 'utf8'));
    // Severity 0 is an error (a duplicate key, broken syntax).
    if (parsed.diagnostics.some((d) => d.severity === 0)) unreadable.push(file);
    files.set(file, parsed.data);
  }
  cached = { key, spec: { dir, roots, files, unreadable } };
  return cached.spec;
}

/**
 * Where a `$ref` leads: the absolute file and the JSON pointer in it ('' for the whole file).
 * @param {string} ref
 * @param {string} from the file the ref is written in
 * @returns {{ file: string, pointer: string }}
 */
export function refTarget(ref, from) {
  const hash = ref.indexOf('#');
  const filePart = hash < 0 ? ref : ref.slice(0, hash);
  const pointer = hash < 0 ? '' : ref.slice(hash + 1);
  return { file: filePart ? path.resolve(path.dirname(from), filePart) : from, pointer };
}

/**
 * The value at a JSON pointer, or undefined.
 * @param {unknown} doc
 * @param {string} pointer
 * @returns {unknown}
 */
export function valueAt(doc, pointer) {
  let at = doc;
  for (const part of pointerParts(pointer)) {
    if (!isNode(at) && !Array.isArray(at)) return undefined;
    at = /** @type {Node} */ (at)[part];
  }
  return at;
}

/**
 * @param {string} pointer
 * @returns {string[]}
 */
export function pointerParts(pointer) {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((part) => safeDecode(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * @param {readonly (string | number)[]} parts
 * @returns {string}
 */
export function toPointer(parts) {
  return parts.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * @param {unknown} value
 * @returns {value is Node}
 */
export function isNode(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * @param {string} part
 * @returns {string}
 */
function safeDecode(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * @param {string} file
 * @returns {boolean}
 */
function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * @param {string} dir
 * @param {string[]} into
 */
function collectYaml(dir, into) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) collectYaml(full, into);
    else if (/\.ya?ml$/.test(entry.name)) into.push(full);
  }
}
