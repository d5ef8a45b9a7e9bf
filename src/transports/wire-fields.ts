import { ApiError } from '../core/errors.js';

/** How one transport carries, for one operation, an argument a core error names (`room` → `path.room`). */
export type WireField = (argument: string) => string;

/**
 * The wire name of a field core named: its first segment is the argument (`data` of `data.title`), the
 * rest a place inside it, kept as it is. The empty field (the request as a whole) stays empty.
 */
function renamed(field: string, toWire: WireField): string {
  if (field === '') return field;
  const dot = field.indexOf('.');
  return dot < 0 ? toWire(field) : `${toWire(field.slice(0, dot))}${field.slice(dot)}`;
}

/**
 * Runs a call into core for one request and, should it throw an ApiError naming a field, names that
 * field as the client sent it: core knows its arguments, not where a transport carries them. A message
 * that opens with `<field>: ` quotes it (core's way: `data.title: a string may not hold NUL`), so it is
 * renamed there too; nothing else in a message is touched, as it may quote the client's own words (a
 * repository named `id`). Errors the transport raised itself (validation) already speak wire terms and
 * do not pass through here.
 */
export async function inWireTerms<T>(toWire: WireField, work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof ApiError) || err.field === undefined) throw err;
    const field = renamed(err.field, toWire);
    if (field === err.field) throw err;
    const quoted = `${err.field}: `;
    const message = err.message.startsWith(quoted)
      ? `${field}: ${err.message.slice(quoted.length)}`
      : err.message;
    throw new ApiError(err.code, message, field, err.retryAfterSeconds);
  }
}
