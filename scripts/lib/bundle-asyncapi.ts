import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { type Diagnostic, type Locator, locate, SpecError } from './diagnostics.js';
import type { Bundled } from './load-specs.js';
import { isNode, type Node } from './refs.js';

/**
 * Assembles spec/asyncapi.yaml and the feature files it refers to into one document whose every `$ref`
 * is internal, as the served spec, the code generator and the docs need it.
 *
 * The layout it reads (a general-purpose bundler inlines a channel into each operation that refers to
 * it, which AsyncAPI 3 forbids, so this one knows the layout):
 * - the root lists each channel and operation as a `$ref` to the same place in a **feature file**
 *   (`channels/presence` → `realtime/presence.yaml#/channels/presence`). A feature file is a piece of an
 *   AsyncAPI document: `channels`, `operations` and `components`, merged into the root at the same
 *   pointers, so its local refs (`#/channels/presence/messages/setActivity`) stay valid as they are;
 * - any other file is a **schema library** (spec/common/, shared with the OpenAPI document): a map of
 *   schema name → schema; a ref `common/rooms.yaml#/RoomId` becomes `#/components/schemas/RoomId`.
 */
export async function bundleAsyncApi(rootFile: string): Promise<{ doc: Bundled; locate: Locator }> {
  const file = path.resolve(rootFile);
  const bundler = new Bundler(file);
  const doc = await bundler.run();
  return { doc, locate: locatorOf(file, bundler.origins) };
}

/** Where a part of the assembled document came from: a file and the path in it. */
interface Origin {
  file: string;
  path: string[];
}

const key = (parts: readonly (string | number)[]): string => parts.join('\0');

/**
 * Locates a path of the assembled document in the file that holds it: an operation in its feature
 * file, a schema in its library (spec/common/), anything else in the root.
 */
function locatorOf(rootFile: string, origins: ReadonlyMap<string, Origin>): Locator {
  return (where) => {
    for (let depth = Math.min(3, where.length); depth >= 2; depth--) {
      const origin = origins.get(key(where.slice(0, depth)));
      if (origin) return locate(origin.file, [...origin.path, ...where.slice(depth)]);
    }
    return locate(rootFile, where);
  };
}

const FEATURE_KEYS = new Set(['channels', 'operations', 'components']);
const LISTED_SECTIONS = ['channels', 'operations'] as const;

class Bundler {
  /** By key() of a path in the result (a channel, an operation, a component): where it was written. */
  readonly origins = new Map<string, Origin>();
  private readonly files = new Map<string, Node>();
  private readonly features: string[] = [];
  private readonly schemas = new Map<string, { from: string; schema: unknown }>();
  private readonly problems: Diagnostic[] = [];
  /** Library schemas already standing under their own name in some components.schemas. */
  private readonly placed = new Set<string>();

  constructor(private readonly rootFile: string) {}

  async run(): Promise<Bundled> {
    const root = await this.load(this.rootFile);
    // Every file a ref can reach is read first, so rewriting is synchronous.
    await this.loadReachable(root, this.rootFile);
    // A file that is not YAML would only cause follow-on errors about what it lacks.
    const syntax = this.problems.filter((p) => p.rule === 'yaml-syntax');
    if (syntax.length > 0) throw new SpecError(syntax);

    const out: Node = {};
    for (const [key, value] of Object.entries(root)) {
      if ((LISTED_SECTIONS as readonly string[]).includes(key) && isNode(value)) {
        const section: Node = {};
        for (const [name, entry] of Object.entries(value)) section[name] = this.listed(key, name, entry);
        out[key] = section;
      } else if (key !== 'components') {
        out[key] = this.rewrite(value, this.rootFile);
      }
    }
    out.components = this.components();
    this.checkInternalRefs(out);
    if (this.problems.length > 0) throw new SpecError(this.problems);
    return out;
  }

  /** A channel or operation of the root: inline, or a ref to the same place in a feature file. */
  private listed(section: string, name: string, entry: unknown): unknown {
    const ref = refOf(entry);
    if (!ref || ref.startsWith('#')) return this.rewrite(entry, this.rootFile);
    const [file, pointer] = this.target(ref, this.rootFile);
    if (pointer !== `/${section}/${name}`) {
      this.problem(
        this.rootFile,
        `${section}.${name}`,
        `refers to ${pointer || 'a whole file'}: a feature file's ${section} are listed under the same name (${path.basename(file)}#/${section}/${name})`,
      );
      return entry;
    }
    const node = this.files.get(file)?.[section];
    const found = isNode(node) ? node[name] : undefined;
    if (found === undefined) {
      this.problem(this.rootFile, `${section}.${name}`, `${path.basename(file)} has no ${section}/${name}`);
      return entry;
    }
    this.origins.set(key([section, name]), { file, path: [section, name] });
    return this.rewrite(found, file);
  }

  /** The root's components, then each feature file's, then the library schemas refs reached. */
  private components(): Node {
    const merged: Node = {};
    for (const file of [this.rootFile, ...this.features]) {
      const components = this.files.get(file)?.components;
      if (!isNode(components)) continue;
      for (const [kind, entries] of Object.entries(components)) {
        if (!isNode(entries)) {
          merged[kind] = this.rewrite(entries, file);
          continue;
        }
        merged[kind] ??= {};
        const into = merged[kind] as Node;
        for (const [name, value] of Object.entries(entries)) {
          if (name in into) {
            this.problem(file, `components.${kind}.${name}`, `${kind} ${name} is defined twice`);
            continue;
          }
          const rewritten = this.rewrite(value, file);
          // `RoomId: {$ref: common/rooms.yaml#/RoomId}` names a library schema: it stands here as itself.
          const library = this.schemas.get(name);
          if (kind === 'schemas' && refOf(rewritten) === `#/components/schemas/${name}`) {
            into[name] = library?.schema;
            this.placed.add(name);
            if (library)
              this.origins.set(key(['components', kind, name]), { file: library.from, path: [name] });
          } else {
            into[name] = rewritten;
            this.origins.set(key(['components', kind, name]), { file, path: ['components', kind, name] });
          }
        }
      }
    }
    merged.schemas ??= {};
    const schemas = merged.schemas as Node;
    for (const [name, { from, schema }] of this.schemas) {
      if (this.placed.has(name)) continue;
      if (name in schemas) {
        this.problem(from, name, `schema ${name} is also defined in components.schemas: rename one`);
        continue;
      }
      schemas[name] = schema;
      this.origins.set(key(['components', 'schemas', name]), { file: from, path: [name] });
    }
    return merged;
  }

  private rewrite(value: unknown, file: string): unknown {
    if (Array.isArray(value)) return value.map((v) => this.rewrite(v, file));
    if (!isNode(value)) return value;
    const ref = refOf(value);
    if (ref !== undefined) return { ...value, $ref: this.internalRef(ref, file) };
    const out: Node = {};
    for (const [key, v] of Object.entries(value)) out[key] = this.rewrite(v, file);
    return out;
  }

  private internalRef(ref: string, from: string): string {
    const [file, pointer] = this.target(ref, from);
    if (file === this.rootFile || this.isFeature(file)) return `#${pointer}`;
    // A schema library: one schema per top-level key.
    const name = pointer.slice(1);
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
      this.problem(from, ref, 'a ref into a schema library names one schema: file.yaml#/SchemaName');
      return ref;
    }
    const known = this.schemas.get(name);
    if (known && known.from !== file) {
      this.problem(
        from,
        ref,
        `schema ${name} is defined in both ${path.basename(known.from)} and ${path.basename(file)}`,
      );
    } else if (!known) {
      const schema = this.files.get(file)?.[name];
      if (schema === undefined) this.problem(from, ref, `${path.basename(file)} has no schema ${name}`);
      // Claimed before recursing, so schemas that refer to each other terminate.
      this.schemas.set(name, { from: file, schema: undefined });
      this.schemas.set(name, { from: file, schema: this.rewrite(schema, file) });
    }
    return `#/components/schemas/${name}`;
  }

  private target(ref: string, from: string): [string, string] {
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    const pointer = hash < 0 ? '' : ref.slice(hash + 1);
    return [filePart ? path.resolve(path.dirname(from), filePart) : from, pointer];
  }

  private isFeature(file: string): boolean {
    return this.features.includes(file);
  }

  private async load(file: string): Promise<Node> {
    const known = this.files.get(file);
    if (known) return known;
    let doc: unknown;
    try {
      // js-yaml reads these files several times faster than the `yaml` package (which the diagnostics
      // still use, for positions); its core schema reads the same values (no timestamps, no merge keys).
      doc = load(await readFile(file, 'utf8'), { schema: CORE_SCHEMA, filename: file });
    } catch (err) {
      if (!(err instanceof YAMLException)) {
        this.problem(file, '', (err as Error).message.split('\n')[0] ?? 'unreadable');
      } else {
        const at = err.mark ? { line: err.mark.line + 1, column: err.mark.column + 1 } : undefined;
        this.problem(file, '', err.reason, 'yaml-syntax', at);
      }
      doc = {};
    }
    const node = isNode(doc) ? doc : {};
    this.files.set(file, node);
    return node;
  }

  private async loadReachable(node: unknown, file: string): Promise<void> {
    const refs: string[] = [];
    collectRefs(node, refs);
    for (const ref of refs) {
      if (ref.startsWith('#')) continue;
      const [target] = this.target(ref, file);
      if (this.files.has(target)) continue;
      const doc = await this.load(target);
      if (target !== this.rootFile && Object.keys(doc).some((k) => FEATURE_KEYS.has(k))) {
        const stray = Object.keys(doc).filter((k) => !FEATURE_KEYS.has(k));
        if (stray.length > 0)
          this.problem(
            target,
            stray.join(', '),
            'a feature file holds only channels, operations and components',
          );
        this.features.push(target);
      }
      await this.loadReachable(doc, target);
    }
  }

  /** Every ref of the result must land somewhere: a feature's channel the root does not list would not. */
  private checkInternalRefs(doc: Node): void {
    const refs: string[] = [];
    collectRefs(doc, refs);
    for (const ref of new Set(refs)) {
      if (!ref.startsWith('#/')) continue;
      let at: unknown = doc;
      for (const part of ref.slice(2).split('/')) {
        const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
        at = isNode(at) ? at[key] : undefined;
      }
      if (at === undefined)
        this.problem(
          this.rootFile,
          ref,
          `${ref} leads nowhere in the assembled document: is it listed in spec/asyncapi.yaml?`,
        );
    }
  }

  private problem(
    file: string,
    where: string,
    message: string,
    rule = 'switchboard-bundle',
    at = { line: 1, column: 1 },
  ): void {
    this.problems.push({ severity: 'error', file, ...at, where, rule, message });
  }
}

function refOf(value: unknown): string | undefined {
  return isNode(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
}

function collectRefs(value: unknown, into: string[]): void {
  if (Array.isArray(value)) for (const v of value) collectRefs(v, into);
  else if (isNode(value)) {
    const ref = refOf(value);
    if (ref !== undefined) into.push(ref);
    for (const v of Object.values(value)) collectRefs(v, into);
  }
}
