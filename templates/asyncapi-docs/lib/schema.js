// Reading JSON Schemas for the page: following internal refs, describing fields, and making an example
// payload for a message that has none (tests check every such example against the generated validator).

/** Follows internal `$ref`s; `name` is the last ref's last segment (a component's name). */
export function resolve(doc, node) {
  let current = node;
  let name;
  for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`reference cycle at ${current.$ref}`);
    const parts = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    name = parts.at(-1);
    current = parts.reduce((acc, part) => (acc == null ? undefined : acc[part]), doc);
    if (current === undefined) throw new Error(`unresolvable reference ${node.$ref}`);
  }
  return { node: current ?? {}, name };
}

export function componentName(schema) {
  return schema && typeof schema.$ref === 'string' && schema.$ref.startsWith('#/components/schemas/')
    ? schema.$ref.split('/').at(-1)
    : undefined;
}

const FORMAT_SAMPLES = {
  uuid: '0b5c8a8e-3f6d-4a35-9d53-2f0a3c1e9b77',
  'date-time': '2026-11-30T12:00:00.000Z',
  date: '2026-11-30',
  email: 'ada@example.org',
  uri: 'https://example.org/',
};

function firstType(schema) {
  const t = schema.type;
  return Array.isArray(t) ? t.find((x) => x !== 'null') : t;
}

/** What stands for a schema met again inside itself: null where it allows null, else the emptiest value. */
function cycleStop(s) {
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('null')) return null;
  return types.includes('array') ? [] : {};
}

/**
 * An example value for a schema: its own examples first, else one built from its constraints. The docs
 * page and the mock server (scripts/mock) both use it, so the mock sends what the page shows.
 * `expanding` holds the schemas being built on the way here: a schema that contains itself (a tree node
 * whose `children` are nodes, required or reached through `oneOf`) stops at its second appearance.
 */
export function sample(doc, schemaOrRef, depth = 0, expanding = new Set()) {
  if (schemaOrRef === undefined || schemaOrRef === true) return {};
  const { node: s } = resolve(doc, schemaOrRef);
  if (expanding.has(s)) return cycleStop(s);
  expanding.add(s);
  try {
    return sampleOf(doc, s, depth, expanding);
  } finally {
    expanding.delete(s);
  }
}

function sampleOf(doc, s, depth, expanding) {
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if ('example' in s) return s.example;
  if ('const' in s) return s.const;
  if ('default' in s) return s.default;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (Array.isArray(s.allOf)) {
    return Object.assign({}, ...s.allOf.map((part) => sample(doc, part, depth, expanding)));
  }
  const variants = s.oneOf ?? s.anyOf;
  if (Array.isArray(variants) && variants.length > 0) return sample(doc, variants[0], depth, expanding);
  const type = firstType(s) ?? (s.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const out = {};
      const required = new Set(s.required ?? []);
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        if (prop === false) continue;
        // Optional fields appear when they say what they look like, so the example stays readable.
        const { node } = resolve(doc, prop);
        const telling = Array.isArray(node.examples) || 'example' in node || 'const' in node;
        if (required.has(key) || (depth === 0 && telling)) out[key] = sample(doc, prop, depth + 1, expanding);
      }
      // An object that needs some field, whichever: the first ones.
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        if (Object.keys(out).length >= (s.minProperties ?? 0)) break;
        if (prop !== false && !(key in out)) out[key] = sample(doc, prop, depth + 1, expanding);
      }
      return out;
    }
    case 'array': {
      if (depth > 4) return [];
      const count = Math.max(1, s.minItems ?? 1);
      return Array.from({ length: Math.min(count, 3) }, () => sample(doc, s.items, depth + 1, expanding));
    }
    case 'string': {
      if (s.format && FORMAT_SAMPLES[s.format]) return FORMAT_SAMPLES[s.format];
      const min = s.minLength ?? 0;
      const text = 'text'.padEnd(Math.max(min, 4), 'x');
      return s.maxLength !== undefined ? text.slice(0, Math.max(s.maxLength, min)) : text;
    }
    case 'integer':
    case 'number': {
      if (s.minimum !== undefined) return s.minimum;
      if (s.exclusiveMinimum !== undefined) return s.exclusiveMinimum + 1;
      return s.maximum !== undefined && s.maximum < 1 ? s.maximum : 1;
    }
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return {};
  }
}

/** A field's type in words, with the component it links to. */
export function typeOf(doc, schemaOrRef) {
  if (schemaOrRef === false) return { text: 'not allowed' };
  if (schemaOrRef === true || schemaOrRef === undefined) return { text: 'any' };
  const name = componentName(schemaOrRef);
  if (name) return { text: name, link: name };
  const s = schemaOrRef;
  const variants = s.oneOf ?? s.anyOf;
  if (Array.isArray(variants)) {
    return { text: 'one of', parts: variants.map((v) => typeOf(doc, v)) };
  }
  if (Array.isArray(s.allOf)) return { text: 'all of', parts: s.allOf.map((v) => typeOf(doc, v)) };
  const type = Array.isArray(s.type) ? s.type.join(' or ') : (s.type ?? (s.properties ? 'object' : 'any'));
  if (type === 'array' && s.items !== undefined) {
    const item = typeOf(doc, s.items);
    return { text: `array of ${item.text}`, link: item.link };
  }
  return { text: type };
}

/** The constraints a client must respect, in short words. */
export function constraintsOf(schemaOrRef) {
  const s = schemaOrRef && typeof schemaOrRef === 'object' && !schemaOrRef.$ref ? schemaOrRef : {};
  const out = [];
  if ('const' in s) out.push(`always ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum)) out.push(`one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (s.format) out.push(`format ${s.format}`);
  if (s.minLength !== undefined && s.maxLength !== undefined)
    out.push(
      s.minLength === s.maxLength ? `${s.minLength} characters` : `${s.minLength}–${s.maxLength} characters`,
    );
  else if (s.minLength !== undefined) out.push(`at least ${s.minLength} characters`);
  else if (s.maxLength !== undefined) out.push(`at most ${s.maxLength} characters`);
  if (s.pattern) out.push(`matches ${s.pattern}`);
  if (s.minimum !== undefined) out.push(`≥ ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) out.push(`> ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined) out.push(`≤ ${s.maximum}`);
  if (s.minItems !== undefined) out.push(`at least ${s.minItems} items`);
  if (s.maxItems !== undefined) out.push(`at most ${s.maxItems} items`);
  if (s.uniqueItems) out.push('no duplicates');
  if (s.minProperties !== undefined) out.push(`at least ${s.minProperties} fields`);
  if (s.maxProperties !== undefined) out.push(`at most ${s.maxProperties} fields`);
  if ('default' in s) out.push(`default ${JSON.stringify(s.default)}`);
  return out;
}

/**
 * The rows of a schema's field table: its properties, and those of inline objects nested in them
 * (`game.id`); a component schema is linked, not repeated.
 */
export function fieldRows(doc, schemaOrRef, prefix = '', depth = 0) {
  const rows = [];
  const s = componentName(schemaOrRef) && depth > 0 ? undefined : resolve(doc, schemaOrRef).node;
  if (!s || typeof s !== 'object') return rows;
  const required = new Set(s.required ?? []);
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    const path = `${prefix}${key}`;
    rows.push({
      path,
      depth,
      required: required.has(key),
      type: typeOf(doc, prop),
      constraints: constraintsOf(prop),
      description: prop && typeof prop === 'object' && !prop.$ref ? prop.description : undefined,
    });
    const inline = prop && typeof prop === 'object' && !prop.$ref ? prop : undefined;
    if (inline && depth < 3) {
      if (inline.properties) rows.push(...fieldRows(doc, inline, `${path}.`, depth + 1));
      else if (inline.items && !componentName(inline.items) && inline.items.properties)
        rows.push(...fieldRows(doc, inline.items, `${path}[].`, depth + 1));
    }
  }
  return rows;
}
