import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConnectionsResult } from '../workloads/connections.js';
import { type FanoutLimit, type FanoutResult, limitOf } from '../workloads/fanout.js';
import type { RoundTripResult } from '../workloads/roundtrip.js';
import { type ClusterResult, renderCluster } from './cluster-report.js';
import type { FdLimit } from './fd-limit.js';
import { renderScaling, type ScalingRow } from './scaling-report.js';
import { TARGET_LABELS, type TargetName } from './targets.js';
import type { Workload } from './workload-selection.js';

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');
const ORDER: TargetName[] = ['switchboard', 'switchboard-ws', 'socketio', 'ws'];

export interface BenchReport {
  date: string;
  mode: 'quick' | 'full';
  /** The workloads run, when `--only` chose a subset. */
  only?: Workload[];
  /** `openFiles`: the open-file limit of the servers and load generators (older reports have none). */
  machine: { cpus: string; node: string; os: string; pinned: boolean; openFiles?: FdLimit };
  settings: Record<string, number | readonly number[]>;
  targets: Partial<
    Record<
      TargetName,
      { fanout?: FanoutResult; roundTrip?: RoundTripResult; connections?: ConnectionsResult }
    >
  >;
  /**
   * "How cost grows": each row a cost at a few sizes, keyed as SCALING_ORDER lists them (`fanout`,
   * `connections`, … and `presence`, `chat` for Switchboard's own scripts). Older reports have none.
   */
  scaling?: Partial<Record<string, ScalingRow>>;
  /** Switchboard's own benchmarks, as their scripts wrote them. */
  switchboard: Record<string, unknown>;
}

/** The targets a report measured, in the table's order (an older report has no Switchboard /ws). */
const shownTargets = (report: BenchReport) => ORDER.filter((t) => report.targets[t] !== undefined);

/** One compared metric: how to read it from a target's results, and which way is better. */
interface Metric {
  label: string;
  unit: string;
  better: 'higher' | 'lower';
  read: (t: NonNullable<BenchReport['targets'][TargetName]>, name: TargetName) => number | undefined;
  /** The issue's target, as a ratio of Switchboard to bare Socket.IO. */
  target?: { ratio: number; text: string };
  /** The issue's target, as a ratio of Switchboard's /ws to raw ws. */
  wsTarget?: { ratio: number; text: string };
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

/**
 * Server CPU per 1,000 deliveries, compared at the highest ramp rate at which the targets all kept up
 * (or at the fixed rate, which every target ran, when they share none: the quick mode's ramp starts
 * high). When Switchboard /ws fell behind sooner than the others, it and raw ws get a row of their own,
 * so that no comparison is made at a rate where one side fell behind.
 */
function cpuMetrics(report: BenchReport): Metric[] {
  const measured = ORDER.filter((t) => report.targets[t]?.fanout);
  const row = (targets: readonly TargetName[], which: string): Metric => {
    const rate = commonRate(targets.map((t) => report.targets[t]?.fanout));
    return {
      label: `fan-out: server CPU per 1,000 deliveries at ${rate === undefined ? `the fixed ${report.settings.fixedRate}` : rate} msg/s${which}`,
      unit: 'ms',
      better: 'lower',
      read: (t, name) =>
        !targets.includes(name)
          ? undefined
          : rate === undefined
            ? t.fanout?.fixed.serverCpuMsPer1000
            : cpuAt(t.fanout, rate),
      wsTarget: { ratio: 1, text: '/ws ≤ 1.0×' },
    };
  };
  if (!measured.includes('switchboard-ws') || commonRate(fanoutsOf(report)) !== undefined)
    return [row(measured, '')];
  const others = measured.filter((t) => t !== 'switchboard-ws');
  return [
    ...(others.length > 1 ? [row(others, '')] : []),
    row(['switchboard-ws', 'ws'], ', Switchboard /ws and raw ws'),
  ];
}

function metricsFor(report: BenchReport): Metric[] {
  return [
    {
      label: 'fan-out: most deliveries/s that kept up',
      unit: '/s',
      better: 'higher',
      read: (t) => t.fanout?.maxSustained,
      target: { ratio: 0.8, text: '≥ 0.8×' },
    },
    ...cpuMetrics(report),
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
    { label: 'connections refused or failed', unit: '', better: 'lower', read: (t) => t.connections?.failed },
    {
      label: 'handshakes/s',
      unit: '/s',
      better: 'higher',
      read: (t) => t.connections?.handshakesPerSecond,
      target: { ratio: 0.8, text: '≥ 0.8×' },
    },
    {
      label: 'server CPU per handshake',
      unit: 'ms',
      better: 'lower',
      read: (t) => t.connections?.serverCpuMsPerHandshake,
    },
    {
      label: 'heap per connection',
      unit: 'KiB',
      better: 'lower',
      read: (t) => (t.connections ? t.connections.heapPerConnection / 1024 : undefined),
      target: { ratio: 1.2, text: '≤ 1.2×' },
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

/** The presence target (issue 16) holds for 1,000 receivers; a quick run's fewer say nothing of it. */
function presenceMet(p99: number | undefined, receivers: number | undefined): string {
  if (p99 === undefined || receivers === undefined) return '';
  if (receivers < 1000) return '(quick mode: fewer receivers)';
  return p99 <= 20 ? '✅' : '❌';
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

/** The table's ratio columns: each of Switchboard's transports over the baseline it is compared with. */
const RATIOS: { of: TargetName; to: TargetName; label: string; target: (m: Metric) => Metric['target'] }[] = [
  { of: 'switchboard', to: 'socketio', label: 'Switchboard ÷ Socket.IO', target: (m) => m.target },
  { of: 'switchboard-ws', to: 'ws', label: 'Switchboard /ws ÷ raw ws', target: (m) => m.wsTarget },
];

/** One target's figure over another's: Switchboard over bare Socket.IO, or its /ws over raw ws. */
function ratio(report: BenchReport, metric: Metric, of: TargetName, to: TargetName): number | undefined {
  const mine = report.targets[of] && metric.read(report.targets[of], of);
  const base = report.targets[to] && metric.read(report.targets[to], to);
  return mine === undefined || base === undefined || base === 0 || Number.isNaN(mine)
    ? undefined
    : mine / base;
}

function met(metric: Metric, target: Metric['target'], r: number | undefined): string {
  if (!target || r === undefined) return '';
  const ok = metric.better === 'higher' ? r >= target.ratio : r <= target.ratio;
  return `${target.text} ${ok ? '✅' : '❌'}`;
}

const times = (r: number | undefined) => (r === undefined ? '—' : `${r.toFixed(2)}×`);
const count = (n: number | 'unlimited') => (typeof n === 'number' ? n.toLocaleString('en-US') : n);

/** The open-file limit line of the header, when the report has it. */
function openFilesText(files: FdLimit | undefined): string {
  if (!files) return '';
  const raised = files.before !== files.soft ? ` (raised from ${count(files.before)})` : '';
  return ` Open files per server and load generator: ${count(files.soft)}${raised}, hard limit ${count(files.hard)}.`;
}

type Json = Record<string, unknown>;
const get = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), value);
const num = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** What the side-by-side workloads were, as far as the report ran them. */
function settingsText(report: BenchReport): string {
  const s = report.settings;
  const ran = (what: 'fanout' | 'connections' | 'roundTrip') =>
    Object.values(report.targets).some((t) => t?.[what] !== undefined);
  return [
    ran('fanout') &&
      `Fan-out: ${s.subscribers} subscribers in one room, ~100-byte JSON bodies, ${s.fixedRate} msg/s for ${s.seconds} s, then from ${s.rampStart} msg/s doubling` +
        `${report.targets['switchboard-ws']?.fanout ? ' (Switchboard /ws: the subscribers on its raw WebSocket, speaking its JSON envelope; the publisher on Socket.IO)' : ''}.`,
    ran('connections') &&
      `Connections: ${Number(s.connections).toLocaleString('en-US')} (Switchboard: authenticated, presence to followers).`,
    ran('roundTrip') && `Echo: ${s.echoRate}/s for ${s.echoSeconds} s.`,
    report.only && `Only ${report.only.join(', ')} (--only).`,
  ]
    .filter(Boolean)
    .join(' ');
}

export function renderMarkdown(report: BenchReport): string {
  const s = report.settings;
  const lines = [
    `### Switchboard next to its stack — ${report.date.slice(0, 10)} (${report.mode})`,
    '',
    `${report.machine.cpus}; Node ${report.machine.node}; ${report.machine.os}; server ${report.machine.pinned ? 'pinned to its own CPU' : 'not pinned'}.${openFilesText(report.machine.openFiles)} ${settingsText(report)}`,
    '',
  ];
  const shown = shownTargets(report);
  const ratios = RATIOS.filter((r) => shown.includes(r.of) && shown.includes(r.to));
  lines.push(
    `| metric | ${[...shown.map((t) => TARGET_LABELS[t]), ...ratios.map((r) => r.label)].join(' | ')} | target |`,
    `|---|${[...shown, ...ratios].map(() => '---:').join('|')}|---|`,
  );
  for (const metric of metricsFor(report)) {
    const values = shown.map((t) => {
      const entry = report.targets[t];
      return format(entry ? metric.read(entry, t) : undefined, metric.unit);
    });
    // Every cell empty: a workload --only left out.
    if (values.every((v) => v === '—')) continue;
    // RSS moves in pages and arenas: over a few hundred connections its difference is mostly noise.
    if (metric.label.startsWith('RSS') && report.mode === 'quick') {
      lines.push(
        `| ${metric.label} (noisy in quick mode) | ${[...values, ...ratios.map(() => '—')].join(' | ')} | |`,
      );
      continue;
    }
    const figures = ratios.map((r) => ratio(report, metric, r.of, r.to));
    const targets = ratios
      .map((r, i) => met(metric, r.target(metric), figures[i]))
      .filter(Boolean)
      .join('; ');
    lines.push(
      `| ${metric.label} (${metric.better} is better) | ${[...values, ...figures.map(times)].join(' | ')} | ${targets} |`,
    );
  }
  const sb = report.switchboard;
  const held = report.targets.switchboard?.connections;
  const connected = held?.connected ?? 0;
  const chat = num(get(sb.chatSqlite, 'perSecond'));
  lines.push('', '| Switchboard alone | figure | target |', '|---|---:|---|');
  if (held) {
    const files = report.machine.openFiles;
    lines.push(
      `| authenticated connections in one process (of ${held.attempted.toLocaleString('en-US')} attempted${files ? `, open-file limit ${count(files.soft)}` : ''}) | ${connected.toLocaleString('en-US')}${held.failed ? `, ${held.failed.toLocaleString('en-US')} failed` : ''} | ≥ 10,000 ${connected >= 10_000 ? '✅' : report.mode === 'quick' ? '(quick mode opens fewer)' : '❌'} |`,
    );
  }
  if (sb.chatSqlite) {
    lines.push(
      `| durable chat, SQLite: acknowledged messages/s | ${format(chat, '/s')} | ≥ 5,000 ${chat === undefined ? '' : chat >= 5000 ? '✅' : '❌'} |`,
    );
    // The store's own limit, measured in the same run (bench/lib/store-limit.ts): older reports have none.
    const ofLimit = num(get(sb.chatSqlite, 'ofLimit'));
    const limit = num(get(get(sb.chatSqlite, 'limit'), 'rowsPerSecond'));
    if (ofLimit !== undefined && limit !== undefined)
      lines.push(
        `| the same ÷ the store's limit (the same rows in transactions of 1,000 straight through the driver: ${format(limit, '/s')}) | ${ofLimit.toFixed(2)}× | ≥ 0.5× ${ofLimit >= 0.5 ? '✅' : '❌'} |`,
      );
    const pg = num(get(sb.chatPostgres, 'perSecond'));
    lines.push(
      `| durable chat, PostgreSQL: acknowledged messages/s | ${pg === undefined ? 'not run (DATABASE_URL unset)' : format(pg, '/s')} | |`,
    );
    const pgOfLimit = num(get(sb.chatPostgres, 'ofLimit'));
    if (pgOfLimit !== undefined)
      lines.push(`| the same ÷ PostgreSQL's limit, measured the same way | ${pgOfLimit.toFixed(2)}× | |`);
  }
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
  if (sb.presence)
    lines.push(
      `| presence: one change to ${get(sb.presence, 'receivers') ?? '?'} connections, each delivery p50 / p99 | ${format(num(get(presence, 'p50')), 'ms')} / ${format(num(get(presence, 'p99')), 'ms')} | p99 ≤ 20 ms ${presenceMet(num(get(presence, 'p99')), num(get(sb.presence, 'receivers')))} |`,
    );
  const db = get(sb.dbEvents, 'deliveryMs');
  if (sb.dbEvents)
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
  // Every row left out (--only): no table.
  if (lines.at(-1) === '|---|---:|---|') lines.splice(-3, 3);
  lines.push(...renderScaling(report.scaling, report.mode === 'quick'));
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
  const steps = shownTargets(report)
    .map((t) => {
      const f = report.targets[t]?.fanout;
      if (!f) return '';
      const ramp = f.ramp
        .map(
          (r) =>
            `${r.rate}/s → ${Math.round(r.deliveredPerSecond).toLocaleString('en-US')}/s, p99 ${format(r.latency.p99, 'ms')}, server ${percent(r.serverBusy)} / load ${percent(r.loadBusy)} busy${r.keptUp ? '' : ' (fell behind)'}`,
        )
        .join('; ');
      return `- ${TARGET_LABELS[t]} (${LIMITS[limitOf(f.ramp, report.machine.pinned)]}): ${ramp}`;
    })
    .filter(Boolean);
  if (steps.length)
    lines.push(
      '',
      'Fan-out ramp, publish rate → deliveries/s, with how busy the server and the load generators were (100% = all of their CPUs):',
      '',
      ...steps,
    );
  lines.push('');
  return lines.join('\n');
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A bar chart of each compared metric as a ratio to bare Socket.IO (= 1); Switchboard /ws's bar also
 * says its ratio to raw ws, what it is compared with.
 */
export function renderChart(report: BenchReport): string {
  const shown = shownTargets(report);
  const metrics = metricsFor(report).filter((m) =>
    shown.some((t) => m.read(report.targets[t] ?? {}, t) !== undefined),
  );
  const colors: Record<TargetName, string> = {
    switchboard: '#2b6cb0',
    'switchboard-ws': '#805ad5',
    socketio: '#718096',
    ws: '#38a169',
  };
  const rowHeight = 12 + shown.length * 18;
  const left = 290;
  const barArea = 480;
  // Room after the longest bar for its label; Switchboard /ws's also gives its ratio to raw ws.
  const width = left + barArea + (shown.includes('switchboard-ws') ? 170 : 90);
  const height = 70 + metrics.length * rowHeight;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12" role="img">`,
    `<title>Switchboard, bare Socket.IO and raw ws: each metric as a ratio to bare Socket.IO</title>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold">Switchboard next to bare Socket.IO and raw ws (${xml(report.date.slice(0, 10))}, ${report.mode}); bars relative to bare Socket.IO</text>`,
  ];
  shown.forEach((t, i) => {
    out.push(`<rect x="${12 + i * 170}" y="34" width="12" height="12" fill="${colors[t]}"/>`);
    out.push(`<text x="${30 + i * 170}" y="45">${xml(TARGET_LABELS[t])}</text>`);
  });
  metrics.forEach((metric, row) => {
    const y = 62 + row * rowHeight;
    // Bare Socket.IO is 1; in a row it has no figure for (Switchboard /ws's own), raw ws is.
    const base =
      (report.targets.socketio && metric.read(report.targets.socketio, 'socketio')) ??
      (report.targets.ws && metric.read(report.targets.ws, 'ws'));
    const values = shown.map((t) =>
      report.targets[t] ? metric.read(report.targets[t] ?? {}, t) : undefined,
    );
    const ratios = values.map((v) => (v === undefined || !base ? 0 : v / base));
    const scale = Math.max(1, ...ratios);
    out.push(`<text x="12" y="${y + 26}">${xml(metric.label)}</text>`);
    out.push(`<text x="12" y="${y + 41}" fill="#666">${metric.better} is better</text>`);
    shown.forEach((t, i) => {
      const w = ((ratios[i] ?? 0) / scale) * barArea;
      const by = y + 6 + i * 18;
      const toWs = t === 'switchboard-ws' ? ratio(report, metric, 'switchboard-ws', 'ws') : undefined;
      out.push(`<rect x="${left}" y="${by}" width="${w.toFixed(1)}" height="15" fill="${colors[t]}"/>`);
      out.push(
        `<text x="${left + w + 6}" y="${by + 12}">${xml(format(values[i], metric.unit))}${t === 'switchboard' && ratios[i] ? ` (${(ratios[i] ?? 0).toFixed(2)}×)` : ''}${toWs === undefined ? '' : ` (${toWs.toFixed(2)}× raw ws)`}</text>`,
      );
    });
    out.push(
      `<line x1="${left + barArea / scale}" y1="${y + 2}" x2="${left + barArea / scale}" y2="${y + rowHeight - 4}" stroke="#999" stroke-dasharray="3,3"/>`,
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
