import path from 'node:path';

/** Where the generator reads and writes, relative to a project root (a scratch copy in tests). */
export interface Layout {
  root: string;
  specDir: string;
  asyncapi: string;
  openapi: string;
  redoclyConfig: string;
  generatedDir: string;
  /** The client package's generated sources (clients/js/src/generated/), also written and drift-checked. */
  clientGeneratedDir: string;
  handlersDir: string;
}

export function layoutOf(root: string): Layout {
  const specDir = path.join(root, 'spec');
  return {
    root,
    specDir,
    asyncapi: path.join(specDir, 'asyncapi.yaml'),
    openapi: path.join(specDir, 'openapi.yaml'),
    redoclyConfig: path.join(root, 'redocly.yaml'),
    generatedDir: path.join(root, 'generated'),
    clientGeneratedDir: path.join(root, 'clients', 'js', 'src', 'generated'),
    handlersDir: path.join(root, 'src', 'handlers'),
  };
}
