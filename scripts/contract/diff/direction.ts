import type { Direction, Severity } from './change.js';

/**
 * The rule the whole comparison rests on. A schema that accepts less is a problem for whoever *sends*
 * data that way (clients, for requests); a schema that may produce more is a problem for whoever *reads*
 * it (clients, for what the server sends).
 *
 * - narrowed: fewer values allowed than before (a lower maxLength, a removed enum value, a new pattern).
 * - widened: more values allowed than before.
 * - Server-sent widening is a warning, not a failure: a client that validates strictly may trip on it,
 *   one that reads what it needs does not (the "a new enum value is a warning").
 */
export function narrowedSeverity(direction: Direction): Severity {
  return direction === 'request' ? 'breaking' : 'compatible';
}

export function widenedSeverity(direction: Direction): Severity {
  return direction === 'request' ? 'compatible' : 'warning';
}
