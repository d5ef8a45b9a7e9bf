// The $ref resolver `make contract-lint` gives the Spectral CLI (`--resolver`, see
// scripts/contract/lint/run-spectral.ts): Spectral's own (createHttpAndFileResolver of
// @stoplight/spectral-ref-resolver, the same readers) without its cache of one resolve runner per file.
// CommonJS because the CLI loads it with require().
//
// Why not Spectral's: @stoplight/json-ref-resolver (3.1.6) keeps one ResolveRunner per file in the resolver's
// uriCache and hands it to every $ref into that file. Each lookup made through a runner appends the referring
// file to the target runner's `uriStack` and never takes it off again, and a runner made later starts from its
// creator's grown stack; so the "stack" becomes a list of every file that ever referred to a file, duplicates
// included. Two checks read it, and both then fail silently (no resolver error, so no finding):
//  - `uriStack.includes(file)` calls a ref into any file on that list circular and leaves the $ref as it is
//    (every channel's `errorReply`, matches' ConnectionId, rooms' ActivityState stayed refs);
//  - `atMaxUriDepth()` (list length >= 100) makes the crawler skip every remote ref of the runner.
// Our feature files refer to each other and back to asyncapi.yaml (`servers`), so the list grows with every
// operation; since the parties feature the runners made last (matches.yaml, raw-websocket.yaml) start over
// 100 and nothing in them is resolved: asyncapi-3-document-resolved then sees their channels' `servers` items
// as bare `$ref`s without `host`, and every rule that reads the resolved document sees about 400 refs.
//
// Without the cache every lookup gets a runner of its own, whose uriStack is the real chain of files that led
// to it: a true cycle still stops (its file is on the chain) and the depth limit counts real depth. The price
// is that a file is read and parsed once per $ref into it, not once: the parse is memoized per linted document
// (by address and text), which keeps the lint at a few seconds.
'use strict';

const { createRequire } = require('node:module');

// Spectral's own copy of its resolver package, whichever the CLI resolves.
const fromCli = createRequire(require.resolve('@stoplight/spectral-cli/package.json'));
/** @type {{ createHttpAndFileResolver: () => SpectralResolver }} */
const { createHttpAndFileResolver } = fromCli('@stoplight/spectral-ref-resolver');

/**
 * The parts of json-ref-resolver's Resolver that Spectral uses.
 * @typedef {{ uriCache: object, resolve: (source: unknown, opts?: ResolveOptions) => Promise<unknown> }} SpectralResolver
 * @typedef {{ parseResolveResult?: ParseResolveResult, [option: string]: unknown }} ResolveOptions
 * @typedef {{ targetAuthority: { href(): string }, result: unknown, [field: string]: unknown }} ParseOptions
 * @typedef {(opts: ParseOptions) => Promise<ParseOptions>} ParseResolveResult
 */

/** A uriCache that keeps nothing: json-ref-resolver memoizes lookupUri in it (get, set) and counts on it. */
class NoCache {
  constructor() {
    this.stats = { hits: 0, misses: 0 };
  }
  /** @param {string} _key */
  get(_key) {
    this.stats.misses += 1;
    return undefined;
  }
  /** @param {string} _key @param {unknown} _value */
  set(_key, _value) {}
  /** @param {string} _key */
  has(_key) {
    return false;
  }
  purge() {}
}

/**
 * Spectral's parseResolveResult (which parses a referenced file and records it to locate findings in it),
 * run once per address and text; later refs get the same parsed data (the runners never change it: they
 * build their results with immer).
 * @param {ParseResolveResult} parse
 * @returns {ParseResolveResult}
 */
function parseOnce(parse) {
  /** @type {Map<string, Promise<unknown>>} */
  const parsed = new Map();
  return (opts) => {
    const key = `${opts.targetAuthority.href()}\n${String(opts.result)}`;
    let result = parsed.get(key);
    if (result === undefined) {
      result = parse({ ...opts }).then((done) => done.result);
      parsed.set(key, result);
    }
    return result.then((data) => ({ ...opts, result: data }));
  };
}

const resolver = createHttpAndFileResolver();
resolver.uriCache = new NoCache();
const resolve = resolver.resolve.bind(resolver);
/** @type {WeakMap<ParseResolveResult, ParseResolveResult>} one memo per linted document (Spectral's function for it) */
const memos = new WeakMap();
resolver.resolve = (source, opts = {}) => {
  const parse = opts.parseResolveResult;
  if (parse === undefined) return resolve(source, opts);
  let once = memos.get(parse);
  if (once === undefined) {
    once = parseOnce(parse);
    memos.set(parse, once);
  }
  return resolve(source, { ...opts, parseResolveResult: once });
};

module.exports = resolver;
