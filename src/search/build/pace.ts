/**
 * Lets the event loop run now and then during long synchronous work, so that data for the
 * Pagefind process (written to its stdin) keeps flowing while this process builds the lunr
 * corpus: both then work at the same time on different cores.
 */
export type Pace = () => Promise<void> | void;

/** `signal`: once aborted, the next pause throws, which ends the work that paces itself. */
export function pacer(sliceMs = 15, signal?: AbortSignal): Pace {
  let last = performance.now();
  return () => {
    signal?.throwIfAborted();
    if (performance.now() - last < sliceMs) return;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        last = performance.now();
        resolve();
      }),
    );
  };
}

/** No pauses (tests, small sets). */
export const noPause: Pace = () => undefined;
