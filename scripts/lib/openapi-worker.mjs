// Lints spec/openapi.yaml with Redocly's rules (redocly.yaml) and bundles it, in a worker thread that
// load-specs.ts starts without tsx: Redocly is hundreds of modules, which load twice as fast without
// tsx's loader hooks (and source maps), and the main thread reads the AsyncAPI document meanwhile.
// Plain JavaScript for that reason; it posts { diagnostics, bundled } (see OpenApiResult in load-specs.ts).
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import {
  BaseResolver,
  bundle,
  getLineColLocation,
  lint,
  loadConfig,
  YamlParseError,
} from '@redocly/openapi-core';

/** @param {string} file @param {string} configPath */
async function lintAndBundle(file, configPath) {
  const config = await loadConfig({ configPath });
  // One resolver for both, so the files are read and parsed once.
  const externalRefResolver = new BaseResolver(config.resolve);
  let problems;
  try {
    problems = await lint({ ref: file, config, externalRefResolver });
  } catch (err) {
    if (!(err instanceof YamlParseError)) throw err;
    const diagnostic = {
      severity: 'error',
      file: path.resolve(err.source?.absoluteRef ?? file),
      line: err.line,
      column: err.col,
      where: '',
      rule: 'yaml-syntax',
      message: err.originalError.message.split('\n')[0] ?? 'invalid YAML',
    };
    return { diagnostics: [diagnostic], bundled: undefined };
  }
  const diagnostics = [];
  for (const p of problems) {
    if (p.ignored) continue;
    const loc = p.location[0];
    const pos = loc ? getLineColLocation(loc) : undefined;
    diagnostics.push({
      severity: p.severity === 'error' ? 'error' : 'warning',
      file: loc ? path.resolve(loc.source.absoluteRef) : file,
      line: pos?.start.line ?? 1,
      column: pos?.start.col ?? 1,
      where: loc?.pointer?.replace(/^#\//, '').split('/').join('.') ?? '',
      rule: p.ruleId,
      message: p.message,
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, bundled: undefined };
  const result = await bundle({ ref: file, config, externalRefResolver, dereference: false });
  return { diagnostics, bundled: result.bundle.parsed };
}

parentPort?.postMessage(await lintAndBundle(workerData.file, workerData.configPath));
