import { randomUUID } from 'node:crypto';
import { isObject, type Json, type JsonObject, pointerKey, type SpecDocument } from './documents.js';
import { followRefs, placeKeys, type ValuePlace, type ValueStore } from './values.js';

/**
 * Inputs made from a schema: a valid one (values the server gave back first, then the schema's const,
 * enum, examples, defaults and bounds), and invalid ones (missing required, wrong type, over maxLength,
 * out of enum or range, an unknown property), each checked against the schema before it is sent.
 */

export interface InvalidInput {
  /** What is wrong with it, for the report (`missing required "room"`). */
  label: string;
  value: Json;
}

// Objects nest rarely more than this in a request; deeper optional parts are left out.
const MAX_DEPTH = 6;
// A string over maxLength is only worth sending while it stays a small frame.
const MAX_OVERLONG = 8192;
// The largest string and array the generator makes: a schema asking for more (`minLength: 1e9`, from a
// server the check does not trust) gets no value, and the case is reported as skipped with the reason.
export const MAX_GENERATED_LENGTH = 65536;
export const MAX_GENERATED_ITEMS = 1000;

export class InputGenerator {
  private counter = 0;
  /** Why values could not be made since the last `takeLimits` (a size over the generator's caps). */
  private limits = new Set<string>();
  /** Set while making a variant: every value made up, none reused (a new room, not one the run has). */
  private freshOnly = false;

  constructor(
    private readonly doc: SpecDocument,
    private readonly values: ValueStore,
    /** Makes this run's names unique (`cf3k9x…`), so reruns against one server do not collide. */
    private readonly runId: string,
  ) {}

  /** A value the schema accepts, or undefined when none could be made. */
  valid(pointer: string, tag: string | undefined, property?: string, parent?: string): Json | undefined {
    const value = this.make(pointer, { refNames: [], tag, property, parent }, 0);
    return value !== undefined && this.doc.validate(pointer, value).ok ? value : undefined;
  }

  /** The reasons values were not made since the last call (for a skipped case), and forgets them. */
  takeLimits(): string[] {
    const reasons = [...this.limits];
    this.limits.clear();
    return reasons;
  }

  /** Whether a size the schema asks for is one the generator makes; else the reason is kept. */
  private withinCap(at: string, keyword: string, size: number, cap: number): boolean {
    if (size <= cap) return true;
    this.limits.add(`${keyword} ${size} at ${at} is over the ${cap} the check generates`);
    return false;
  }

  private fresh(): string {
    this.counter += 1;
    return `cf${this.runId}${this.counter.toString(36)}`;
  }

  private fits(pointer: string, value: Json): boolean {
    return this.doc.validate(pointer, value).ok;
  }

  private make(pointer: string, place: ValuePlace, depth: number): Json | undefined {
    const { pointer: at, node, refNames } = followRefs(this.doc, pointer);
    const here: ValuePlace = { ...place, refNames: [...place.refNames, ...refNames] };
    if (node === true || node === undefined) return this.fresh();
    if (!isObject(node)) return undefined;
    if (!this.freshOnly)
      for (const known of this.values.candidates(placeKeys(here)))
        if (this.fits(pointer, known)) return known;
    if ('const' in node) return node.const as Json;
    if (Array.isArray(node.enum)) return node.enum[0];
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = node[keyword];
      if (Array.isArray(branches))
        for (let i = 0; i < branches.length; i++) {
          const value = this.make(`${at}/${keyword}/${i}`, here, depth + 1);
          if (value !== undefined && this.fits(pointer, value)) return value;
        }
    }
    const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;
    const value = this.byType(at, node, type ?? (node.properties ? 'object' : undefined), here, depth);
    // A named component made up here (a room, a repository) is what later requests should refer to.
    if (value !== undefined && here.refNames.length > 0 && typeof value !== 'object')
      this.values.record(here.refNames, value);
    return value;
  }

  private byType(
    at: string,
    node: JsonObject,
    type: Json | undefined,
    place: ValuePlace,
    depth: number,
  ): Json | undefined {
    const examples = Array.isArray(node.examples) ? node.examples : [];
    switch (type) {
      case 'object':
        return this.object(at, node, place, depth);
      case 'array': {
        const min = typeof node.minItems === 'number' ? node.minItems : 0;
        if (!this.withinCap(at, 'minItems', min, MAX_GENERATED_ITEMS)) return undefined;
        const items: Json[] = [];
        for (let i = 0; i < Math.max(min, 1) && depth < MAX_DEPTH; i++) {
          const item = this.make(`${at}/items`, { ...place, refNames: [] }, depth + 1);
          if (item === undefined) break;
          if (!items.some((x) => JSON.stringify(x) === JSON.stringify(item))) items.push(item);
        }
        return items.length >= min ? items : undefined;
      }
      case 'string':
        return this.string(at, node, examples);
      case 'integer':
      case 'number': {
        const candidates: Json[] = [];
        if (typeof node.default === 'number') candidates.push(node.default);
        candidates.push(...examples.filter((e) => typeof e === 'number'));
        if (typeof node.minimum === 'number') candidates.push(node.minimum);
        if (typeof node.exclusiveMinimum === 'number') candidates.push(Math.floor(node.exclusiveMinimum) + 1);
        candidates.push(1, 0);
        return candidates.find((c) => this.fits(at, c));
      }
      case 'boolean':
        return typeof node.default === 'boolean' ? node.default : false;
      case 'null':
        return null;
      default:
        return examples[0];
    }
  }

  private string(at: string, node: JsonObject, examples: Json[]): Json | undefined {
    const min = typeof node.minLength === 'number' ? node.minLength : 0;
    if (!this.withinCap(at, 'minLength', min, MAX_GENERATED_LENGTH)) return undefined;
    const max = typeof node.maxLength === 'number' ? node.maxLength : 64;
    const sized = (s: string) => (s.length < min ? s.padEnd(min, 'x') : s).slice(0, Math.max(max, min));
    const candidates: Json[] = [];
    if (node.format === 'uuid') candidates.push(randomUUID());
    else if (node.format === 'date-time') candidates.push(new Date().toISOString());
    else if (node.format === 'date') candidates.push(new Date().toISOString().slice(0, 10));
    else if (node.format === 'email') candidates.push(`${this.fresh()}@example.com`);
    candidates.push(sized(this.fresh()));
    if (typeof node.default === 'string') candidates.push(node.default);
    candidates.push(...examples);
    return candidates.find((c) => this.fits(at, c));
  }

  private object(at: string, node: JsonObject, place: ValuePlace, depth: number): Json | undefined {
    const properties = isObject(node.properties) ? node.properties : {};
    const required = Array.isArray(node.required) ? node.required.map(String) : [];
    const result: JsonObject = {};
    const child = (key: string): Json | undefined =>
      this.make(
        `${at}/properties/${pointerKey(key)}`,
        { refNames: [], tag: place.tag, property: key, parent: place.property },
        depth + 1,
      );
    for (const key of required) {
      if (!(key in properties)) continue;
      const value = child(key);
      if (value === undefined) return undefined;
      result[key] = value;
    }
    // Optional properties the server has given values for (a room, a secret) make the request meaningful.
    for (const key of Object.keys(properties)) {
      if (key in result) continue;
      const keys = placeKeys({
        refNames: followRefs(this.doc, `${at}/properties/${pointerKey(key)}`).refNames,
        tag: place.tag,
        property: key,
        parent: place.property,
      });
      if (this.values.candidates(keys).length > 0 && depth < MAX_DEPTH) {
        const value = child(key);
        if (value !== undefined) result[key] = value;
      }
    }
    const minProperties = typeof node.minProperties === 'number' ? node.minProperties : 0;
    if (!this.withinCap(at, 'minProperties', minProperties, MAX_GENERATED_ITEMS)) return undefined;
    for (const key of Object.keys(properties)) {
      if (Object.keys(result).length >= minProperties) break;
      if (key in result) continue;
      const value = child(key);
      if (value !== undefined) result[key] = value;
    }
    return result;
  }

  /**
   * Valid values for a request that creates something, one per other value of each top-level `enum`
   * property, each with new names: a private room as well as the public one the valid value makes.
   */
  variants(pointer: string, valid: Json, tag: string | undefined): InvalidInput[] {
    const { pointer: at, node } = followRefs(this.doc, pointer);
    if (!isObject(node) || !isObject(valid) || !isObject(node.properties)) return [];
    const found: InvalidInput[] = [];
    for (const key of Object.keys(node.properties)) {
      const { node: property } = followRefs(this.doc, `${at}/properties/${pointerKey(key)}`);
      if (!isObject(property) || !Array.isArray(property.enum)) continue;
      for (const option of property.enum) {
        if (JSON.stringify(option) === JSON.stringify(valid[key] ?? null)) continue;
        this.freshOnly = true;
        let made: Json | undefined;
        try {
          made = this.make(pointer, { refNames: [], tag, property: undefined, parent: undefined }, 0);
        } finally {
          this.freshOnly = false;
        }
        const value = isObject(made) ? { ...made, [key]: option } : undefined;
        if (value && this.doc.validate(pointer, value).ok)
          found.push({ label: `"${key}" ${JSON.stringify(option)}`, value });
      }
    }
    return found;
  }

  /**
   * The valid value with one top-level property (the `field` a refusal named) set to each other value
   * the run knows for it: a request refused for its room is tried with the other rooms the run made.
   */
  alternatives(pointer: string, valid: Json, field: string, tag: string | undefined): Json[] {
    const { pointer: at, node } = followRefs(this.doc, pointer);
    if (!isObject(node) || !isObject(valid) || !isObject(node.properties) || !(field in node.properties))
      return [];
    const fieldPointer = `${at}/properties/${pointerKey(field)}`;
    const keys = placeKeys({
      refNames: followRefs(this.doc, fieldPointer).refNames,
      tag,
      property: field,
      parent: undefined,
    });
    const seen = new Set([JSON.stringify(valid[field] ?? null)]);
    const found: Json[] = [];
    for (const value of this.values.candidates(keys)) {
      const text = JSON.stringify(value);
      if (seen.has(text)) continue;
      seen.add(text);
      const changed = { ...valid, [field]: value };
      if (this.doc.validate(pointer, changed).ok) found.push(changed);
    }
    return found;
  }

  /** Invalid variants of a valid value, each one the schema refuses (those it accepts are dropped). */
  invalid(pointer: string, valid: Json, protectedKeys: readonly string[] = []): InvalidInput[] {
    const { pointer: at, node } = followRefs(this.doc, pointer);
    const found: InvalidInput[] = [];
    const add = (label: string, value: Json) => {
      if (!this.doc.validate(pointer, value).ok && !found.some((f) => f.label === label))
        found.push({ label, value });
    };
    if (!isObject(node)) return found;
    if (!isObject(valid)) {
      for (const bad of this.badScalars(pointer, valid)) add(bad.label, bad.value);
      return found;
    }
    add('an array instead of an object', [valid]);
    const properties = isObject(node.properties) ? node.properties : {};
    const required = Array.isArray(node.required) ? node.required.map(String) : [];
    const missing = required.find(
      (k) =>
        !protectedKeys.includes(k) &&
        !('const' in ((followRefs(this.doc, `${at}/properties/${pointerKey(k)}`).node as JsonObject) ?? {})),
    );
    if (missing) {
      const { [missing]: _dropped, ...rest } = valid;
      add(`missing required "${missing}"`, rest);
    }
    for (const key of Object.keys(properties)) {
      if (protectedKeys.includes(key)) continue;
      for (const bad of this.badScalars(`${at}/properties/${pointerKey(key)}`, valid[key] ?? null)) {
        const label = `"${key}" ${bad.label}`;
        if (!found.some((f) => f.label.endsWith(bad.label))) add(label, { ...valid, [key]: bad.value });
      }
    }
    if (node.additionalProperties === false)
      add('an unknown property', { ...valid, [`unknown_${this.fresh()}`]: 1 });
    return found;
  }

  /** Scalars the schema at a pointer refuses: wrong type, over maxLength, out of enum or range, bad format. */
  private badScalars(pointer: string, current: Json): InvalidInput[] {
    const { node } = followRefs(this.doc, pointer);
    if (!isObject(node) || 'const' in node) return [];
    const type = Array.isArray(node.type) ? node.type[0] : node.type;
    const out: InvalidInput[] = [];
    if (type === 'string' || type === 'array' || type === 'object' || type === 'boolean')
      out.push({ label: 'of the wrong type (a number)', value: 12345 });
    if (type === 'integer' || type === 'number')
      out.push({ label: 'of the wrong type (a string)', value: 'not a number' });
    if (typeof node.maxLength === 'number' && node.maxLength < MAX_OVERLONG)
      out.push({
        label: `over maxLength (${node.maxLength + 1} characters)`,
        value: 'x'.repeat(node.maxLength + 1),
      });
    if (typeof node.maximum === 'number' && Number.isSafeInteger(node.maximum + 1))
      out.push({ label: `over maximum (${node.maximum + 1})`, value: node.maximum + 1 });
    if (typeof node.minimum === 'number')
      out.push({ label: `under minimum (${node.minimum - 1})`, value: node.minimum - 1 });
    if (Array.isArray(node.enum)) out.push({ label: 'not one of its enum', value: `not-${String(current)}` });
    if (node.format === 'uuid') out.push({ label: 'not a uuid', value: 'not-a-uuid' });
    if (typeof node.pattern === 'string')
      out.push({ label: 'not matching its pattern', value: '!! not matching !!' });
    return out.filter((o) => !this.doc.validate(pointer, o.value).ok);
  }

  /** Invalid values for a lone parameter (path or query), keeping only what the schema refuses. */
  invalidScalar(pointer: string, current: Json): InvalidInput[] {
    return this.badScalars(pointer, current);
  }
}
