// js-yaml 4 ships no type declarations (and @types/js-yaml is not installed): the part the generator uses.
declare module 'js-yaml' {
  export interface Schema {
    readonly __schema: unique symbol;
  }
  /** YAML 1.2's JSON-compatible types only: no timestamps, no merge keys, as the `yaml` package reads. */
  export const CORE_SCHEMA: Schema;
  export interface Mark {
    /** 0-based. */
    line: number;
    /** 0-based. */
    column: number;
  }
  export class YAMLException extends Error {
    reason: string;
    mark: Mark | undefined;
  }
  export function load(text: string, options?: { schema?: Schema; filename?: string }): unknown;
  export function dump(
    value: unknown,
    options?: { schema?: Schema; lineWidth?: number; noRefs?: boolean; quotingType?: "'" | '"' },
  ): string;
}
