// @ts-check
import { createRulesetFunction } from '@stoplight/spectral-core';
import { operationLabel } from '../operation-label.js';
import { isNode } from '../spec-graph.js';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * switchboard-operation-tagged: an operation carries at least one tag, and each of its tags is declared
 * in the document's tag list (`info.tags` in AsyncAPI 3, `tags` in OpenAPI), by which the docs group
 * operations by feature. Given the whole (resolved) document, since it judges operations against it.
 */
export default createRulesetFunction(
  { input: null, options: null },
  /** @param {unknown} doc */
  function operationTagged(doc) {
    if (!isNode(doc)) return [];
    const declared = declaredTags(doc);
    const list = declared.length > 0 ? ` (one of ${declared.join(', ')})` : '';
    /** @type {{ message: string, path: (string | number)[] }[]} */
    const out = [];
    for (const [at, operation] of operations(doc)) {
      const label = operationLabel(at);
      const tags = isNode(operation) ? operation.tags : undefined;
      if (!Array.isArray(tags) || tags.length === 0) {
        out.push({ message: `${label} has no tag: tag it with its feature${list}`, path: at });
        continue;
      }
      for (const [index, tag] of tags.entries()) {
        const name = isNode(tag) ? tag.name : tag;
        if (typeof name === 'string' && declared.includes(name)) continue;
        out.push({
          message: `${label} is tagged \`${String(name)}\`, which the document's tag list does not declare${list}`,
          path: [...at, 'tags', index],
        });
      }
    }
    return out;
  },
);

/**
 * Each operation with its path: AsyncAPI's `operations.<id>`, OpenAPI's `paths.<route>.<method>`.
 * @param {Record<string, unknown>} doc
 * @returns {Generator<[(string | number)[], unknown]>}
 */
function* operations(doc) {
  if (isNode(doc.operations)) {
    for (const [id, operation] of Object.entries(doc.operations)) yield [['operations', id], operation];
  }
  if (isNode(doc.paths)) {
    for (const [route, item] of Object.entries(doc.paths)) {
      if (!isNode(item)) continue;
      for (const method of HTTP_METHODS) {
        if (method in item) yield [['paths', route, method], item[method]];
      }
    }
  }
}

/**
 * @param {Record<string, unknown>} doc
 * @returns {string[]}
 */
function declaredTags(doc) {
  const list = 'asyncapi' in doc ? (isNode(doc.info) ? doc.info.tags : undefined) : doc.tags;
  if (!Array.isArray(list)) return [];
  return list.flatMap((tag) => (isNode(tag) && typeof tag.name === 'string' ? [tag.name] : []));
}
