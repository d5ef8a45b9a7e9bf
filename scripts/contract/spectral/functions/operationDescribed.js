// @ts-check
import { createRulesetFunction } from '@stoplight/spectral-core';
import { operationLabel } from '../operation-label.js';
import { isNode } from '../spec-graph.js';

/**
 * switchboard-operation-described: an operation says what it does, in a summary or a description.
 * A summary is enough: a server event's summary and its `x-audience` say all a client needs.
 */
export default createRulesetFunction(
  { input: null, options: null },
  /** @param {unknown} operation */
  function operationDescribed(operation, _options, context) {
    const says = (/** @type {unknown} */ text) => typeof text === 'string' && text.trim() !== '';
    if (isNode(operation) && (says(operation.summary) || says(operation.description))) return [];
    return [
      {
        message: `${operationLabel(context.path)} has neither a summary nor a description: say in one line what it does`,
      },
    ];
  },
);
