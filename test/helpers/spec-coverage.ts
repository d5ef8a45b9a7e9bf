import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { ALLOWLIST_PATH, type AllowlistEntry } from './coverage-allowlist.js';

/**
 * Spec coverage, the test side: what the spec declares (the denominator, read from the served documents
 * in generated/spec/) against what the runtime recorded while the suite ran (src/transports/spec-coverage.ts),
 * as a table, with the committed allowlist of what cannot be produced and why (coverage-allowlist.ts).
 * What counts is in docs/api-design.md (Spec coverage).
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One thing the spec declares that a test run should produce. */
export interface CoverageItem {
  area: string;
  /** Stable name, as the allowlist writes it: `operation joinRoom`, `status getMe 503`, `error joinRoom NOT_FOUND`, `request-error local INTERNAL`. */
  key: string;
  /** How a client knows it: the event, the envelope type, the route. */
  label: string;
  /** Whether the recorded facts show it was produced. */
  producedBy(facts: ReadonlySet<string>): boolean;
}

type Json = Record<string, unknown>;

const AREAS = {
  socketOps: 'Socket.IO operations',
  socketErrors: 'Socket.IO error codes',
  rawOps: '/ws operations',
  rawErrors: '/ws error codes',
  sseOps: 'SSE events',
  httpOps: 'HTTP operations',
  httpStatuses: 'HTTP statuses',
} as const;

function readDocument(name: string): Json {
  return YAML.parse(readFileSync(path.join(ROOT, 'generated', 'spec', name), 'utf8')) as Json;
}

/** Follows local `$ref`s (`#/channels/rooms/messages/message`) until a value that is not one. */
function resolve(doc: Json, value: unknown): Json {
  let current = value as Json;
  for (let hops = 0; typeof current?.$ref === 'string'; hops++) {
    const ref = current.$ref as string;
    if (!ref.startsWith('#/') || hops > 16) throw new Error(`spec coverage: cannot follow $ref ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], doc) as Json;
    if (current === undefined) throw new Error(`spec coverage: $ref ${ref} points at nothing`);
  }
  return current;
}

const someFact = (facts: ReadonlySet<string>, test: (fact: string) => boolean): boolean => {
  for (const fact of facts) if (test(fact)) return true;
  return false;
};

/** Every AsyncAPI operation, reply error code and server request error code, by server. */
function realtimeItems(doc: Json): CoverageItem[] {
  const items: CoverageItem[] = [];
  const servers = doc.servers as Record<string, Json>;
  const ops = (servers: string[]) =>
    servers.includes('localRaw') ? AREAS.rawOps : servers.includes('sse') ? AREAS.sseOps : AREAS.socketOps;
  const errors = (server: string) => (server === 'localRaw' ? AREAS.rawErrors : AREAS.socketErrors);
  for (const [operationId, raw] of Object.entries(doc.operations as Record<string, Json>)) {
    const op = resolve(doc, raw);
    const channel = resolve(doc, op.channel);
    const onServers = channel.servers
      ? (channel.servers as Json[]).map((s) => (s.$ref as string).split('/').at(-1) as string)
      : Object.keys(servers);
    const names = (op.messages as Json[]).map((m) => String(resolve(doc, m).name));
    for (const server of onServers) {
      if (op.action === 'receive') {
        const reply = op.reply ? resolve(doc, op.reply) : undefined;
        // The runtime records `ok` for a reply, and for a request without one once it ran without an error.
        items.push({
          area: ops(onServers),
          key: `operation ${operationId}`,
          label: `${server === 'localRaw' ? 'type' : 'event'} ${names.join(', ')}: ${reply ? 'answered with its reply' : 'dispatched without an error'}`,
          producedBy: (facts) => facts.has(`answer ${server} ${operationId} ok`),
        });
        for (const code of Object.keys((reply?.['x-errors'] as Json | undefined) ?? {}))
          items.push({
            area: errors(server),
            key: `error ${operationId} ${code}`,
            label: `${names.join(', ')} answered ${code}`,
            producedBy: (facts) => facts.has(`answer ${server} ${operationId} ${code}`),
          });
      } else {
        items.push({
          area: ops(onServers),
          key: `operation ${operationId}`,
          label: `${server === 'localRaw' ? 'type' : server === 'sse' ? 'stream event' : 'event'} ${names.join(', ')}: sent`,
          producedBy: (facts) => names.some((name) => facts.has(`event ${server} ${name}`)),
        });
      }
    }
  }
  for (const [server, description] of Object.entries(servers))
    for (const code of Object.keys((description['x-request-errors'] as Json | undefined) ?? {}))
      items.push({
        area: errors(server),
        key: `request-error ${server} ${code}`,
        label: `any request on ${server} answered ${code}`,
        producedBy: (facts) =>
          someFact(facts, (f) => f.startsWith(`answer ${server} `) && f.endsWith(` ${code}`)),
      });
  return items;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every HTTP operation (answered with a 2xx or 3xx) and every status it declares. */
function httpItems(doc: Json): CoverageItem[] {
  const items: CoverageItem[] = [];
  for (const [route, pathItem] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const method of HTTP_METHODS) {
      const op = pathItem[method] as Json | undefined;
      if (!op) continue;
      const operationId = String(op.operationId);
      const label = `${method.toUpperCase()} ${route}`;
      const success = new RegExp(`^http ${operationId} [23]\\d\\d$`);
      items.push({
        area: AREAS.httpOps,
        key: `operation ${operationId}`,
        label: `${label}: answered with a 2xx or 3xx`,
        producedBy: (facts) => someFact(facts, (f) => success.test(f)),
      });
      for (const status of Object.keys(op.responses as Json).filter((s) => /^\d{3}$/.test(s)))
        items.push({
          area: AREAS.httpStatuses,
          key: `status ${operationId} ${status}`,
          label: `${label} answered ${status}`,
          producedBy: (facts) => facts.has(`http ${operationId} ${status}`),
        });
    }
  }
  return items;
}

/** What the two documents declare, in table order. */
export function specCoverageItems(): CoverageItem[] {
  const items = [...realtimeItems(readDocument('asyncapi.yaml')), ...httpItems(readDocument('openapi.yaml'))];
  // One allowlist names both documents' operations by operationId: a name in both would be ambiguous.
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.key))
      throw new Error(`spec coverage: ${item.key} is declared twice (in both documents?)`);
    seen.add(item.key);
  }
  return items;
}

export interface CoverageReport {
  rows: { area: string; covered: number; allowlisted: number; total: number }[];
  /** Not produced and not allowlisted: each fails an enforced run. */
  missing: CoverageItem[];
  /** Not produced, with the allowlist entry that excuses it. */
  excused: { item: CoverageItem; entry: AllowlistEntry }[];
  /** Allowlist entries that excuse nothing: they name nothing the spec declares, or only what the run produced. */
  stale: string[];
}

export function coverageReport(
  items: CoverageItem[],
  facts: ReadonlySet<string>,
  allowlist: readonly AllowlistEntry[],
): CoverageReport {
  const rows = new Map<string, CoverageReport['rows'][number]>();
  const missing: CoverageItem[] = [];
  const excused: CoverageReport['excused'] = [];
  const used = new Set<AllowlistEntry>();
  for (const item of items) {
    const row = rows.get(item.area) ?? { area: item.area, covered: 0, allowlisted: 0, total: 0 };
    rows.set(item.area, row);
    row.total++;
    if (item.producedBy(facts)) {
      row.covered++;
      continue;
    }
    const entry = allowlist.find((e) => e.matches(item.key));
    if (entry) {
      used.add(entry);
      row.allowlisted++;
      excused.push({ item, entry });
    } else missing.push(item);
  }
  const stale = allowlist
    .filter((e) => !used.has(e))
    .map((e) =>
      items.some((i) => e.matches(i.key))
        ? `${e.key}: produced by this run, so it needs no entry`
        : `${e.key}: the spec declares no such thing`,
    );
  return { rows: [...rows.values()], missing, excused, stale };
}

const percent = (n: number, total: number) => `${total === 0 ? '100.0' : ((100 * n) / total).toFixed(1)}%`;

/** The table `make test` prints, then what was not produced. */
export function formatReport(report: CoverageReport): string {
  const lines = [
    'Spec coverage: what the server produced during this run (src/transports/spec-coverage.ts)',
    '',
  ];
  const total = report.rows.reduce(
    (sum, r) => ({
      covered: sum.covered + r.covered,
      allowlisted: sum.allowlisted + r.allowlisted,
      total: sum.total + r.total,
    }),
    { covered: 0, allowlisted: 0, total: 0 },
  );
  const line = (area: string, r: { covered: number; allowlisted: number; total: number }) =>
    `  ${area.padEnd(24)} ${`${r.covered}/${r.total}`.padStart(9)} ${percent(r.covered, r.total).padStart(7)}` +
    `   ${String(r.allowlisted).padStart(11)}   ${percent(r.covered + r.allowlisted, r.total).padStart(11)}`;
  lines.push(
    `  ${'area'.padEnd(24)} ${'produced'.padStart(9)} ${'%'.padStart(7)}   ${'allowlisted'.padStart(11)}   ${'% with them'.padStart(11)}`,
  );
  for (const row of report.rows) lines.push(line(row.area, row));
  lines.push(line('total', total));
  const byArea = (title: string, entries: { area: string; text: string }[]) => {
    if (entries.length === 0) return;
    lines.push('', title);
    for (const row of report.rows) {
      const inArea = entries.filter((e) => e.area === row.area);
      if (inArea.length === 0) continue;
      lines.push(`  ${row.area}`);
      for (const e of inArea) lines.push(`    ${e.text}`);
    }
  };
  byArea(
    `Never produced, not in ${ALLOWLIST_PATH} (write a test, or an entry with the reason):`,
    report.missing.map((i) => ({ area: i.area, text: `${i.key}  (${i.label})` })),
  );
  // An entry with a wildcard excuses several items: it is printed once, with how many.
  const excusedBy = new Map<AllowlistEntry, CoverageItem[]>();
  for (const { item, entry } of report.excused) excusedBy.set(entry, [...(excusedBy.get(entry) ?? []), item]);
  if (excusedBy.size > 0) lines.push('', `Allowlisted in ${ALLOWLIST_PATH}:`);
  for (const [entry, excused] of excusedBy)
    lines.push(`  ${entry.key}${excused.length > 1 ? ` (${excused.length})` : ''}: ${entry.reason}`);
  if (report.stale.length > 0) lines.push('', `Stale entries in ${ALLOWLIST_PATH} (remove them):`);
  for (const stale of report.stale) lines.push(`  ${stale}`);
  return lines.join('\n');
}

/** One line for a run of a few files, which cannot be expected to cover the spec. */
export function summaryLine(report: CoverageReport): string {
  const covered = report.rows.reduce((n, r) => n + r.covered, 0);
  const total = report.rows.reduce((n, r) => n + r.total, 0);
  return `Spec coverage of this run: ${covered}/${total} (${percent(covered, total)}); the whole suite (make test) prints the table and enforces it.`;
}
