import { type ActionOperation, actions } from '../../../generated/socketio.js';
import type { ActionCaller, HandlerContext } from '../../handlers/context.js';
import { ApiError } from '../errors.js';

export interface ActionLimits {
  /** A caller's actions running at once (actionhero's `simultaneousActions`); the next is refused. */
  maxInFlight: number;
  /** How long an action may run before it is answered `TIMEOUT`. */
  timeoutMs: number;
}

/**
 * Runs actions for every transport, under the same two limits: at most `maxInFlight` of one caller's
 * actions at once (a connection's, or over HTTP a session's), refused past that rather than queued, as
 * actionhero does, so a client cannot park work on the server; and a deadline, after which the caller
 * gets `TIMEOUT` and the handler's signal aborts. The payload is validated by the transport (each names
 * fields in its own terms); the reply is the transport's to check against the spec too. In core/, not in
 * a transport: all three run actions through the one runner in `Services`.
 */
export class ActionRunner {
  // Callers with actions under way, and how many: an entry leaves with its last action.
  private readonly running = new Map<string, number>();

  /**
   * @param table the actions by name, for the transports that call them by name (`/ws`, HTTP): the
   * spec's, unless a test serves others (ServerOptions.socketOperations).
   */
  constructor(
    private readonly limits: ActionLimits,
    private table: ReadonlyMap<string, ActionOperation> = actions,
  ) {}

  /** The action of this name, if there is one. */
  get(name: string): ActionOperation | undefined {
    return this.table.get(name);
  }

  /** Serves these actions by name instead (a test's table, with the spec's operations and its own). */
  serve(table: ReadonlyMap<string, ActionOperation>): void {
    this.table = table;
  }

  /** Runs `op` for `caller`; `base` is the transport's context (services, the caller's logger). */
  async run(
    op: ActionOperation,
    payload: unknown,
    caller: ActionCaller,
    base: HandlerContext,
  ): Promise<unknown> {
    const { services, log } = base;
    const key = caller.connectionId ?? `session:${caller.sessionId}`;
    const count = this.running.get(key) ?? 0;
    if (count >= this.limits.maxInFlight)
      throw new ApiError(
        'LIMIT_REACHED',
        `${this.limits.maxInFlight} actions of this ${caller.connectionId ? 'connection' : 'session'} are running (MAX_ACTIONS_IN_FLIGHT): wait for one to answer`,
        '',
      );
    this.running.set(key, count + 1);
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort();
        reject(
          new ApiError(
            'TIMEOUT',
            `${op.event} did not finish within ${this.limits.timeoutMs} ms (ACTION_TIMEOUT_MS)`,
            '',
          ),
        );
      }, this.limits.timeoutMs);
    });
    const work = Promise.resolve().then(() =>
      op.handler(payload, { services, log, caller, signal: abort.signal }),
    );
    // A handler that fails after its deadline has nobody to answer: its failure is only logged.
    work.catch((err) => {
      if (abort.signal.aborted) log.warn({ err, action: op.event }, 'action failed after its timeout');
    });
    try {
      return await Promise.race([work, deadline]);
    } finally {
      clearTimeout(timer);
      const left = (this.running.get(key) ?? 1) - 1;
      if (left === 0) this.running.delete(key);
      else this.running.set(key, left);
    }
  }

  /** Callers with actions running (a leak check for tests). */
  get callers(): number {
    return this.running.size;
  }
}
