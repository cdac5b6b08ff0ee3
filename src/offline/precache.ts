/**
 * What a reader has offline after one online visit (issue 19): the ONE list of the files the
 * service worker precaches. Everything a colleague needs mid-case without a network: every
 * current document page, the lists, the glossary, the search (Pagefind, lexicon, word lists) and
 * the scripts, styles and fonts. Older versions, comparisons, the norm register and the data
 * exports are not precached; the worker keeps them once opened (see sw.ts).
 *
 * The manifest comes from Workbox (`getManifest`): one entry per file with a content hash as its
 * revision, so a new build makes the browser download only the files whose bytes changed.
 */
import { getManifest } from 'workbox-build';

/** Globs relative to the build output. A current document page is `<section>/<slug>/index.html`. */
export const PRECACHE_GLOBS = [
  // Not 404.html: nginx serves it only as the error page (internal), and one failed download
  // would stop the whole install. A page never opened offline gets /offline/ instead.
  'index.html',
  'offline/index.html',
  'favicon.svg',
  'manifest.webmanifest',
  'icons/*.png',
  '_astro/**/*.{js,css,woff2,svg}',
  'pagefind/**/*',
  'suche/**/*',
  'checklisten/index.html',
  'checklisten/*/index.html',
  'checklisten/team/**/index.html',
  'leitfaeden/index.html',
  'leitfaeden/*/index.html',
  'leitfaeden/team/**/index.html',
  'rechtsaenderungen/**/index.html',
  'einarbeitung/**/index.html',
  'einarbeitung/daten.json',
  'glossar/**/index.html',
  'stand/index.html',
  'teams/**/index.html',
  'api/stand.json',
];

/**
 * Pages under a precached glob that are not needed offline: a document's comparison index is
 * `…/<slug>/vergleich/index.html` and matches no glob above; older versions `…/<slug>/v<N>/` do
 * not either. Only the Pagefind UI bundles (Lotse uses its own result rendering) are left out.
 */
export const PRECACHE_IGNORE = ['pagefind/pagefind-*ui.{js,css}', 'pagefind/pagefind-highlight.js'];

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

export interface Precache {
  entries: PrecacheEntry[];
  /** Bytes of all precached files as stored (uncompressed). */
  bytes: number;
}

export async function precacheManifest(outDir: string): Promise<Precache> {
  const { manifestEntries, size, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: PRECACHE_GLOBS,
    globIgnores: PRECACHE_IGNORE,
    // Hashed file names (Astro's /_astro/, Pagefind's fragments and index chunks) change with
    // their content; the name is the revision.
    dontCacheBustURLsMatching: /^(_astro\/|pagefind\/(fragment|index|filter)\/)/,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    globFollow: false,
  });
  if (warnings.length > 0) throw new Error(`Offline-Vorrat: ${warnings.join('; ')}`);
  const entries = (manifestEntries ?? []).map((e) => ({ url: `/${e.url}`, revision: e.revision ?? null }));
  entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { entries, bytes: size };
}
