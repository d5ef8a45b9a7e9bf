import type { Json, SpecDocument } from './documents.js';
import type { ServerEvent } from './model.js';
import type { Results } from './results.js';

// A server may send any number of events: each distinct fault is one case (with how often it came), and
// past this many distinct ones the rest are counted in a last case, so a flood cannot grow the report.
export const MAX_EVENT_FAULTS = 50;

interface Fault {
  server: string;
  name: string;
  problem: string;
  connection: string;
  count: number;
}

/**
 * Every event a server sends outside an answer, from every connection of the run: each must be one the
 * document declares for that server, with a payload valid against one of its messages. At the end, each
 * fault is reported once per (server, event name), and declared events never seen are reported (a
 * warning: the run may not have provoked them).
 */
export class EventObserver {
  private readonly declared = new Map<string, ServerEvent>();
  private readonly seen = new Map<string, number>();
  private readonly faults = new Map<string, Fault>();
  /** Faulty events past MAX_EVENT_FAULTS distinct ones. */
  private overflow = 0;

  constructor(
    private readonly doc: SpecDocument,
    events: ServerEvent[],
    private readonly results: Results,
  ) {
    for (const event of events) this.declared.set(`${event.server} ${event.name}`, event);
  }

  isDeclared(server: string, name: string): boolean {
    return this.declared.has(`${server} ${name}`);
  }

  /** Counts an event as seen that arrived as an answer (a raw `error` envelope) and was checked there. */
  markSeen(server: string, name: string): void {
    const key = `${server} ${name}`;
    if (this.declared.has(key)) this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
  }

  /** One event as it arrived; `connection` says which connection of the run saw it. */
  observe(server: string, name: string, payload: Json, connection: string): void {
    const key = `${server} ${name}`;
    const event = this.declared.get(key);
    if (!event) {
      this.fault(key, { server, name, connection }, () => {
        const snippet = JSON.stringify(payload)?.slice(0, 200) ?? String(payload);
        return `undeclared event "${name}" on server ${server} (payload ${snippet})`;
      });
      return;
    }
    this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
    this.results.validated += 1;
    const misses: string[] = [];
    for (const message of event.messages) {
      const verdict = this.doc.validate(message.payloadPointer, payload);
      if (verdict.ok) return;
      misses.push(`${message.label}: ${verdict.errors}`);
    }
    this.fault(
      key,
      { server, name, connection },
      () => `event "${name}" on ${server} does not match its declared payload: ${misses.join('; ')}`,
    );
  }

  /** Records a fault once per (server, event name); the problem text is made only for the first. */
  private fault(key: string, where: Omit<Fault, 'problem' | 'count'>, problem: () => string): void {
    const known = this.faults.get(key);
    if (known) known.count += 1;
    else if (this.faults.size < MAX_EVENT_FAULTS)
      this.faults.set(key, { ...where, problem: problem(), count: 1 });
    else this.overflow += 1;
  }

  /**
   * One case per faulty event (with how many came), one for the faults past the cap, and one per
   * declared event without faults: passed when seen, a warning when never seen.
   */
  finish(): void {
    for (const [key, fault] of this.faults)
      this.results.add({
        suite: 'events',
        operation: key,
        name: `on ${fault.connection}`,
        outcome: 'failed',
        problems: [fault.count > 1 ? `${fault.problem} (${fault.count} times)` : fault.problem],
        detail: 'observed',
        durationMs: 0,
      });
    if (this.overflow > 0)
      this.results.add({
        suite: 'events',
        operation: 'more events',
        name: 'observed',
        outcome: 'failed',
        problems: [
          `${this.overflow} more faulty events, past the ${MAX_EVENT_FAULTS} distinct ones listed (not named)`,
        ],
        detail: 'observed',
        durationMs: 0,
      });
    for (const [key, event] of this.declared) {
      if (this.faults.has(key)) continue;
      const count = this.seen.get(key) ?? 0;
      if (count === 0 && event.unobservable) {
        this.results.add({
          suite: 'events',
          operation: key,
          name: 'observed',
          outcome: 'skipped',
          problems: [],
          detail: `not expected in a run: ${event.unobservable}`,
          durationMs: 0,
        });
        continue;
      }
      this.results.add({
        suite: 'events',
        operation: key,
        name: 'observed',
        outcome: count > 0 ? 'passed' : 'warning',
        problems:
          count > 0
            ? []
            : [
                `declared event "${event.name}" (${event.operationIds.join(', ')}` +
                  `${event.audiences.length ? `, to ${event.audiences.join(', ')}` : ''}) was never seen`,
              ],
        detail: `${count} seen`,
        durationMs: 0,
      });
    }
  }
}
