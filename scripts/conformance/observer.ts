import type { Json, SpecDocument } from './documents.js';
import type { ServerEvent } from './model.js';
import type { Results } from './results.js';

/**
 * Every event a server sends outside an answer, from every connection of the run: each must be one the
 * document declares for that server, with a payload valid against one of its messages. At the end,
 * declared events never seen are reported (a warning: the run may not have provoked them).
 */
export class EventObserver {
  private readonly declared = new Map<string, ServerEvent>();
  private readonly seen = new Map<string, number>();

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
    this.seen.set(key, (this.seen.get(key) ?? 0) + 1);
    const event = this.declared.get(key);
    const report = (problem: string) =>
      this.results.add({
        suite: 'events',
        operation: `${server} ${name}`,
        name: `on ${connection}`,
        outcome: 'failed',
        problems: [problem],
        detail: 'observed',
        durationMs: 0,
      });
    if (!event) {
      report(
        `undeclared event "${name}" on server ${server} (payload ${JSON.stringify(payload).slice(0, 200)})`,
      );
      return;
    }
    this.results.validated += 1;
    const misses: string[] = [];
    for (const message of event.messages) {
      const verdict = this.doc.validate(message.payloadPointer, payload);
      if (verdict.ok) return;
      misses.push(`${message.label}: ${verdict.errors}`);
    }
    report(`event "${name}" on ${server} does not match its declared payload: ${misses.join('; ')}`);
  }

  /** One case per declared event: passed when seen (and every one seen was valid), a warning when never seen. */
  finish(): void {
    for (const [key, event] of this.declared) {
      const count = this.seen.get(key) ?? 0;
      const failedBefore = this.results.cases.some(
        (c) => c.suite === 'events' && c.operation === key && c.outcome === 'failed',
      );
      if (failedBefore) continue;
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
