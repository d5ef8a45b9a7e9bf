import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConnectionsResult } from '../workloads/connections.js';
import { type FanoutLimit, type FanoutResult, limitOf } from '../workloads/fanout.js';
import type { RoundTripResult } from '../workloads/roundtrip.js';
import { type ClusterResult, renderCluster } from './cluster-report.js';
import { TARGET_LABELS, type TargetName } from './targets.js';

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');
const ORDER: TargetName[] = ['switchboard', 'socketio', 'ws'];

export interface BenchReport {
  date: string;
  mode: 'quick' | 'full';
  machine: { cpus: string; node: string; os: string; pinned: boolean };
  settings: Record<string, number>;
  targets: Partial<
    Record<
      TargetName,
      { fanout?: FanoutResult; roundTrip?: RoundTripResult; connections?: ConnectionsResult }
    >
  >;
  /** Switchboard's own benchmarks, as their scripts wrote them. */
  switchboard: Record<string, unknown>;
}

/** One compared metric: how to read it from a target's results, and which way is better. */
interface Metric {
  label: string;
  unit: string;
  better: 'higher' | 'lower';
  read: (t: NonNullable<BenchReport['targets'][TargetName]>) => number | undefined;
  /** The issue's target, as a ratio to bare Socket.IO. */
  target?: { ratio: number; text: string };
}

/** The highest publish rate at which all of these fan-outs kept up: where their costs are compared. */
function commonRate(fanouts: readonly (FanoutResult | undefined)[]): number | undefined {
  const kept = fanouts
    .filter((f): f is FanoutResult => f !== undefined)
    .map((f) => new Set(f.ramp.filter((r) => r.keptUp).map((r) => r.rate)));
  const [first, ...rest] = kept;
  const rates = [...(first ?? [])].filter((r) => rest.every((k) => k.has(r)));
  return rates.length ? Math.max(...rates) : undefined;
}

const fanoutsOf = (report: BenchReport) => ORDER.map((t) => report.targets[t]?.fanout);

const cpuAt = (f: FanoutResult | undefined, rate: number | undefined) =>
  f?.ramp.find((r) => r.rate === rate)?.serverCpuMsPer1000;

function metricsFor(report: BenchReport): Metric[] {
  const rate = commonRate(fanoutsOf(report));
  return [
    {
      label: 'fan-out: most deliveries/s that kept up',
      unit: '/s',
      better: 'higher',
      read: (t) => t.fanout?.maxSustained,
      target: { ratio: 0.8, text: '≥ 0.8×' },
    },
    {
      label: `fan-out: server CPU per 1,000 deliveries at ${rate ?? '?'} msg/s`,
      unit: 'ms',
      better: 'lower',
      read: (t) => cpuAt(t.fanout, rate),
    },
    {
      label: 'fan-out at a fixed rate: p50',
      unit: 'ms',
      better: 'lower',
      read: (t) => t.fanout?.fixed.latency.p50,
    },
    {
      label: 'fan-out at a fixed rate: p99',
      unit: 'ms',
      better: 'lower',
      read: (t) => t.fanout?.fixed.latency.p99,
    },
    {
      label: 'fan-out at a fixed rate: max',
      unit: 'ms',
      better: 'lower',
      read: (t) => t.fanout?.fixed.latency.max,
    },
    { label: 'connections held', unit: '', better: 'higher', read: (t) => t.connections?.connected },
    { label: 'handshakes/s', unit: '/s', better: 'higher', read: (t) => t.connections?.handshakesPerSecond },
    {
      label: 'heap per connection',
      unit: 'KiB',
      better: 'lower',
      read: (t) => (t.connections ? t.connections.heapPerConnection / 1024 : undefined),
      target: { ratio: 1.5, text: '≤ 1.5×' },
    },
    {
      label: 'RSS per connection',
      unit: 'KiB',
      better: 'lower',
      read: (t) => (t.connections ? t.connections.rssPerConnection / 1024 : undefined),
    },
    { label: 'echo round trip: p50', unit: 'ms', better: 'lower', read: (t) => t.roundTrip?.latency.p50 },
    { label: 'echo round trip: p99', unit: 'ms', better: 'lower', read: (t) => t.roundTrip?.latency.p99 },
  ];
}

function format(value: number | undefined, unit: string): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  const text =
    unit === 'ms'
      ? value.toFixed(value < 10 ? 2 : 1)
      : unit === 'KiB'
        ? value.toFixed(1)
        : Math.round(value).toLocaleString('en-US');
  return unit && unit !== '/s' ? `${text} ${unit}` : unit === '/s' ? `${text}/s` : text;
}

function ratio(report: BenchReport, metric: Metric): number | undefined {
  const mine = report.targets.switchboard && metric.read(report.targets.switchboard);
  const base = report.targets.socketio && metric.read(report.targets.socketio);
  return mine === undefined || base === undefined || base === 0 ? undefined : mine / base;
}

function met(metric: Metric, r: number | undefined): string {
  if (!metric.target || r === undefined) return '';
  const ok = metric.better === 'higher' ? r >= metric.target.ratio : r <= metric.target.ratio;
  return `${metric.target.text} ${ok ? '✅' : '❌'}`;
}

type Json = Record<string, unknown>;
const get = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), value);
const num = (value: unknown) => (typeof value === 'number' ? value : undefined);

export function renderMarkdown(report: BenchReport): string {
  const s = report.settings;
  const lines = [
    `### Switchboard next to its stack — ${report.date.slice(0, 10)} (${report.mode})`,
    '',
    `${report.machine.cpus}; Node ${report.machine.node}; ${report.machine.os}; server ${report.machine.pinned ? 'pinned to its own CPU' : 'not pinned'}. ` +
      `Fan-out: ${s.subscribers} subscribers in one room, ~100-byte JSON bodies, ${s.fixedRate} msg/s for ${s.seconds} s, then from ${s.rampStart} msg/s doubling. ` +
      `Connections: ${Number(s.connections).toLocaleString('en-US')} (Switchboard: authenticated, presence to followers). Echo: ${s.echoRate}/s for ${s.echoSeconds} s.`,
    '',
    `| metric | ${ORDER.map((t) => TARGET_LABELS[t]).join(' | ')} | Switchboard ÷ Socket.IO | target |`,
    `|---|${ORDER.map(() => '---:').join('|')}|---:|---|`,
  ];
  for (const metric of metricsFor(report)) {
    const values = ORDER.map((t) => {
      const entry = report.targets[t];
      return format(entry ? metric.read(entry) : undefined, metric.unit);
    });
    const r = ratio(report, metric);
    // RSS moves in pages and arenas: over a few hundred connections its difference is mostly noise.
    if (metric.label.startsWith('RSS') && report.mode === 'quick') {
      lines.push(`| ${metric.label} (noisy in quick mode) | ${values.join(' | ')} | — | |`);
      continue;
    }
    lines.push(
      `| ${metric.label} (${metric.better} is better) | ${values.join(' | ')} | ${r === undefined ? '—' : `${r.toFixed(2)}×`} | ${met(metric, r)} |`,
    );
  }
  const sb = report.switchboard;
  const connected = report.targets.switchboard?.connections?.connected ?? 0;
  const chat = num(get(sb.chatSqlite, 'perSecond'));
  lines.push(
    '',
    '| Switchboard alone | figure | target |',
    '|---|---:|---|',
    `| authenticated connections in one process | ${connected.toLocaleString('en-US')} | ≥ 10,000 ${connected >= 10_000 ? '✅' : report.mode === 'quick' ? '(quick mode opens fewer)' : '❌'} |`,
    `| durable chat, SQLite: acknowledged messages/s | ${format(chat, '/s')} | ≥ 5,000 ${chat === undefined ? '' : chat >= 5000 ? '✅' : '❌'} |`,
  );
  const pg = num(get(sb.chatPostgres, 'perSecond'));
  lines.push(
    `| durable chat, PostgreSQL: acknowledged messages/s | ${pg === undefined ? 'not run (DATABASE_URL unset)' : format(pg, '/s')} | |`,
  );
  const ephemeral = sb.fanoutEphemeral as FanoutResult | undefined;
  const persistent = report.targets.switchboard?.fanout;
  if (ephemeral && persistent) {
    const rate = commonRate([persistent, ephemeral]);
    lines.push(
      `| fan-out to ${ephemeral.subscribers}, persistent room vs ephemeral (no storage): most deliveries/s that kept up | ${format(persistent.maxSustained, '/s')} vs ${format(ephemeral.maxSustained, '/s')} | |`,
      `| the same at ${s.fixedRate} msg/s: p50 / p99 | ${format(persistent.fixed.latency.p50, 'ms')} / ${format(persistent.fixed.latency.p99, 'ms')} vs ${format(ephemeral.fixed.latency.p50, 'ms')} / ${format(ephemeral.fixed.latency.p99, 'ms')} | |`,
      `| the same at ${rate ?? '?'} msg/s: server CPU per 1,000 deliveries | ${format(cpuAt(persistent, rate), 'ms')} vs ${format(cpuAt(ephemeral, rate), 'ms')} | |`,
    );
  }
  const presence = get(sb.presence, 'deliveryMs');
  lines.push(
    `| presence: one change to ${get(sb.presence, 'receivers') ?? '?'} connections, each delivery p50 / p99 | ${format(num(get(presence, 'p50')), 'ms')} / ${format(num(get(presence, 'p99')), 'ms')} | |`,
  );
  const db = get(sb.dbEvents, 'deliveryMs');
  lines.push(
    `| database: REST write → event at ${get(sb.dbEvents, 'subscribers') ?? '?'} subscribers, p50 / p99 | ${format(num(get(db, 'p50')), 'ms')} / ${format(num(get(db, 'p99')), 'ms')} | |`,
  );
  const rows = get(sb.connectionMemory, 'rows');
  if (Array.isArray(rows)) {
    const of = (transport: string) =>
      num(
        get(
          rows.find((r) => get(r, 'transport') === transport),
          'heapPerConnection',
        ),
      );
    const raw = of('raw');
    const sio = of('socketio');
    lines.push(
      `| idle heap per authenticated connection (${get(sb.connectionMemory, 'connections')}), raw /ws vs Socket.IO | ${format(raw === undefined ? undefined : raw / 1024, 'KiB')} vs ${format(sio === undefined ? undefined : sio / 1024, 'KiB')} | |`,
    );
  }
  const cluster = sb.cluster as ClusterResult | { failed: string } | undefined;
  if (cluster && 'rounds' in cluster) lines.push('', ...renderCluster(cluster));
  else if (cluster)
    lines.push('', `Cross-process delivery: not measured (bench/cluster.ts: ${cluster.failed}).`);
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const LIMITS: Record<FanoutLimit, string> = {
    server: 'the server was the limit',
    load: 'the load generators were the limit, so this is a floor of what the server can do',
    both: 'the server and the load generators were both saturated',
    neither: 'neither side was saturated: latency, not CPU, was the limit',
    none: 'it kept up at every rate tried',
    unknown: 'nothing was pinned, so which side was the limit is not known',
  };
  const steps = ORDER.map((t) => {
    const f = report.targets[t]?.fanout;
    if (!f) return '';
    const ramp = f.ramp
      .map(
        (r) =>
          `${r.rate}/s → ${Math.round(r.deliveredPerSecond).toLocaleString('en-US')}/s, p99 ${format(r.latency.p99, 'ms')}, server ${percent(r.serverBusy)} / load ${percent(r.loadBusy)} busy${r.keptUp ? '' : ' (fell behind)'}`,
      )
      .join('; ');
    return `- ${TARGET_LABELS[t]} (${LIMITS[limitOf(f.ramp, report.machine.pinned)]}): ${ramp}`;
  }).filter(Boolean);
  lines.push(
    '',
    'Fan-out ramp, publish rate → deliveries/s, with how busy the server and the load generators were (100% = all of their CPUs):',
    '',
    ...steps,
    '',
  );
  return lines.join('\n');
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A bar chart of each compared metric as a ratio to bare Socket.IO (= 1). */
export function renderChart(report: BenchReport): string {
  const metrics = metricsFor(report).filter((m) =>
    ORDER.some((t) => report.targets[t] && m.read(report.targets[t] ?? {}) !== undefined),
  );
  const colors: Record<TargetName, string> = { switchboard: '#2b6cb0', socketio: '#718096', ws: '#38a169' };
  const rowHeight = 66;
  const left = 290;
  const width = 860;
  const barArea = width - left - 90;
  const height = 70 + metrics.length * rowHeight;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12" role="img">`,
    `<title>Switchboard, bare Socket.IO and raw ws: each metric as a ratio to bare Socket.IO</title>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold">Switchboard next to bare Socket.IO and raw ws (${xml(report.date.slice(0, 10))}, ${report.mode}); bars relative to bare Socket.IO</text>`,
  ];
  ORDER.forEach((t, i) => {
    out.push(`<rect x="${12 + i * 170}" y="34" width="12" height="12" fill="${colors[t]}"/>`);
    out.push(`<text x="${30 + i * 170}" y="45">${xml(TARGET_LABELS[t])}</text>`);
  });
  metrics.forEach((metric, row) => {
    const y = 62 + row * rowHeight;
    const base = report.targets.socketio ? metric.read(report.targets.socketio) : undefined;
    const values = ORDER.map((t) => (report.targets[t] ? metric.read(report.targets[t] ?? {}) : undefined));
    const ratios = values.map((v) => (v === undefined || !base ? 0 : v / base));
    const scale = Math.max(1, ...ratios);
    out.push(`<text x="12" y="${y + 26}">${xml(metric.label)}</text>`);
    out.push(`<text x="12" y="${y + 41}" fill="#666">${metric.better} is better</text>`);
    ORDER.forEach((t, i) => {
      const w = ((ratios[i] ?? 0) / scale) * barArea;
      const by = y + 6 + i * 18;
      out.push(`<rect x="${left}" y="${by}" width="${w.toFixed(1)}" height="15" fill="${colors[t]}"/>`);
      out.push(
        `<text x="${left + w + 6}" y="${by + 12}">${xml(format(values[i], metric.unit))}${t === 'switchboard' && ratios[i] ? ` (${(ratios[i] ?? 0).toFixed(2)}×)` : ''}</text>`,
      );
    });
    out.push(
      `<line x1="${left + barArea / scale}" y1="${y + 2}" x2="${left + barArea / scale}" y2="${y + 62}" stroke="#999" stroke-dasharray="3,3"/>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** Writes latest.{json,md,svg}, and a dated copy under reference/ when asked. */
export function writeReport(
  report: BenchReport,
  markdown: string,
  svg: string,
  reference: boolean,
): string[] {
  mkdirSync(RESULTS, { recursive: true });
  const written: string[] = [];
  const put = (file: string, text: string) => {
    writeFileSync(file, text);
    written.push(path.relative(process.cwd(), file));
  };
  const targets = [path.join(RESULTS, 'latest')];
  if (reference) {
    mkdirSync(path.join(RESULTS, 'reference'), { recursive: true });
    targets.push(path.join(RESULTS, 'reference', report.date.slice(0, 10)));
  }
  for (const base of targets) {
    put(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
    put(`${base}.md`, markdown);
    put(`${base}.svg`, svg);
  }
  return written;
}
