import { collectDefaultMetrics, Registry } from 'prom-client';

/** The transports metrics are labelled by (`sse` is the next one). */
export type MetricsTransport = 'socketio' | 'rawws' | 'sse' | 'http';

/** What a label value becomes when the operation is not one of the spec's (an unknown event name). */
export const UNKNOWN = 'unknown';

// A metric holds at most this many label combinations; past it, new ones are counted under `overflow`.
// Every label value comes from the spec or the server's code, so this is never reached by design: it is
// the guarantee that a fault, ours or a client's, cannot grow the registry without bound.
const MAX_SERIES = 2000;
const OVERFLOW = 'overflow';

// Seconds: handlers answer in well under a millisecond from memory and in milliseconds from the database.
const LATENCY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5];
const BATCH_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

interface Sample {
  labels: Record<string, string>;
  value: number;
  metricName?: string;
}

/** The shape prom-client's Registry reads a metric through (its own metrics are the same duck). */
interface Exposed {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  aggregator: 'sum';
  get(): Promise<{ name: string; help: string; type: string; aggregator: string; values: Sample[] }>;
}

/** A series' cell: the hot path adds to a number, and the registry reads it when scraped. */
interface Cell {
  labels: Record<string, string>;
  value: number;
}

interface HistogramCell extends Cell {
  /** Observations per bucket (not cumulative; summed at scrape). */
  buckets: number[];
  sum: number;
}

/**
 * Series keyed by their label values. prom-client's own Counter and Histogram check and hash their
 * label object on every increment; here a series is found by one Map lookup of its joined values, and
 * the formatting is left to the scrape.
 */
abstract class Series<C extends Cell> implements Exposed {
  readonly aggregator = 'sum';
  // Cells by their label values, one Map level per label: found without building a key string.
  private readonly tree = new Map<string, unknown>();
  protected readonly cells: C[] = [];

  constructor(
    registry: Registry,
    readonly name: string,
    readonly help: string,
    private readonly labelNames: readonly string[],
  ) {
    registry.registerMetric(this as never);
  }

  abstract readonly type: Exposed['type'];
  protected abstract create(labels: Record<string, string>): C;
  protected abstract samples(cell: C): Sample[];

  protected cell(values: readonly string[]): C {
    let level = this.tree;
    const last = values.length - 1;
    for (let i = 0; i < last; i++) {
      let next = level.get(values[i] as string) as Map<string, unknown> | undefined;
      if (!next) {
        next = new Map();
        level.set(values[i] as string, next);
      }
      level = next;
    }
    const found = level.get(values[last] as string) as C | undefined;
    if (found) return found;
    if (this.cells.length >= MAX_SERIES && values.some((v) => v !== OVERFLOW))
      return this.cell(values.map(() => OVERFLOW));
    const cell = this.create(
      Object.fromEntries(this.labelNames.map((name, i) => [name, values[i] as string])),
    );
    level.set(values[last] as string, cell);
    this.cells.push(cell);
    return cell;
  }

  async get() {
    const values = this.cells.flatMap((cell) => this.samples(cell));
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }
}

class CounterSeries extends Series<Cell> {
  readonly type = 'counter';
  protected create(labels: Record<string, string>): Cell {
    return { labels, value: 0 };
  }
  protected samples(cell: Cell): Sample[] {
    return [cell];
  }
  inc(...values: string[]): void {
    this.cell(values).value += 1;
  }
}

class HistogramSeries extends Series<HistogramCell> {
  readonly type = 'histogram';

  constructor(
    registry: Registry,
    name: string,
    help: string,
    labelNames: readonly string[],
    private readonly bounds: readonly number[],
  ) {
    super(registry, name, help, labelNames);
  }

  protected create(labels: Record<string, string>): HistogramCell {
    return { labels, value: 0, sum: 0, buckets: new Array(this.bounds.length).fill(0) };
  }

  protected samples(cell: HistogramCell): Sample[] {
    let cumulative = 0;
    const buckets = this.bounds.map((le, i) => {
      cumulative += cell.buckets[i] as number;
      return {
        labels: { ...cell.labels, le: String(le) },
        value: cumulative,
        metricName: `${this.name}_bucket`,
      };
    });
    return [
      ...buckets,
      { labels: { ...cell.labels, le: '+Inf' }, value: cell.value, metricName: `${this.name}_bucket` },
      { labels: cell.labels, value: cell.sum, metricName: `${this.name}_sum` },
      { labels: cell.labels, value: cell.value, metricName: `${this.name}_count` },
    ];
  }

  observe(value: number, ...values: string[]): void {
    const cell = this.cell(values);
    cell.value += 1;
    cell.sum += value;
    for (let i = 0; i < this.bounds.length; i++)
      if (value <= (this.bounds[i] as number)) {
        (cell.buckets[i] as number) += 1;
        return;
      }
  }
}

/** A gauge read at scrape time from whatever holds the figure (the connection limiter, the pool). */
class GaugeReading implements Exposed {
  readonly type = 'gauge';
  readonly aggregator = 'sum';

  constructor(
    registry: Registry,
    readonly name: string,
    readonly help: string,
    private readonly read: () => Sample[],
  ) {
    registry.registerMetric(this as never);
  }

  async get() {
    return {
      name: this.name,
      help: this.help,
      type: this.type,
      aggregator: this.aggregator,
      values: this.read(),
    };
  }
}

/** Epoch milliseconds, below the millisecond: fan-out lag is stamped and read with it, across processes too. */
export const preciseNow = (): number => performance.timeOrigin + performance.now();

// Node's own metrics (CPU, memory, event-loop lag, GC, handles) belong to the process, not to a server:
// collected once, however many servers a process starts (tests start hundreds), each of which adds
// them to its scrape. collectDefaultMetrics starts an event-loop delay monitor and a GC observer that
// are never stopped: one per process, not one per server.
let processRegistry: Registry | undefined;

/**
 * This process's metrics, for Prometheus (`GET /metrics`). One per server (a process running several,
 * as tests do, keeps them apart). Recording is a Map lookup and an addition: label values are
 * operation names from the generated tables, event names and error codes from the spec, transports,
 * never what a client wrote; an unknown event is counted under `unknown`.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly framesIn = new CounterSeries(
    this.registry,
    'switchboard_frames_in_total',
    'Realtime frames received, by transport and operation (unknown: no operation of the spec).',
    ['transport', 'operation'],
  );
  private readonly framesOut = new CounterSeries(
    this.registry,
    'switchboard_frames_out_total',
    'Realtime frames sent to one connection (answers, events; a broadcast counts once per receiver), by transport and message.',
    ['transport', 'message'],
  );
  private readonly refusals = new CounterSeries(
    this.registry,
    'switchboard_refusals_total',
    'Requests answered with an error, by transport, operation and error code (the spec ErrorCode).',
    ['transport', 'operation', 'code'],
  );
  private readonly handlerSeconds = new HistogramSeries(
    this.registry,
    'switchboard_handler_duration_seconds',
    'Time to answer a request, by transport and operation: realtime from its handler being called; HTTP from the request read to the response set.',
    ['transport', 'operation'],
    LATENCY_BUCKETS,
  );
  private readonly httpRequests = new CounterSeries(
    this.registry,
    'switchboard_http_requests_total',
    'HTTP requests answered, by operation (unmatched: no route) and status.',
    ['operation', 'status'],
  );
  private readonly fanoutLag = new HistogramSeries(
    this.registry,
    'switchboard_fanout_delivery_lag_seconds',
    "Time from an event's publication to its hand-over to a transport's connections, by transport (once per event, not per receiver).",
    ['transport'],
    LATENCY_BUCKETS,
  );
  private readonly commitBatch = new HistogramSeries(
    this.registry,
    'switchboard_group_commit_batch_size',
    'Items committed in one transaction by group commit, by store.',
    ['store'],
    BATCH_BUCKETS,
  );
  private readonly commitSeconds = new HistogramSeries(
    this.registry,
    'switchboard_group_commit_duration_seconds',
    "A group commit's transaction, by store.",
    ['store'],
    LATENCY_BUCKETS,
  );

  constructor() {
    if (!processRegistry) {
      processRegistry = new Registry();
      collectDefaultMetrics({ register: processRegistry });
    }
  }

  frameIn(transport: MetricsTransport, operation: string | undefined): void {
    this.framesIn.inc(transport, operation ?? UNKNOWN);
  }

  frameOut(transport: MetricsTransport, message: string): void {
    this.framesOut.inc(transport, message);
  }

  refused(transport: MetricsTransport, operation: string | undefined, code: string): void {
    this.refusals.inc(transport, operation ?? UNKNOWN, code);
  }

  /** A request's handler answered; `started` is from performance.now(). */
  handled(transport: MetricsTransport, operation: string, started: number): void {
    this.handlerSeconds.observe((performance.now() - started) / 1000, transport, operation);
  }

  httpRequest(operation: string | undefined, status: number, started: number): void {
    const name = operation ?? 'unmatched';
    this.httpRequests.inc(name, String(status));
    this.handlerSeconds.observe((performance.now() - started) / 1000, 'http', name);
  }

  /** An event published at `publishedAt` (preciseNow) was handed to this transport's connections. */
  delivered(transport: MetricsTransport, publishedAt: number | undefined): void {
    // A publication relayed by a process of an older version has no stamp: not timed, rather than a NaN
    // that would stay in the histogram's sum until restart.
    if (publishedAt === undefined || !Number.isFinite(publishedAt)) return;
    this.fanoutLag.observe(Math.max(0, preciseNow() - publishedAt) / 1000, transport);
  }

  /** What a group commit reports of each transaction: its batch size and how long it took. */
  commits(store: string): (size: number, seconds: number) => void {
    return (size, seconds) => {
      this.commitBatch.observe(size, store);
      this.commitSeconds.observe(seconds, store);
    };
  }

  /** A gauge read when scraped: `read` returns its series as [labels, value] pairs. */
  gauge(name: string, help: string, read: () => [Record<string, string>, number][]): void {
    new GaugeReading(this.registry, name, help, () => read().map(([labels, value]) => ({ labels, value })));
  }

  readonly contentType = Registry.PROMETHEUS_CONTENT_TYPE;

  /** The exposition text: this server's series, then the process's. */
  async exposition(): Promise<string> {
    const [own, process] = await Promise.all([this.registry.metrics(), processRegistry?.metrics() ?? '']);
    return `${own}\n${process}`;
  }
}
