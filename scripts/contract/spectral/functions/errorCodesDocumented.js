// @ts-check
import { createRulesetFunction } from '@stoplight/spectral-core';
import { isNode } from '../spec-graph.js';

/**
 * switchboard-error-code-documented: every error code says what it means and when it is answered.
 *
 * - An error-code enum (a schema whose name matches `schemaName`, ErrorCode in spec/common/errors.yaml)
 *   documents each of its values in its description, one list item per code, as the docs show it:
 *   ``- `BAD_INPUT` [400]: the payload … does not match the schema``. A value without its item, or with
 *   an empty one, is a finding at the value; an item for a code the enum does not have, at the description.
 * - Where an operation or server lists the codes it answers (`x-errors`, `x-request-errors`: code → when),
 *   each code says when.
 *
 * Runs on each file as written (the rule is `resolved: false`), so findings point at the file to edit
 * and a shared schema is judged once, not once per document that uses it.
 */
export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['schemaName', 'codeMaps'],
      properties: {
        schemaName: { type: 'string', description: 'A regular expression matching the enum schemas’ names.' },
        codeMaps: {
          type: 'array',
          items: { type: 'string' },
          description: 'Keys of the `code → when` maps (x-errors, x-request-errors).',
        },
      },
    },
  },
  /**
   * @param {unknown} doc
   * @param {{ schemaName: string, codeMaps: string[] }} options
   */
  function errorCodesDocumented(doc, options) {
    if (!isNode(doc)) return [];
    const name = new RegExp(options.schemaName);
    /** @type {{ message: string, path: (string | number)[] }[]} */
    const out = [];
    for (const { at, schema, schemaName } of enumSchemas(doc, name)) {
      out.push(...undocumentedValues(schema, schemaName, at));
    }
    walkCodeMaps(doc, [], new Set(options.codeMaps), out);
    return out;
  },
);

/**
 * Error-code enums in a file: a schema library's top-level schemas and a document's or feature file's
 * components.schemas, named as the option says. An alias (`ErrorCode: {$ref: …}`) is judged where it leads.
 * @param {Record<string, unknown>} doc
 * @param {RegExp} name
 */
function* enumSchemas(doc, name) {
  const places = /** @type {[string[], unknown][]} */ ([
    [[], doc],
    [['components', 'schemas'], isNode(doc.components) ? doc.components.schemas : undefined],
  ]);
  for (const [prefix, section] of places) {
    if (!isNode(section)) continue;
    for (const [schemaName, schema] of Object.entries(section)) {
      if (name.test(schemaName) && isNode(schema) && Array.isArray(schema.enum)) {
        yield { at: [...prefix, schemaName], schema, schemaName };
      }
    }
  }
}

/**
 * @param {Record<string, unknown>} schema
 * @param {string} schemaName
 * @param {string[]} at
 */
function undocumentedValues(schema, schemaName, at) {
  const items = describedCodes(typeof schema.description === 'string' ? schema.description : '');
  const values = /** @type {unknown[]} */ (schema.enum);
  /** @type {{ message: string, path: (string | number)[] }[]} */
  const out = [];
  values.forEach((value, index) => {
    const text = items.get(String(value));
    if (text === undefined) {
      out.push({
        message: `error code \`${String(value)}\` is not documented: add a line "- \`${String(value)}\` [status]: when it is answered" to ${schemaName}'s description`,
        path: [...at, 'enum', index],
      });
    } else if (text === '') {
      out.push({
        message: `error code \`${String(value)}\` has an empty entry in ${schemaName}'s description: say when it is answered`,
        path: [...at, 'enum', index],
      });
    }
  });
  for (const code of items.keys()) {
    if (!values.includes(code)) {
      out.push({
        message: `${schemaName}'s description documents \`${code}\`, which its enum does not have: remove the entry or add the code`,
        path: [...at, 'description'],
      });
    }
  }
  return out;
}

/**
 * The codes a description documents, as list items: code → what it says (without the status).
 * @param {string} description
 * @returns {Map<string, string>}
 */
function describedCodes(description) {
  /** @type {Map<string, string>} */
  const codes = new Map();
  for (const line of description.split('\n')) {
    const item = /^\s*[-*]\s+`([^`]+)`\s*(?:\[[^\]]*\])?\s*:?\s*(.*)$/.exec(line);
    if (item?.[1]) codes.set(item[1], (item[2] ?? '').trim());
  }
  return codes;
}

/**
 * Every `code → when` map in the file, each code with a non-empty when.
 * @param {unknown} value
 * @param {(string | number)[]} at
 * @param {Set<string>} keys
 * @param {{ message: string, path: (string | number)[] }[]} out
 */
function walkCodeMaps(value, at, keys, out) {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) walkCodeMaps(item, [...at, index], keys, out);
    return;
  }
  if (!isNode(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (keys.has(key) && isNode(child)) {
      for (const [code, when] of Object.entries(child)) {
        if (typeof when !== 'string' || when.trim() === '') {
          out.push({
            message: `error code \`${code}\` is listed in ${key} without saying when it is answered`,
            path: [...at, key, code],
          });
        }
      }
    } else {
      walkCodeMaps(child, [...at, key], keys, out);
    }
  }
}
