/**
 * Lets the event loop run now and then during long synchronous work, so that data for the
 * Pagefind process (written to its stdin) keeps flowing while this process builds the lunr
 * corpus: both then work at the same time on different cores.
 */
export type Pace = () => Promise<void> | void;

export function pacer(sliceMs = 15): Pace {
  let last = performance.now();
  return () => {
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
