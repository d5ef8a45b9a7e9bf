/**
 * Latencies in buckets, mergeable across processes: 0.05 ms wide up to 50 ms, 1 ms wide up to 10 s,
 * then one overflow bucket. Millions of deliveries cost a fixed 11,001 counters.
 */
const FINE = 1000;
const FINE_WIDTH = 0.05;
const COARSE = 10_000;
export const BUCKETS = FINE + COARSE + 1;

export class Histogram {
  readonly counts: number[];
  count = 0;
  max = 0;

  constructor(counts?: readonly number[], max = 0) {
    this.counts = counts ? [...counts] : new Array<number>(BUCKETS).fill(0);
    this.count = this.counts.reduce((a, b) => a + b, 0);
    this.max = max;
  }

  record(ms: number): void {
    const value = Math.max(0, ms);
    const fine = Math.floor(value / FINE_WIDTH);
    const index = fine < FINE ? fine : Math.min(FINE + Math.floor(value - FINE * FINE_WIDTH), BUCKETS - 1);
    this.counts[index] = (this.counts[index] ?? 0) + 1;
    this.count += 1;
    if (value > this.max) this.max = value;
  }

  merge(other: Histogram): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i] = (this.counts[i] ?? 0) + (other.counts[i] ?? 0);
    this.count += other.count;
    this.max = Math.max(this.max, other.max);
  }

  /** The upper edge of the bucket holding the p-th percentile. */
  percentile(p: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i] ?? 0;
      if (seen >= rank)
        return Math.min(this.max, i < FINE ? (i + 1) * FINE_WIDTH : FINE * FINE_WIDTH + (i - FINE + 1));
    }
    return this.max;
  }

  summary(): { count: number; p50: number; p99: number; max: number } {
    return { count: this.count, p50: this.percentile(50), p99: this.percentile(99), max: this.max };
  }

  /** For IPC: only the buckets in use. */
  toJSON(): { sparse: [number, number][]; max: number } {
    const sparse: [number, number][] = [];
    this.counts.forEach((c, i) => {
      if (c > 0) sparse.push([i, c]);
    });
    return { sparse, max: this.max };
  }

  static fromJSON(json: { sparse: [number, number][]; max: number }): Histogram {
    const counts = new Array<number>(BUCKETS).fill(0);
    for (const [i, c] of json.sparse) counts[i] = c;
    return new Histogram(counts, json.max);
  }
}
