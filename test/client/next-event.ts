/**
 * The next value `subscribe` delivers that `match` accepts: a client's `on(event, fn)` (which returns the
 * function that stops it) turned into one awaited event.
 */
export function nextEvent<T>(
  subscribe: (fn: (payload: T) => void) => () => void,
  match: (payload: T) => boolean,
): Promise<T> {
  return new Promise((resolve) => {
    const stop = subscribe((payload) => {
      if (!match(payload)) return;
      stop();
      resolve(payload);
    });
  });
}
