import { childPointer } from './change.js';
import { narrowedSeverity, widenedSeverity } from './direction.js';
import { emit, type Node, type SchemaContext } from './schema-context.js';

/**
 * The keywords of one schema node that bound its values (lengths, ranges, counts, enums, patterns,
 * formats, types), compared between base and head. Nested schemas are schema.ts's concern.
 */
export function compareConstraints(
  base: Node,
  head: Node,
  pointers: { base: string; head: string },
  ctx: SchemaContext,
): void {
  const at = (keyword: string): string =>
    keyword in head ? childPointer(pointers.head, keyword) : childPointer(pointers.base, keyword);
  compareTypes(base, head, at('type'), ctx);
  for (const bound of BOUNDS)
    compareBound(bound, base[bound.keyword], head[bound.keyword], at(bound.keyword), ctx);
  compareEnums(base, head, at('enum' in head || 'enum' in base ? 'enum' : 'const'), ctx);
  compareText('pattern', base.pattern, head.pattern, at('pattern'), ctx);
  compareText('format', base.format, head.format, at('format'), ctx);
  compareText('multipleOf', base.multipleOf, head.multipleOf, at('multipleOf'), ctx);
  if (base.uniqueItems !== true && head.uniqueItems === true)
    narrowed(ctx, 'unique-items-added', at('uniqueItems'), 'items must now be unique', 'with repeated items');
  if (base.uniqueItems === true && head.uniqueItems !== true)
    widened(
      ctx,
      'unique-items-removed',
      at('uniqueItems'),
      'items need no longer be unique',
      'repeated items',
    );
}

interface Bound {
  keyword: string;
  /** `upper`: values above it are refused; `lower`: values below it. */
  side: 'upper' | 'lower';
  /** Counted bounds (lengths, item counts) are integers with a unit; ranges of values have none. */
  unit?: string;
  exclusive?: boolean;
}

const BOUNDS: Bound[] = [
  { keyword: 'maxLength', side: 'upper', unit: 'characters' },
  { keyword: 'minLength', side: 'lower', unit: 'characters' },
  { keyword: 'maxItems', side: 'upper', unit: 'items' },
  { keyword: 'minItems', side: 'lower', unit: 'items' },
  { keyword: 'maxProperties', side: 'upper', unit: 'fields' },
  { keyword: 'minProperties', side: 'lower', unit: 'fields' },
  { keyword: 'maximum', side: 'upper' },
  { keyword: 'minimum', side: 'lower' },
  { keyword: 'exclusiveMaximum', side: 'upper', exclusive: true },
  { keyword: 'exclusiveMinimum', side: 'lower', exclusive: true },
];

function compareBound(
  bound: Bound,
  before: unknown,
  after: unknown,
  pointer: string,
  ctx: SchemaContext,
): void {
  const b = typeof before === 'number' ? before : undefined;
  const h = typeof after === 'number' ? after : undefined;
  if (b === h) return;
  const { keyword, side } = bound;
  // Tighter: a lower upper bound, a higher lower bound, or a bound where there was none.
  const tighter = h !== undefined && (b === undefined || (side === 'upper' ? h < b : h > b));
  const what =
    b === undefined
      ? `\`${keyword}\` ${h} added`
      : h === undefined
        ? `\`${keyword}\` ${b} removed`
        : `\`${keyword}\` ${h < b ? 'lowered' : 'raised'} from ${b} to ${h}`;
  const kind = `${keyword}-${b === undefined ? 'added' : h === undefined ? 'removed' : h < b ? 'lowered' : 'raised'}`;
  // The values that moved across the line: refused now (tighter), or possible now (looser).
  const moved = tighter ? range(bound, h, b) : range(bound, b, h);
  if (tighter) narrowed(ctx, kind, pointer, what, moved);
  else widened(ctx, kind, pointer, what, moved);
}

/** The values between an old and a new bound (`from` is the bound that now applies on the tight side). */
function range(bound: Bound, tight: number | undefined, loose: number | undefined): string {
  const unit = bound.unit ? ` ${bound.unit}` : '';
  if (tight === undefined) return 'any value';
  if (bound.unit) {
    // Counts are integers: maxLength 8 refuses 9 and up; minLength 12 refuses up to 11.
    const [lo, hi] = bound.side === 'upper' ? [tight + 1, loose] : [loose ?? 0, tight - 1];
    if (hi === undefined) return `more than ${tight}${unit}`;
    return lo === hi ? `${lo}${unit}` : `${lo}–${hi}${unit}`;
  }
  const edge = bound.exclusive
    ? bound.side === 'upper'
      ? `${tight} or more`
      : `${tight} or less`
    : undefined;
  if (bound.side === 'upper')
    return `values ${edge ?? `above ${tight}`}${loose === undefined ? '' : ` (up to ${loose})`}`;
  return `values ${edge ?? `below ${tight}`}${loose === undefined ? '' : ` (down to ${loose})`}`;
}

function typesOf(node: Node): Set<string> | undefined {
  if (typeof node.type === 'string') return new Set([node.type]);
  if (Array.isArray(node.type)) return new Set(node.type.map(String));
  return undefined;
}

/** Is every value of type `t` still of one of `types`? (An integer is a number.) */
function covered(t: string, types: Set<string>): boolean {
  return types.has(t) || (t === 'integer' && types.has('number'));
}

function compareTypes(base: Node, head: Node, pointer: string, ctx: SchemaContext): void {
  const b = typesOf(base);
  const h = typesOf(head);
  if (!b && !h) return;
  const show = (s: Set<string> | undefined): string => (s ? [...s].join(' or ') : 'any type');
  if (!h) {
    widened(ctx, 'type-removed', pointer, `type ${show(b)} no longer declared`, 'values of any type');
    return;
  }
  const lost = b ? [...b].filter((t) => !covered(t, h)) : ['any type'];
  const gained = b ? [...h].filter((t) => !covered(t, b)) : [];
  if (lost.length === 0 && gained.length === 0) return;
  const what = `type changed from ${show(b)} to ${show(h)}`;
  if (gained.length > 0 && lost.length > 0) {
    // Neither side holds the other: whoever sends it and whoever reads it both break.
    const why =
      ctx.direction === 'request'
        ? `clients that send a ${lost.join(' or ')} are now refused`
        : `clients that read it as ${show(b)} now get a ${gained.join(' or ')}`;
    emit(ctx, 'breaking', 'type-changed', pointer, `${what}: ${why}`);
  } else if (lost.length > 0) narrowed(ctx, 'type-narrowed', pointer, what, `a ${lost.join(' or ')}`);
  else if (ctx.direction === 'response')
    // A client that parses an integer is broken by 1.5: a type the server may now send is a type change.
    emit(
      ctx,
      'breaking',
      'type-widened',
      pointer,
      `${what}: clients that read it as ${show(b)} may now receive a ${gained.join(' or ')}`,
    );
  else widened(ctx, 'type-widened', pointer, what, `a ${gained.join(' or ')}`);
}

function enumOf(node: Node): Map<string, unknown> | undefined {
  const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
  return values && new Map(values.map((v) => [JSON.stringify(v), v]));
}

function compareEnums(base: Node, head: Node, pointer: string, ctx: SchemaContext): void {
  const b = enumOf(base);
  const h = enumOf(head);
  if (!b && !h) return;
  if (!h) {
    widened(ctx, 'enum-removed', pointer, 'the list of allowed values was removed', 'any value');
    return;
  }
  if (!b) {
    narrowed(ctx, 'enum-added', pointer, `values limited to ${list([...h.keys()])}`, 'any other value');
    return;
  }
  const removed = [...b.keys()].filter((k) => !h.has(k));
  const added = [...h.keys()].filter((k) => !b.has(k));
  if (removed.length > 0)
    narrowed(ctx, 'enum-value-removed', pointer, `value ${list(removed)} removed`, list(removed));
  if (added.length > 0) widened(ctx, 'enum-value-added', pointer, `value ${list(added)} added`, list(added));
}

function list(values: string[]): string {
  return values.map((v) => `\`${v.replace(/^"(.*)"$/, '$1')}\``).join(', ');
}

function compareText(
  keyword: string,
  before: unknown,
  after: unknown,
  pointer: string,
  ctx: SchemaContext,
): void {
  if (before === after) return;
  const show = (v: unknown): string => `\`${String(v)}\``;
  if (before === undefined)
    narrowed(
      ctx,
      `${keyword}-added`,
      pointer,
      `\`${keyword}\` ${show(after)} added`,
      `values that do not match it`,
    );
  else if (after === undefined)
    widened(
      ctx,
      `${keyword}-removed`,
      pointer,
      `\`${keyword}\` ${show(before)} removed`,
      'values it refused',
    );
  else
    narrowed(
      ctx,
      `${keyword}-changed`,
      pointer,
      `\`${keyword}\` changed from ${show(before)} to ${show(after)}`,
      `values that matched ${show(before)} but not ${show(after)}`,
    );
}

/** Fewer values allowed: breaks clients that send it; harmless in what the server sends. */
export function narrowed(
  ctx: SchemaContext,
  kind: string,
  pointer: string,
  what: string,
  refused: string,
): void {
  const severity = narrowedSeverity(ctx.direction);
  const why = ctx.direction === 'request' ? `: clients that send ${refused} are now refused` : '';
  emit(ctx, severity, kind, pointer, `${what}${why}`);
}

/** More values allowed: harmless in what clients send; a warning in what the server sends. */
export function widened(
  ctx: SchemaContext,
  kind: string,
  pointer: string,
  what: string,
  possible: string,
): void {
  const severity = widenedSeverity(ctx.direction);
  const why = ctx.direction === 'response' ? `: clients may now receive ${possible}` : '';
  emit(ctx, severity, kind, pointer, `${what}${why}`);
}
