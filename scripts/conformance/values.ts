import { isObject, type Json, type JsonObject, pointerKey, type SpecDocument } from './documents.js';

// How many recent values to keep under one name: enough to find one that fits a schema.
const KEEP = 4;

/** Where a value sits, to name it: the schema components it came through, its property, its feature. */
export interface ValuePlace {
  /** Component names of the `$ref`s followed to reach the schema (`RoomId`). */
  refNames: string[];
  /** The operation's first tag (`rooms`), so an `id` of a room message is not taken for a document's. */
  tag: string | undefined;
  property: string | undefined;
  /** The enclosing property (`user` for `user.id`, looked up as `userId`). */
  parent: string | undefined;
}

/** The names a value at a place is recorded under and looked up by, most specific first. */
export function placeKeys(place: ValuePlace): string[] {
  const keys = [...place.refNames];
  if (place.property) {
    if (place.tag) keys.push(`${place.tag}.${place.property}`);
    if (place.parent && place.property === 'id') keys.push(`${place.parent}Id`);
    keys.push(place.property);
  }
  return keys;
}

/** Follows `$ref`s from a schema pointer, collecting the component names on the way. */
export function followRefs(
  doc: SpecDocument,
  pointer: string,
): { pointer: string; node: Json | undefined; refNames: string[] } {
  const refNames: string[] = [];
  let current = pointer;
  for (let hops = 0; hops < 32; hops++) {
    const node = doc.at(current);
    const ref = isObject(node) ? node.$ref : undefined;
    if (typeof ref !== 'string' || !ref.startsWith('#')) return { pointer: current, node, refNames };
    const name = ref.split('/').pop();
    if (name && ref.includes('/schemas/')) refNames.push(name);
    current = ref.slice(1);
  }
  throw new Error(`${doc.id}: $ref loop at ${pointer}`);
}

/**
 * Values the server gave back (ids, room names, secrets), kept by name, so later requests can refer to
 * what earlier ones created: create before read, with nothing per operation written down.
 */
export class ValueStore {
  private readonly byKey = new Map<string, Json[]>();
  private readonly pinned = new Map<string, Json>();
  private readonly reserved = new Set<Json>();

  /**
   * A value offered only under these names, before every recorded one, whatever the server gives back
   * later: the witness's user id goes to the requests that must name it, and to no others (removing the
   * witness from the account would end its connections half-way through the run).
   */
  pin(keys: string[], value: Json): void {
    this.reserved.add(value);
    for (const key of keys) this.pinned.set(key, value);
  }

  record(keys: string[], value: Json): void {
    for (const key of keys) {
      const list = (this.byKey.get(key) ?? []).filter((v) => v !== value);
      list.unshift(value);
      this.byKey.set(key, list.slice(0, KEEP));
    }
  }

  /** The values known under these names: pinned ones first (under any of them), then recorded ones in key order. */
  candidates(keys: string[]): Json[] {
    const pinned = keys.filter((key) => this.pinned.has(key)).map((key) => this.pinned.get(key) as Json);
    const recorded = keys.flatMap((key) => (this.byKey.get(key) ?? []).filter((v) => !this.reserved.has(v)));
    return [...new Set([...pinned, ...recorded])];
  }

  /** Records every scalar of a value the server sent, walking it along its schema. */
  harvest(doc: SpecDocument, schemaPointer: string, value: Json, tag: string | undefined): void {
    this.walk(doc, schemaPointer, value, { refNames: [], tag, property: undefined, parent: undefined }, 0);
  }

  private walk(doc: SpecDocument, pointer: string, value: Json, place: ValuePlace, depth: number): void {
    if (depth > 8) return;
    const { pointer: at, node, refNames } = followRefs(doc, pointer);
    const here = { ...place, refNames: [...place.refNames, ...refNames] };
    if (typeof value === 'string' || typeof value === 'number') {
      this.record(placeKeys(here), value);
      return;
    }
    if (!isObject(node)) return;
    if (Array.isArray(value)) {
      if (node.items !== undefined)
        for (const item of value) this.walk(doc, `${at}/items`, item, here, depth + 1);
      return;
    }
    if (isObject(value) && isObject(node.properties)) {
      const properties = node.properties as JsonObject;
      for (const [key, child] of Object.entries(value)) {
        if (!(key in properties)) continue;
        this.walk(
          doc,
          `${at}/properties/${pointerKey(key)}`,
          child,
          { refNames: [], tag: place.tag, property: key, parent: place.property },
          depth + 1,
        );
      }
    }
  }
}
