import { childPointer } from './change.js';
import { compareConstraints, narrowed, widened } from './constraints.js';
import { compareObjects } from './objects.js';
import {
  emit,
  isNode,
  type Node,
  resolveSchema,
  type SchemaContext,
  type SchemaSide,
  sub,
} from './schema-context.js';

/**
 * Compares the schema of one payload, body or parameter between base and head, reporting every
 * difference with the severity its direction gives it. Shared by both documents: an AsyncAPI message
 * payload and an OpenAPI request body are compared by the same rules.
 */
export function compareSchemas(base: SchemaSide, head: SchemaSide, ctx: SchemaContext): void {
  const b = resolveSchema(base);
  const h = resolveSchema(head);
  // A recursive schema (a tree of comments) meets itself again below: that pair is being compared already.
  const pair = `${b.pointer}|${h.pointer}`;
  if (ctx.seen.has(pair)) return;
  ctx.seen.add(pair);
  try {
    if (typeof b.schema === 'boolean' || typeof h.schema === 'boolean') {
      compareBooleanSchemas(b.schema, h.schema, h.pointer, ctx);
      return;
    }
    const bs = { doc: base.doc, schema: b.schema, pointer: b.pointer };
    const hs = { doc: head.doc, schema: h.schema, pointer: h.pointer };
    // `Health` becoming `oneOf: [Health, ErrorReply]` is a form added, not every field of Health removed:
    // the side without a union is taken as a union of itself, and only the forms are compared.
    const bUnion = unionOf(b.schema);
    const hUnion = unionOf(h.schema);
    if ((bUnion === undefined) !== (hUnion === undefined)) {
      const keyword = (bUnion ?? hUnion) as 'oneOf' | 'anyOf';
      const lifted = (side: SchemaSide): Branch[] => [{ schema: side.schema, pointer: side.pointer }];
      compareBranches(
        keyword,
        { side: bs, branches: bUnion ? branchesOf(bs, keyword) : lifted(base) },
        { side: hs, branches: hUnion ? branchesOf(hs, keyword) : lifted(head) },
        ctx,
      );
      return;
    }
    compareConstraints(b.schema, h.schema, { base: b.pointer, head: h.pointer }, ctx);
    compareObjects(bs, hs, ctx, compareSchemas);
    compareItems(bs, hs, ctx);
    for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const)
      compareBranches(
        keyword,
        { side: bs, branches: branchesOf(bs, keyword) },
        { side: hs, branches: branchesOf(hs, keyword) },
        ctx,
      );
    compareConditionals(bs, hs, ctx);
  } finally {
    ctx.seen.delete(pair);
  }
}

function compareBooleanSchemas(
  b: Node | boolean,
  h: Node | boolean,
  pointer: string,
  ctx: SchemaContext,
): void {
  const allowsAll = (s: Node | boolean): boolean => s === true || (isNode(s) && Object.keys(s).length === 0);
  const allowsNone = (s: Node | boolean): boolean => s === false;
  if (allowsAll(b) === allowsAll(h) && allowsNone(b) === allowsNone(h)) return;
  if (allowsNone(h) || allowsAll(b))
    narrowed(ctx, 'schema-narrowed', pointer, 'now accepts fewer values', 'what it accepted before');
  else widened(ctx, 'schema-widened', pointer, 'now accepts any value', 'any value');
}

function compareItems(
  base: SchemaSide & { schema: Node },
  head: SchemaSide & { schema: Node },
  ctx: SchemaContext,
): void {
  const b = base.schema.items;
  const h = head.schema.items;
  if (b === undefined && h === undefined) return;
  const itemCtx = { ...ctx, field: `${ctx.field}[]` };
  if (b === undefined || h === undefined) {
    // An items schema appearing constrains every item; one disappearing frees them.
    const pointer = childPointer(h === undefined ? base.pointer : head.pointer, 'items');
    if (h !== undefined)
      narrowed(
        itemCtx,
        'items-constrained',
        pointer,
        'items now have a schema',
        'items that do not match it',
      );
    else
      widened(itemCtx, 'items-unconstrained', pointer, 'items no longer have a schema', 'items of any shape');
    return;
  }
  compareSchemas(sub(base, b, 'items'), sub(head, h, 'items'), itemCtx);
}

interface Branch {
  schema: unknown;
  pointer: string;
}

function unionOf(schema: Node): 'oneOf' | 'anyOf' | undefined {
  if (Array.isArray(schema.oneOf)) return 'oneOf';
  if (Array.isArray(schema.anyOf)) return 'anyOf';
  return undefined;
}

function branchesOf(side: SchemaSide & { schema: Node }, keyword: string): Branch[] {
  const list = side.schema[keyword];
  return Array.isArray(list)
    ? list.map((schema, i) => ({ schema, pointer: childPointer(side.pointer, keyword, i) }))
    : [];
}

/**
 * `oneOf` / `anyOf` / `allOf`. Branches are paired by the schema they refer to when they are `$ref`s
 * (so reordering is no change), else by position. For `oneOf`/`anyOf` a branch fewer is a form fewer
 * (narrower); for `allOf` a branch more is one more constraint (narrower).
 */
function compareBranches(
  keyword: 'oneOf' | 'anyOf' | 'allOf',
  base: { side: SchemaSide; branches: Branch[] },
  head: { side: SchemaSide; branches: Branch[] },
  ctx: SchemaContext,
): void {
  const b = base.branches;
  const h = head.branches;
  if (b.length === 0 && h.length === 0) return;
  const refName = (branch: Branch | undefined): string | undefined =>
    isNode(branch?.schema) && typeof branch.schema.$ref === 'string' ? branch.schema.$ref : undefined;
  const unmatchedHead = new Set(h.keys());
  const pairs: [number, number][] = [];
  const unmatchedBase: number[] = [];
  b.forEach((branch, i) => {
    const ref = refName(branch);
    const j = ref ? h.findIndex((c, k) => unmatchedHead.has(k) && refName(c) === ref) : -1;
    if (j >= 0) {
      pairs.push([i, j]);
      unmatchedHead.delete(j);
    } else unmatchedBase.push(i);
  });
  // What is left pairs up by position: an edited inline branch is a change, not a removal and an addition.
  for (const i of [...unmatchedBase]) {
    const j = [...unmatchedHead].find((k) => refName(h[k]) === undefined && refName(b[i]) === undefined);
    if (j === undefined) continue;
    pairs.push([i, j]);
    unmatchedHead.delete(j);
    unmatchedBase.splice(unmatchedBase.indexOf(i), 1);
  }
  const sideOf = (side: SchemaSide, branch: Branch | undefined): SchemaSide => ({
    doc: side.doc,
    schema: branch?.schema,
    pointer: branch?.pointer ?? side.pointer,
  });
  for (const [i, j] of pairs) compareSchemas(sideOf(base.side, b[i]), sideOf(head.side, h[j]), ctx);
  const fewerIsNarrower = keyword !== 'allOf';
  for (const i of unmatchedBase) {
    const pointer = b[i]?.pointer ?? base.side.pointer;
    const what = `${keyword} branch ${refName(b[i]) ?? i} removed`;
    if (fewerIsNarrower) narrowed(ctx, `${keyword}-branch-removed`, pointer, what, 'that form');
    else widened(ctx, `${keyword}-branch-removed`, pointer, what, 'values it refused');
  }
  for (const j of unmatchedHead) {
    const pointer = h[j]?.pointer ?? head.side.pointer;
    const what = `${keyword} branch ${refName(h[j]) ?? j} added`;
    if (fewerIsNarrower) widened(ctx, `${keyword}-branch-added`, pointer, what, 'that new form');
    else narrowed(ctx, `${keyword}-branch-added`, pointer, what, 'values that do not match it');
  }
}

/**
 * `if`/`then`/`else` and `not`. `then` and `else` constrain values as `allOf` does, so they are compared as
 * schemas. A changed `if` or `not` cannot be ordered as narrower or wider without solving the schemas, so
 * it is taken at its worst: breaking for what clients send, a warning for what the server sends.
 */
function compareConditionals(
  base: SchemaSide & { schema: Node },
  head: SchemaSide & { schema: Node },
  ctx: SchemaContext,
): void {
  for (const keyword of ['then', 'else'] as const) {
    const b = base.schema[keyword];
    const h = head.schema[keyword];
    if (b === undefined && h === undefined) continue;
    compareSchemas(sub(base, b ?? true, keyword), sub(head, h ?? true, keyword), ctx);
  }
  for (const keyword of ['if', 'not'] as const) {
    if (JSON.stringify(base.schema[keyword]) === JSON.stringify(head.schema[keyword])) continue;
    const pointer = childPointer(keyword in head.schema ? head.pointer : base.pointer, keyword);
    const what = `\`${keyword}\` changed`;
    if (ctx.direction === 'request')
      emit(
        ctx,
        'breaking',
        `${keyword}-changed`,
        pointer,
        `${what}: clients that send what it accepted before may now be refused`,
      );
    else
      emit(
        ctx,
        'warning',
        `${keyword}-changed`,
        pointer,
        `${what}: clients may now receive values it ruled out before`,
      );
  }
}
