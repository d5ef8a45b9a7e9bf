import { follow, isNode, type Node } from './schema-context.js';

/** A security scheme as a client must satisfy it: `httpApiKey header X-Socket-Secret`, `http bearer`. */
function describeScheme(scheme: unknown): string {
  if (!isNode(scheme)) return 'an unknown scheme';
  const parts = [
    scheme.type,
    scheme.in,
    scheme.name,
    scheme.scheme,
    scheme.bearerFormat,
    scheme.openIdConnectUrl,
  ];
  return parts.filter((p): p is string => typeof p === 'string').join(' ');
}

/**
 * AsyncAPI 3: `security` is a list of alternatives, each a Security Scheme (usually a `$ref`).
 * Returns the sorted canonical descriptions, or undefined when `security` is absent.
 */
export function asyncapiSecurity(doc: Node, security: unknown, pointer: string): string[] | undefined {
  if (!Array.isArray(security)) return undefined;
  return security.map((s, i) => describeScheme(follow(doc, s, `${pointer}/${i}`).value)).sort();
}

/**
 * OpenAPI: `security` is a list of alternatives, each a map of scheme name → scopes; `[]` or `{}` means
 * no credentials. An operation without `security` inherits the document's.
 */
export function openapiSecurity(doc: Node, security: unknown): string[] {
  if (!Array.isArray(security)) return ['none'];
  const schemes =
    isNode(doc.components) && isNode(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  const alternatives = security.map((requirement) => {
    if (!isNode(requirement) || Object.keys(requirement).length === 0) return 'none';
    return Object.entries(requirement)
      .map(([name, scopes]) => {
        const scheme = follow(doc, schemes[name], `#/components/securitySchemes/${name}`).value;
        const scoped = Array.isArray(scopes) && scopes.length > 0 ? ` (${scopes.join(', ')})` : '';
        return `${describeScheme(scheme)}${scoped}`;
      })
      .sort()
      .join(' + ');
  });
  return alternatives.length === 0 ? ['none'] : alternatives.sort();
}
