import { follow, isNode, type Node } from './spec-pointers.js';
import type { SpecDocument } from './spec-source.js';

// What a field of a known format looks like, so a generated sample passes the format check.
const FORMAT_SAMPLES: Record<string, string> = {
  uuid: '0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77',
  'date-time': '2026-11-30T12:00:00.000Z',
  date: '2026-11-30',
  email: 'ada@example.org',
  uri: 'https://example.org/',
};

const firstType = (schema: Node): string | undefined => {
  const t = schema.type;
  return Array.isArray(t) ? (t.find((x) => x !== 'null') as string | undefined) : (t as string | undefined);
};

/**
 * An example value for a schema: its own `examples`/`example` first, else one built from its
 * constraints. It mirrors the docs template's sampler (templates/asyncapi-docs/lib/schema.js) in
 * TypeScript, with every optional field left out below the top level, so what the mock sends is
 * what a client developer sees on the docs page where the spec gives no example. The mock checks
 * each answer it builds this way against its schema before serving it.
 */
export function sample(doc: SpecDocument, schema: unknown, depth = 0): unknown {
  if (schema === undefined || schema === true) return {};
  const { node: s } = follow(doc, schema, '#');
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if ('example' in s) return s.example;
  if ('const' in s) return s.const;
  if ('default' in s) return s.default;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (Array.isArray(s.allOf)) return Object.assign({}, ...s.allOf.map((part) => sample(doc, part, depth)));
  const variants = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
  if (Array.isArray(variants) && variants.length > 0) return sample(doc, variants[0], depth);
  switch (firstType(s) ?? (s.properties ? 'object' : undefined)) {
    case 'object': {
      const out: Node = {};
      const properties = isNode(s.properties) ? s.properties : {};
      const required = new Set((s.required as string[] | undefined) ?? []);
      for (const [key, prop] of Object.entries(properties)) {
        if (prop === false) continue;
        const { node } = follow(doc, prop, '#');
        const telling = Array.isArray(node.examples) || 'example' in node || 'const' in node;
        if (required.has(key) || (depth === 0 && telling)) out[key] = sample(doc, prop, depth + 1);
      }
      for (const [key, prop] of Object.entries(properties)) {
        if (Object.keys(out).length >= ((s.minProperties as number | undefined) ?? 0)) break;
        if (prop !== false && !(key in out)) out[key] = sample(doc, prop, depth + 1);
      }
      return out;
    }
    case 'array': {
      if (depth > 4) return [];
      const count = Math.min(Math.max(1, (s.minItems as number | undefined) ?? 1), 3);
      return Array.from({ length: count }, () => sample(doc, s.items, depth + 1));
    }
    case 'string': {
      if (typeof s.format === 'string' && FORMAT_SAMPLES[s.format]) return FORMAT_SAMPLES[s.format];
      const min = (s.minLength as number | undefined) ?? 0;
      const text = 'text'.padEnd(Math.max(min, 4), 'x');
      const max = s.maxLength as number | undefined;
      return max !== undefined ? text.slice(0, Math.max(max, min)) : text;
    }
    case 'integer':
    case 'number': {
      if (typeof s.minimum === 'number') return s.minimum;
      if (typeof s.exclusiveMinimum === 'number') return s.exclusiveMinimum + 1;
      return typeof s.maximum === 'number' && s.maximum < 1 ? s.maximum : 1;
    }
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return {};
  }
}
