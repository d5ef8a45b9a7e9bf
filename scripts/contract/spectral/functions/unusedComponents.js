// @ts-check
import path from 'node:path';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { unusedComponents } from '../component-usage.js';
import { findSpecDir, loadSpec } from '../spec-graph.js';

/**
 * switchboard-unused-component: a component of the linted file that neither document uses.
 *
 * Runs on the file as written (the rule is `resolved: false`), on every file of the spec folder, so a
 * finding points at the feature file or schema library that declares the component; whether it is used
 * is decided over the whole folder (see component-usage.js), since spec/common/ serves both documents.
 */
export default createRulesetFunction(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['roots'],
      properties: {
        roots: {
          type: 'array',
          minItems: 1,
          items: { type: 'string' },
          description: 'The file names of the documents, in the spec folder (asyncapi.yaml, openapi.yaml).',
        },
      },
    },
  },
  /**
   * @param {unknown} _input
   * @param {{ roots: string[] }} options
   */
  function unusedComponentsOfFile(_input, options, context) {
    const source = context.document.source;
    if (!source) return [];
    const file = path.resolve(source);
    const dir = findSpecDir(file, options.roots);
    if (!dir) return [];
    const spec = loadSpec(dir, options.roots);
    const names = spec.roots.map((root) => path.relative(path.dirname(dir), root));
    const nobody =
      names.length > 1 ? `neither ${names.join(' nor ')} uses it` : `${names[0]} does not use it`;
    return unusedComponents(spec)
      .filter((component) => component.file === file)
      .map((component) => ({
        message: `${component.kind} \`${component.name}\` is declared but ${nobody}: remove it, or refer to it where it belongs`,
        path: component.path,
      }));
  },
);
