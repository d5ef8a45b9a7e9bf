import type { OperationRoute } from '../../../generated/http.js';
import { wholeBodyArgument } from '../../handlers/http/whole-body.js';
import type { WireField } from '../wire-fields.js';

/**
 * Where an HTTP operation carries each argument core may name: a parameter where the route table says it
 * arrives (`path.id`, `query.after`), the session token in its header, and anything else in the body —
 * a field of it (`body.username`), or the body itself when the operation's body is that one argument
 * whole (a document: `data` → `body`).
 */
export function httpWireField(route: OperationRoute): WireField {
  const whole = wholeBodyArgument.get(route.operationId);
  return (argument) => {
    const where = route.parameters.get(argument);
    if (where) return `${where}.${argument}`;
    if (argument === 'token' && route.auth === 'session') return 'header.authorization';
    if (!route.body) return argument;
    return argument === whole ? 'body' : `body.${argument}`;
  };
}
