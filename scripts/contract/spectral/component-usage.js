// @ts-check
import { isNode, pointerParts, refTarget, toPointer, valueAt } from './spec-graph.js';

/**
 * Which components of a spec folder are used: reachable, through `$ref`s, from what a document says
 * outside its `components` (its paths, channels, operations, servers…).
 *
 * A component is a named entry under `components` (in a root document or a feature file) or a
 * top-level schema of a schema library (spec/common/). A component reached only from an unused one is
 * unused too: removing the first one shows the next.
 *
 * An *alias* (`RoomId: {$ref: common/rooms.yaml#/RoomId}` in a document's components) names a library
 * schema in that document's bundle, where every ref to the library schema becomes a ref to the alias;
 * so it is used when its target is reached from the same document, whoever refers to it by which path.
 *
 * @typedef {import('./spec-graph.js').Spec} Spec
 * @typedef {{ file: string, path: string[], kind: string, name: string }} Component
 */

const FEATURE_KEYS = ['channels', 'operations', 'components'];

/** @type {WeakMap<Spec, Component[]>} */
const judged = new WeakMap();

/**
 * @param {Spec} spec
 * @returns {Component[]} every component no document uses, in file order (none while a file does
 * not parse: a ref into it would look like no ref at all)
 */
export function unusedComponents(spec) {
  const known = judged.get(spec);
  if (known) return known;
  const unused = spec.unreadable.length > 0 ? [] : findUnused(spec);
  judged.set(spec, unused);
  return unused;
}

/**
 * @param {Spec} spec
 * @returns {Component[]}
 */
function findUnused(spec) {
  const reachedByRoot = spec.roots.map((root) => reach(spec, root));
  /** @type {Component[]} */
  const unused = [];
  for (const [file, doc] of spec.files) {
    for (const component of componentsOf(file, doc, spec.roots.includes(file))) {
      const pointer = toPointer(component.path);
      const alias = aliasTarget(valueAt(doc, pointer), file);
      const used = reachedByRoot.some(
        (reached) =>
          isReached(reached, file, pointer) ||
          (alias !== undefined && reached.has(file) && isReached(reached, alias.file, alias.pointer)),
      );
      if (!used) unused.push(component);
    }
  }
  return unused;
}

/**
 * The components a file declares: `components.<kind>.<name>` in a document or feature file; each
 * top-level key of a schema library.
 * @param {string} file
 * @param {unknown} doc
 * @param {boolean} isRoot
 * @returns {Component[]}
 */
function componentsOf(file, doc, isRoot) {
  if (!isNode(doc)) return [];
  const isFeature = FEATURE_KEYS.some((key) => key in doc);
  if (!isRoot && !isFeature) {
    return Object.keys(doc).map((name) => ({ file, path: [name], kind: 'schema', name }));
  }
  /** @type {Component[]} */
  const out = [];
  const components = doc.components;
  if (!isNode(components)) return out;
  for (const [kind, entries] of Object.entries(components)) {
    if (!isNode(entries)) continue;
    for (const name of Object.keys(entries)) {
      out.push({ file, path: ['components', kind, name], kind: singular(kind), name });
    }
  }
  return out;
}

/**
 * Every pointer a root document reaches, by file. The root's `components` are not a starting point:
 * they are what is being judged.
 * @param {Spec} spec
 * @param {string} root
 * @returns {Map<string, Set<string>>}
 */
function reach(spec, root) {
  /** @type {Map<string, Set<string>>} */
  const reached = new Map();
  const doc = spec.files.get(root);
  if (!isNode(doc)) return reached;
  const isOpenApi = 'openapi' in doc;

  /**
   * @param {string} file
   * @param {string} pointer
   */
  const visit = (file, pointer) => {
    // One spelling per place: refs may percent-encode or escape what the component list spells plainly.
    pointer = toPointer(pointerParts(pointer));
    const seen = reached.get(file) ?? new Set();
    reached.set(file, seen);
    if (seen.has(pointer)) return;
    seen.add(pointer);
    walk(file, valueAt(spec.files.get(file), pointer));
  };

  /**
   * @param {string} file
   * @param {unknown} value
   */
  const walk = (file, value) => {
    if (Array.isArray(value)) {
      for (const item of value) walk(file, item);
      return;
    }
    if (!isNode(value)) return;
    if (typeof value.$ref === 'string') {
      const target = refTarget(value.$ref, file);
      visit(target.file, target.pointer);
    }
    // A discriminator maps values to schemas by ref, written as plain strings.
    if (isNode(value.mapping)) {
      for (const ref of Object.values(value.mapping)) {
        if (typeof ref === 'string') {
          const target = refTarget(ref, file);
          visit(target.file, target.pointer);
        }
      }
    }
    // OpenAPI names a security scheme in a requirement (`security: [{bearer: []}]`), not by ref.
    if (isOpenApi && Array.isArray(value.security)) {
      for (const requirement of value.security) {
        if (!isNode(requirement)) continue;
        for (const name of Object.keys(requirement)) {
          visit(root, toPointer(['components', 'securitySchemes', name]));
        }
      }
    }
    for (const [key, child] of Object.entries(value)) {
      if (key !== '$ref') walk(file, child);
    }
  };

  reached.set(root, new Set());
  walk(root, Object.fromEntries(Object.entries(doc).filter(([key]) => key !== 'components')));
  return reached;
}

/**
 * True when a reached pointer is the component, inside it, or around it (a ref to a whole file or
 * section reaches everything in it).
 * @param {Map<string, Set<string>>} reached
 * @param {string} file
 * @param {string} pointer
 * @returns {boolean}
 */
function isReached(reached, file, pointer) {
  const pointers = reached.get(file);
  if (!pointers) return false;
  for (const at of pointers) {
    if (at === pointer || at.startsWith(`${pointer}/`) || pointer.startsWith(`${at}/`) || at === '') {
      return true;
    }
  }
  return false;
}

/**
 * The library schema a component stands for, when it is nothing but a ref to another file.
 * @param {unknown} value
 * @param {string} file
 * @returns {{ file: string, pointer: string } | undefined}
 */
function aliasTarget(value, file) {
  if (!isNode(value) || typeof value.$ref !== 'string' || value.$ref.startsWith('#')) return undefined;
  if (Object.keys(value).some((key) => key !== '$ref' && key !== 'description' && key !== 'summary')) {
    return undefined;
  }
  const target = refTarget(value.$ref, file);
  return { file: target.file, pointer: toPointer(pointerParts(target.pointer)) };
}

/**
 * @param {string} kind a `components` section: schemas, messages, securitySchemes…
 * @returns {string}
 */
function singular(kind) {
  const special = /** @type {Record<string, string>} */ ({
    securitySchemes: 'security scheme',
    requestBodies: 'request body',
    messageTraits: 'message trait',
    operationTraits: 'operation trait',
    serverVariables: 'server variable',
    channelBindings: 'channel binding',
    operationBindings: 'operation binding',
    messageBindings: 'message binding',
    serverBindings: 'server binding',
    correlationIds: 'correlation id',
    externalDocs: 'external doc',
    pathItems: 'path item',
    replyAddresses: 'reply address',
  });
  return special[kind] ?? kind.replace(/s$/, '');
}
