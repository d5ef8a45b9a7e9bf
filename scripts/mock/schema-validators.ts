import AjvPkg, { type AnySchema, type Options, type ValidateFunction } from 'ajv';
import Ajv2020Pkg from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describeInvalid, type InvalidField } from '../../src/transports/invalid-field.js';
import type { SpecDocument } from './spec-source.js';

// CommonJS modules whose ES default export is the module object: the class or function is `.default`.
const Ajv = AjvPkg.default;
const Ajv2020 = Ajv2020Pkg.default;
const addFormats = addFormatsPkg.default;

/** OpenAPI 3.1 schemas are JSON Schema 2020-12; AsyncAPI 3's default schema format is draft-07's superset. */
export type Dialect = 'draft-07' | '2020-12';

/** Why a value does not match its schema: the first failure, with the field as a dotted path. */
export type Invalid = InvalidField;

/** A JSON pointer into the bundled document (`#/components/schemas/Session`) naming a schema there. */
export type SchemaPointer = `#${string}`;

/** Escapes one JSON pointer segment (`/api/users` → `~1api~1users`). */
export const pointerSegment = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Validators compiled from one bundled document, at start-up and on first use: the whole document is
 * registered as one schema, so a pointer into it (a component, or a request body written inline) is
 * compiled with its internal `$ref`s as they stand. The mock compiles its own rather than importing
 * generated/validators: those are keyed by names the generator chooses (and issue 13 renames them),
 * while a pointer into the served document is the contract itself, the same one a third party has.
 * Two instances: parameters arrive as strings and are coerced (`?limit=10` → 10); nothing else is.
 */
export class SpecValidators {
  private readonly exact: InstanceType<typeof Ajv>;
  private readonly coercing: InstanceType<typeof Ajv>;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(
    doc: SpecDocument,
    dialect: Dialect,
    private readonly id: string,
  ) {
    const make = (coerce: boolean) => {
      const options: Options = {
        // The document holds more than schemas (paths, channels…): strict mode would refuse those keys.
        strict: false,
        allErrors: false,
        coerceTypes: coerce ? 'array' : false,
        logger: false,
      };
      const ajv = dialect === '2020-12' ? new Ajv2020(options) : new Ajv(options);
      addFormats(ajv);
      // `format` values ajv-formats does not know (OpenAPI's `password`) are documentation only.
      for (const format of formatsIn(doc)) if (!(format in fullFormats)) ajv.addFormat(format, true);
      ajv.addSchema({ ...doc, $id: id } as AnySchema);
      return ajv;
    };
    this.exact = make(false);
    this.coercing = make(true);
  }

  /** The validator of the schema at `pointer` in the document. */
  validator(pointer: SchemaPointer): ValidateFunction {
    const key = `exact ${pointer}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.exact.getSchema(`${this.id}${pointer}`);
      if (!found) throw new Error(`${this.id}: no schema at ${pointer}`);
      this.cache.set(key, found);
    }
    return found;
  }

  /** Checks `value` against the schema at `pointer`; `prefix` goes before the field (`body`). */
  check(pointer: SchemaPointer, value: unknown, prefix = ''): Invalid | undefined {
    const validate = this.validator(pointer);
    return validate(value) ? undefined : describeInvalid(validate.errors, prefix);
  }

  /**
   * Checks parameters of one location (`path`, `query`) against their schemas, coercing strings to the
   * declared types in place; a parameter the operation does not declare is refused, as by the server.
   */
  checkParameters(
    location: string,
    params: readonly { name: string; schema: SchemaPointer; required: boolean }[],
    values: Record<string, unknown>,
  ): Invalid | undefined {
    const key = `${location} ${params.map((p) => `${p.name}${p.required ? '!' : ''}=${p.schema}`).join(' ')}`;
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.coercing.compile({
        type: 'object',
        additionalProperties: false,
        required: params.filter((p) => p.required).map((p) => p.name),
        properties: Object.fromEntries(params.map((p) => [p.name, { $ref: `${this.id}${p.schema}` }])),
      });
      this.cache.set(key, validate);
    }
    return validate(values) ? undefined : describeInvalid(validate.errors, location);
  }
}

function formatsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) formatsIn(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'format' && typeof value === 'string') found.add(value);
      else formatsIn(value, found);
    }
  }
  return found;
}
