import { generatedHeader } from './header.js';

/** The declaration file next to an AJV standalone module: each export is a type guard. */
export function renderValidatorsDts(source: string, names: string[]): string {
  return `${generatedHeader(source)}
import type * as T from '../types.js';

${names.map((name) => `export declare const ${name}: T.Validator<T.${name}>;`).join('\n')}
`;
}
