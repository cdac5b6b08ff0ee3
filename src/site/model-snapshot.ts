/**
 * The validated content set, handed from `npm run build` to Astro's render. The build checks the
 * content once (src/cli/build.ts, at the same time as Astro starts) and writes it here; the pages
 * read it instead of parsing and checking every file again (about 1.7 s of Astro's time at 5,000
 * documents). Functions (the source locators, which only error messages need) are left out.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { ContentSet } from '../model/types.ts';

function withoutFunctions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFunctions);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (typeof item !== 'function') out[key] = withoutFunctions(item);
    return out;
  }
  return value;
}

/** Writes the snapshot so that a reader never sees half of it. */
export function writeSnapshot(file: string, content: ContentSet): void {
  writeFileSync(`${file}.tmp`, serialize(withoutFunctions(content)));
  renameSync(`${file}.tmp`, file);
}

/**
 * Reads the snapshot, waiting up to `timeoutMs` for the build to write it (the render reaches its
 * first page seconds after the check has finished); undefined when it does not come.
 */
export function readSnapshot(file: string, timeoutMs = 60_000): ContentSet | undefined {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > until) return undefined;
    Atomics.wait(pause, 0, 0, 20);
  }
  return deserialize(readFileSync(file)) as ContentSet;
}
