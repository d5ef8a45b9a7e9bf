/**
 * One row of "How cost grows": a cost measured at a few sizes (subscribers, connections, followers,
 * senders…) of the same workload. `per: 'unit'` is a cost per delivery or per connection, which stays
 * flat when the total grows linearly; `per: 'total'` is a cost of the whole (a time to reach everyone,
 * say), which grows with the size when it grows linearly.
 */
export interface ScalingRow {
  /** What is measured, as the table says it: "fan-out, Switchboard: server CPU per 1,000 deliveries". */
  label: string;
  /** The figures' unit ('ms', 'KiB', '/s' or '' for a count). */
  unit: string;
  /** What the sizes count: "subscribers", "connections", "followers", "senders". */
  sizeUnit: string;
  per: 'unit' | 'total';
  points: { size: number; value: number }[];
  /** Under what conditions, for the reader ("at 20,000 deliveries/s"). */
  note?: string;
}

/**
 * The rows report.scaling may hold, in the order the table shows them. `presence` and `chat` are Switchboard's
 * own scripts' (bench/presence-fanout.ts at several follower counts, bench/chat-throughput.ts at several
 * sender counts), for the lead to fill in; a key not listed here is shown after these.
 */
export const SCALING_ORDER = [
  'fanout',
  'fanoutSocketio',
  'connections',
  'connectionsSocketio',
  'presence',
  'chat',
] as const;

/** Past this, from the smallest size to any larger one, a row grows faster than linearly. */
export const SUPERLINEAR = 1.25;

/** How much the cost per unit grew, smallest size to the worst larger one (1 = linear growth of the total). */
export function growthOf(row: ScalingRow): number | undefined {
  const [first, ...rest] = [...row.points].sort((a, b) => a.size - b.size);
  if (!first || rest.length === 0 || !(first.value > 0)) return undefined;
  const perUnit = (p: { size: number; value: number }) => (row.per === 'unit' ? p.value : p.value / p.size);
  const base = perUnit(first);
  return Math.max(...rest.map((p) => perUnit(p) / base));
}

const number = (value: number) => value.toLocaleString('en-US');

function figure(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'ms') return value.toFixed(value < 10 ? 2 : 1);
  if (unit === 'KiB') return value.toFixed(1);
  return number(Math.round(value));
}

/** The "How cost grows" table, or nothing when no row was measured. */
export function renderScaling(
  rows: Partial<Record<string, ScalingRow>> | undefined,
  quick: boolean,
): string[] {
  if (!rows) return [];
  const keys = [
    ...SCALING_ORDER.filter((k) => rows[k]),
    ...Object.keys(rows).filter((k) => !(SCALING_ORDER as readonly string[]).includes(k)),
  ];
  const lines: string[] = [];
  for (const key of keys) {
    const row = rows[key];
    if (!row || row.points.length === 0) continue;
    const points = [...row.points].sort((a, b) => a.size - b.size);
    const growth = growthOf(row);
    const verdict =
      growth === undefined
        ? '—'
        : `${growth.toFixed(2)}× ${growth > SUPERLINEAR ? '⚠️ faster than linear' : '(linear or better)'}`;
    const unit = row.unit && row.unit !== '/s' ? ` ${row.unit}` : row.unit;
    lines.push(
      `| ${row.label}${row.note ? ` ${row.note}` : ''} | ${points.map((p) => number(p.size)).join(' / ')} ${row.sizeUnit} | ${points.map((p) => figure(p.value, row.unit)).join(' / ')}${unit} | ${verdict} |`,
    );
  }
  if (lines.length === 0) return [];
  return [
    '',
    `How cost grows${quick ? ' (quick mode: small sizes, indicative only)' : ''}: each cost at a few sizes of the same workload; the last column is the cost per unit (per delivery, per connection…) at the worst larger size over the smallest, so 1.00× is linear growth of the total, and above ${SUPERLINEAR}× it is flagged as faster than linear.`,
    '',
    '| cost | sizes | figures | per unit: worst larger size ÷ smallest |',
    '|---|---:|---:|---|',
    ...lines,
  ];
}
