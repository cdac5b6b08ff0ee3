/**
 * What offline use costs a reader (issue 19): the bytes the service worker downloads on the
 * first visit (its precache, as sent by a compressing server) and after a rebuild (only the
 * entries whose revision or name changed), plus what the precache occupies in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { precacheManifest, type PrecacheEntry } from '../src/offline/precache.ts';

/** Pagefind's index files, fonts and images are compressed already; nginx sends them as they are. */
const COMPRESSED = /\.(pf_fragment|pf_index|pf_meta|pf_filter|pagefind|woff2|png|wasm)$/;

export interface OfflineSnapshot {
  entries: PrecacheEntry[];
  /** Transfer bytes per URL (gzip where a server would compress). */
  sent: Map<string, number>;
  storedBytes: number;
}

export async function offlineSnapshot(dist: string): Promise<OfflineSnapshot> {
  const { entries, bytes } = await precacheManifest(dist);
  const sent = new Map<string, number>();
  for (const { url } of entries) {
    const body = readFileSync(join(dist, url));
    sent.set(url, COMPRESSED.test(url) ? body.length : gzipSync(body, { level: 6 }).length);
  }
  return { entries, sent, storedBytes: bytes };
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
const MB = 1024 * 1024;

/** First install: every entry once. */
export function installMB(snapshot: OfflineSnapshot): number {
  return sum(snapshot.sent.values()) / MB;
}

/** Update from `before` to `after`: the entries the browser does not have with the same revision. */
export function updateMB(before: OfflineSnapshot, after: OfflineSnapshot): number {
  const had = new Set(before.entries.map((e) => `${e.url}\u0000${e.revision ?? ''}`));
  const fetched = after.entries.filter((e) => !had.has(`${e.url}\u0000${e.revision ?? ''}`));
  return sum(fetched.map((e) => after.sent.get(e.url) ?? 0)) / MB;
}
