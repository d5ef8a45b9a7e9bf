import { childPointer } from './change.js';
import { narrowed, widened } from './constraints.js';
import {
  emit,
  fieldOf,
  isNode,
  type Node,
  type SchemaContext,
  type SchemaSide,
  sub,
} from './schema-context.js';

type Side = SchemaSide & { schema: Node };
type Recurse = (base: SchemaSide, head: SchemaSide, ctx: SchemaContext) => void;

/**
 * An object's fields: which exist, which are required, and whether others are allowed. For what clients
 * send, a new required field or a closed object refuses requests that passed before; for what the server
 * sends, a field removed or no longer required leaves clients without what they read.
 */
export function compareObjects(base: Side, head: Side, ctx: SchemaContext, recurse: Recurse): void {
  const bProps = isNode(base.schema.properties) ? base.schema.properties : {};
  const hProps = isNode(head.schema.properties) ? head.schema.properties : {};
  const bRequired = requiredOf(base.schema);
  const hRequired = requiredOf(head.schema);
  const names = new Set([...Object.keys(bProps), ...Object.keys(hProps), ...bRequired, ...hRequired]);
  for (const name of names) {
    const field = { ...ctx, field: fieldOf(ctx, name) };
    const inBase = name in bProps || bRequired.has(name);
    const inHead = name in hProps || hRequired.has(name);
    const basePointer = childPointer(base.pointer, 'properties', name);
    const headPointer = childPointer(head.pointer, 'properties', name);
    if (inBase && !inHead) fieldRemoved(field, basePointer, head.schema.additionalProperties === false);
    else if (!inBase && inHead) fieldAdded(field, headPointer, hRequired.has(name));
    else {
      if (name in bProps && name in hProps)
        recurse(
          sub(base, bProps[name], 'properties', name),
          sub(head, hProps[name], 'properties', name),
          field,
        );
      requiredChanged(
        field,
        childPointer(head.pointer, 'required'),
        bRequired.has(name),
        hRequired.has(name),
      );
    }
  }
  compareAdditional(base, head, ctx, recurse);
}

function requiredOf(schema: Node): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
}

function fieldRemoved(ctx: SchemaContext, pointer: string, closed: boolean): void {
  const name = `\`${ctx.field}\``;
  if (ctx.direction === 'response') {
    emit(
      ctx,
      'breaking',
      'field-removed',
      pointer,
      `field ${name} removed: clients that read it no longer get it`,
    );
  } else if (closed) {
    emit(
      ctx,
      'breaking',
      'field-removed',
      pointer,
      `field ${name} removed: clients that send it are now refused`,
    );
  } else {
    emit(
      ctx,
      'compatible',
      'field-removed',
      pointer,
      `field ${name} removed (still allowed, no longer described)`,
    );
  }
}

function fieldAdded(ctx: SchemaContext, pointer: string, required: boolean): void {
  const name = `\`${ctx.field}\``;
  if (ctx.direction === 'request' && required) {
    emit(
      ctx,
      'breaking',
      'required-field-added',
      pointer,
      `new required field ${name}: clients that do not send it are now refused`,
    );
  } else {
    emit(
      ctx,
      'compatible',
      'field-added',
      pointer,
      `${required ? 'required' : 'optional'} field ${name} added`,
    );
  }
}

function requiredChanged(ctx: SchemaContext, pointer: string, before: boolean, after: boolean): void {
  if (before === after) return;
  const name = `\`${ctx.field}\``;
  if (ctx.direction === 'request') {
    if (after)
      emit(
        ctx,
        'breaking',
        'field-now-required',
        pointer,
        `field ${name} is now required: clients that leave it out are now refused`,
      );
    else emit(ctx, 'compatible', 'field-now-optional', pointer, `field ${name} is now optional`);
  } else if (!after) {
    emit(
      ctx,
      'breaking',
      'field-now-optional',
      pointer,
      `field ${name} is no longer required: clients that read it may not get it`,
    );
  } else {
    emit(ctx, 'compatible', 'field-now-required', pointer, `field ${name} is now always present`);
  }
}

/** `additionalProperties`: absent or `true` allows any other field, `false` none, a schema those that fit. */
type Additional = 'open' | 'closed' | 'schema';

function additionalOf(value: unknown): Additional {
  return value === false ? 'closed' : isNode(value) ? 'schema' : 'open';
}

interface Transition {
  /** Fewer fields allowed than before (narrowed) or more (widened). */
  narrows: boolean;
  kind: string;
  what: string;
  /** The fields that are refused now (narrowed) or possible now (widened). */
  fields: string;
}

const CLOSED: Transition = {
  narrows: true,
  kind: 'additional-properties-closed',
  what: 'other fields are no longer allowed',
  fields: 'fields not listed',
};

/** Every change of state but schema → schema, which compares the two schemas. */
const TRANSITIONS: Partial<Record<`${Additional}→${Additional}`, Transition>> = {
  'open→closed': CLOSED,
  'schema→closed': CLOSED,
  'closed→open': {
    narrows: false,
    kind: 'additional-properties-opened',
    what: 'other fields are now allowed',
    fields: 'fields not listed',
  },
  'closed→schema': {
    narrows: false,
    kind: 'additional-properties-opened',
    what: 'other fields are now allowed (with a schema)',
    fields: 'fields not listed',
  },
  'open→schema': {
    narrows: true,
    kind: 'additional-properties-constrained',
    what: 'other fields now have a schema',
    fields: 'other fields that do not match it',
  },
  'schema→open': {
    narrows: false,
    kind: 'additional-properties-unconstrained',
    what: 'other fields no longer have a schema',
    fields: 'other fields of any shape',
  },
};

function compareAdditional(base: Side, head: Side, ctx: SchemaContext, recurse: Recurse): void {
  const b = base.schema.additionalProperties;
  const h = head.schema.additionalProperties;
  if (isNode(b) && isNode(h)) {
    const other = { ...ctx, field: fieldOf(ctx, '*') };
    recurse(sub(base, b, 'additionalProperties'), sub(head, h, 'additionalProperties'), other);
    return;
  }
  const transition = TRANSITIONS[`${additionalOf(b)}→${additionalOf(h)}`];
  if (!transition) return;
  const pointer = childPointer(head.pointer, 'additionalProperties');
  const { narrows, kind, what, fields } = transition;
  (narrows ? narrowed : widened)(ctx, kind, pointer, what, fields);
}
