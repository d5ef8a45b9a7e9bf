import path from 'node:path';
import { fromFile, Parser } from '@asyncapi/parser';
import { bundle, getLineColLocation, lint, loadConfig, YamlParseError } from '@redocly/openapi-core';
import { bundleAsyncApi } from './bundle-asyncapi.js';
import { type Diagnostic, SpecError } from './diagnostics.js';

/** A spec document with every external `$ref` inlined into its components; internal refs are kept. */
export type Bundled = Record<string, unknown>;

export interface LoadedSpecs {
  asyncapi: Bundled;
  openapi: Bundled;
  warnings: Diagnostic[];
}

const parser = new Parser();

/** Validates spec/asyncapi.yaml with the AsyncAPI parser (its Spectral rules, with line numbers). */
async function validateAsyncApi(file: string): Promise<Diagnostic[]> {
  const { diagnostics } = await fromFile(parser, file).parse();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    // Spectral severities: 0 error, 1 warning, 2 information, 3 hint.
    if (d.severity > 1) continue;
    out.push({
      severity: d.severity === 0 ? 'error' : 'warning',
      file: path.resolve(String(d.source ?? file)),
      line: (d.range?.start.line ?? 0) + 1,
      column: (d.range?.start.character ?? 0) + 1,
      where: d.path.join('.'),
      rule: String(d.code),
      message: d.message,
    });
  }
  return out;
}

/** Validates spec/openapi.yaml with Redocly's rules as configured in redocly.yaml. */
async function validateOpenApi(file: string, configPath: string): Promise<Diagnostic[]> {
  const config = await loadConfig({ configPath });
  const problems = await lint({ ref: file, config });
  const out: Diagnostic[] = [];
  for (const p of problems) {
    if (p.ignored) continue;
    const loc = p.location[0];
    const pos = loc ? getLineColLocation(loc) : undefined;
    out.push({
      severity: p.severity === 'error' ? 'error' : 'warning',
      file: loc ? path.resolve(loc.source.absoluteRef) : file,
      line: pos?.start.line ?? 1,
      column: pos?.start.col ?? 1,
      where: loc?.pointer?.replace(/^#\//, '').split('/').join('.') ?? '',
      rule: p.ruleId,
      message: p.message,
    });
  }
  return out;
}

async function bundleDocument(file: string, configPath: string): Promise<Bundled> {
  const config = await loadConfig({ configPath });
  const result = await bundle({ ref: file, config, dereference: false });
  return result.bundle.parsed as Bundled;
}

function yamlSyntaxDiagnostic(err: YamlParseError, file: string): Diagnostic {
  return {
    severity: 'error',
    file: path.resolve(err.source?.absoluteRef ?? file),
    line: err.line,
    column: err.col,
    where: '',
    rule: 'yaml-syntax',
    message: err.originalError.message.split('\n')[0] ?? 'invalid YAML',
  };
}

/** Parses, validates and bundles both documents; throws SpecError with every error found in either. */
export async function loadSpecs(files: {
  asyncapi: string;
  openapi: string;
  redoclyConfig: string;
}): Promise<LoadedSpecs> {
  const openapiDiagnostics = await validateOpenApi(files.openapi, files.redoclyConfig).catch(
    (err: unknown) => {
      if (err instanceof YamlParseError) return [yamlSyntaxDiagnostic(err, files.openapi)];
      throw err;
    },
  );
  const diagnostics = [...(await validateAsyncApi(files.asyncapi)), ...openapiDiagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) throw new SpecError(diagnostics);
  return {
    asyncapi: await bundleAsyncApi(files.asyncapi),
    openapi: await bundleDocument(files.openapi, files.redoclyConfig),
    warnings: diagnostics,
  };
}
