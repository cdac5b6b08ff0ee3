/**
 * Lotse's service worker, built from Workbox (bundled by src/offline/worker-stage.ts into /sw.js).
 *
 * - Precache (cache first): the files of src/offline/precache.ts, revisioned by content hash, so
 *   pages, search index and scripts offline always come from one build, and an update downloads
 *   only changed files.
 * - Other pages (older versions, comparisons, norm register, help): network first, kept once
 *   opened; offline and never opened → the precached page /offline/.
 * - Data exports (/api/): network first, the last answer kept.
 * - A new build waits until the reader chooses to reload (src/client/shell/offline.ts shows the notice
 *   and sends SKIP_WAITING), so a page never changes under a reader's hands.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

interface WorkerScope {
  __WB_MANIFEST: PrecacheEntry[];
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
}
const worker = self as unknown as WorkerScope;

/** The page the worker answers with when a page was never opened and the network is gone. */
const OFFLINE_PAGE = '/offline/index.html';

worker.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
clientsClaim();
cleanupOutdatedCaches();

// Replaced by the list of files at build time (esbuild `define`, src/offline/worker-stage.ts).
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST, {
  directoryIndex: 'index.html',
  cleanURLs: false,
  // /suche/?q=… is the precached /suche/ page: the query is read by the page's script.
  ignoreURLParametersMatching: [/.*/],
});

const sameOrigin = (url: URL) => url.origin === worker.location.origin;

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
  new NetworkFirst({ cacheName: 'lotse-seiten', networkTimeoutSeconds: 6, plugins: [new ExpirationPlugin({ maxEntries: 300 })] }),
);
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith('/api/'),
  new NetworkFirst({ cacheName: 'lotse-daten', plugins: [new ExpirationPlugin({ maxEntries: 10 })] }),
);

setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
  return Response.error();
});
