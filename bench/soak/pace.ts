/** What a request settled with when it did not answer in time. */
export const NO_ANSWER = Symbol('no answer');

/** The promise's value, or NO_ANSWER if it has not settled after `ms`; a rejection passes through. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof NO_ANSWER> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof NO_ANSWER>((resolve) => {
    timer = setTimeout(() => resolve(NO_ANSWER), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

export interface Loop {
  /** Stops starting ticks and resolves once the running one finished. */
  stop(): Promise<void>;
}

/**
 * Runs `tick` every `ms` (the first after `delayMs`) until stopped. A tick that takes longer than `ms`
 * delays the next instead of overlapping it: a slow server slows the load down, as it would a real client.
 */
export function every(
  ms: number,
  tick: () => Promise<void>,
  onError: (err: unknown) => void,
  delayMs = 0,
): Loop {
  let stopped = false;
  let wake = () => {};
  const pause = (wait: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const running = (async () => {
    if (delayMs > 0) await pause(delayMs);
    while (!stopped) {
      const started = Date.now();
      await tick().catch(onError);
      const wait = ms - (Date.now() - started);
      if (wait > 0 && !stopped) await pause(wait);
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      wake();
      await running;
    },
  };
}

/** Waits until `done()` holds, checking every 50 ms, for at most `ms`; resolves whether it held. */
export async function until(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return done();
}
