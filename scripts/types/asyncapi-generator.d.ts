// @asyncapi/generator 2.x ships no type declarations; this is the part scripts/build-docs.ts uses.
declare module '@asyncapi/generator' {
  interface GeneratorOptions {
    templateParams?: Record<string, string>;
    forceWrite?: boolean;
    install?: boolean;
    compile?: boolean;
  }
  export default class Generator {
    constructor(templateName: string, targetDir: string, options?: GeneratorOptions);
    generateFromFile(path: string): Promise<void>;
  }
}
