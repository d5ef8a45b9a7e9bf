import { EventSource } from 'eventsource';
import { outboundSseValidators } from '../../generated/sse.js';
import type { TestServer } from './server.js';

/** One event as the EventSource delivered it. */
export interface Received {
  event: string;
  data: unknown;
  /** The EventSource's last event id when it was delivered (an event without `id:` keeps the previous one). */
  lastEventId: string;
}

export interface SseOptions {
  /** Sent as `Authorization: Bearer …` (a ticket goes in the query instead). */
  token?: string;
  /** Sent as the `Last-Event-ID` header of the first request. */
  lastEventId?: string;
}

/**
 * A real EventSource (the `eventsource` package, as browsers behave) on GET /api/events, recording every
 * event the spec's `sse` channel names, in order. `next` waits for one; nothing here waits for a while.
 */
export class SseClient {
  readonly events: Received[] = [];
  /** The HTTP status of a refused opening or reconnection, or the error's message, in order. */
  readonly errors: { code?: number; message?: string }[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(readonly source: EventSource) {
    for (const event of Object.keys(outboundSseValidators))
      source.addEventListener(event, (e) => {
        this.events.push({ event, data: JSON.parse(e.data), lastEventId: e.lastEventId });
        this.wake();
      });
    source.addEventListener('error', (e) => {
      this.errors.push({ code: e.code, message: e.message });
      this.wake();
    });
  }

  static open(server: Pick<TestServer, 'url'>, query: string, opts: SseOptions = {}): SseClient {
    let first = true;
    const source = new EventSource(`${server.url}/api/events?${query}`, {
      fetch: (input, init) => {
        const headers: Record<string, string> = { ...(init?.headers as Record<string, string>) };
        if (opts.token) headers.authorization = `Bearer ${opts.token}`;
        if (first && opts.lastEventId !== undefined) headers['last-event-id'] = opts.lastEventId;
        first = false;
        return fetch(input, { ...init, headers });
      },
    });
    return new SseClient(source);
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Resolves once `check` finds what it looks for in what arrived (now or later). */
  until<T>(check: () => T | undefined): Promise<T> {
    const found = check();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve) => {
      const waiter = () => {
        const value = check();
        if (value === undefined) return;
        this.waiters.delete(waiter);
        resolve(value);
      };
      this.waiters.add(waiter);
    });
  }

  /** The first event named `event` (after `from`, an index in `events`) that `match` accepts. */
  next<T = unknown>(
    event: string,
    match: (data: T) => boolean = () => true,
    from = 0,
  ): Promise<Received & { data: T }> {
    return this.until(
      () =>
        this.events.slice(from).find((e) => e.event === event && match(e.data as T)) as
          | (Received & { data: T })
          | undefined,
    );
  }

  /** The next refusal or failure, after the `from` first. */
  error(from = 0): Promise<{ code?: number; message?: string }> {
    return this.until(() => this.errors[from]);
  }

  close(): void {
    this.source.close();
  }
}
