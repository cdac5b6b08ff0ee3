/**
 * Search figures in headless Chromium against a built site (e.g. the 5,000-document benchmark):
 *
 *   node tests/search/bench.ts <dist> [--port 4488] [--doc /leitfaeden/x/]
 *
 * - bytes for the first query: every file fetched from focusing the field until the first
 *   results are rendered, gzip-compressed as a server would send them (files Pagefind already
 *   compresses count as they are), listed per file;
 * - latency: from the last keystroke (typed with 60 ms between keys) until the results of the
 *   complete query are rendered on /suche/ (median over several queries);
 * - whether anything of the search is fetched on a document page before the field is focused.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium.ts';
import { serveDirectory } from '../support/static-server.ts';
import { loadExport } from './export-eval.ts';

export const QUERIES = [
  'Aufenthaltserlaubnis',
  'Erlaubnis',
  'Duldung',
  'Einbuergerung',
  '81 IV AufenthG',
  'Niederlassung',
  'Beschäftigung',
  'AE verlängern',
  'Ausweisung',
];

/** First queries measured each in a fresh browser (nothing cached): one, three and five words and a citation. */
export const FIRST_QUERIES = {
  one: 'Aufenthaltserlaubnis',
  three: 'Aufenthaltserlaubnis Erwerbstätigkeit verlängern',
  five: 'Darf ein Geduldeter hier arbeiten gehen',
  citation: '§ 81 Abs. 4 AufenthG',
} as const;

export interface SearchBench {
  /** The largest of the first queries below. */
  firstQueryKB: number;
  firstQueries: Record<keyof typeof FIRST_QUERIES, { kb: number; ms: number }>;
  files: { path: string; kb: number }[];
  latenciesMs: number[];
  medianLatencyMs: number;
  loadedBeforeFocus: string[];
}

function gzipKB(dist: string, path: string): number {
  try {
    const bytes = readFileSync(join(dist, decodeURIComponent(path)));
    const compressed = bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes : gzipSync(bytes);
    return compressed.length / 1024;
  } catch {
    return 0;
  }
}

export async function benchSearch(dist: string, port: number, docPage: string): Promise<SearchBench> {
  const server = await serveDirectory(dist, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const base = `http://127.0.0.1:${port}`;
  try {
    const first = await browser.newPage();
    const fetched: string[] = [];
    first.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await first.goto(`${base}${docPage}`);
    await first.waitForLoadState('networkidle');
    const loadedBeforeFocus = fetched.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/suche/') || /search-(runtime|dialog|page|render)/.test(p));

    await first.close();
    const firstQueries = {} as SearchBench['firstQueries'];
    let files: SearchBench['files'] = [];
    for (const [kind, query] of Object.entries(FIRST_QUERIES) as [keyof typeof FIRST_QUERIES, string][]) {
      const context = await browser.newContext();
      const fresh = await context.newPage();
      const seen: string[] = [];
      fresh.on('request', (r) => seen.push(new URL(r.url()).pathname));
      await fresh.goto(`${base}${docPage}`);
      await fresh.waitForLoadState('networkidle');
      seen.length = 0;
      await fresh.locator('#header-q').focus();
      await fresh.evaluate(() => {
        const w = window as unknown as { __lastKey: number };
        document.querySelector('#header-q')?.addEventListener('input', () => (w.__lastKey = performance.now()));
      });
      await fresh.locator('#header-q').pressSequentially(query, { delay: 60 });
      await fresh.waitForFunction(
        (q) => {
          const box = document.querySelector<HTMLElement>('[data-quick-search]');
          return box?.dataset.searchState === 'done' && (document.querySelector<HTMLInputElement>('#header-q')?.value ?? '') === q;
        },
        query,
        { timeout: 20_000 },
      );
      const ms = await fresh.evaluate(() => performance.now() - (window as unknown as { __lastKey: number }).__lastKey);
      await fresh.waitForLoadState('networkidle');
      const list = [...new Set(seen)].map((path) => ({ path, kb: gzipKB(dist, path) })).sort((a, b) => b.kb - a.kb);
      firstQueries[kind] = { kb: list.reduce((sum, f) => sum + f.kb, 0), ms: Math.round(ms) };
      if (list.reduce((sum, f) => sum + f.kb, 0) >= files.reduce((sum, f) => sum + f.kb, 0)) files = list;
      await context.close();
    }
    const firstQueryKB = Math.max(...Object.values(firstQueries).map((f) => f.kb));
    const page = await browser.newPage();

    await page.goto(`${base}/suche/`);
    const latencies: number[] = [];
    for (const query of QUERIES) {
      await page.locator('#q').fill('');
      await page.evaluate(() => {
        const w = window as unknown as { __lastKey: number };
        document.querySelector('#q')?.addEventListener('input', () => (w.__lastKey = performance.now()));
      });
      await page.locator('#q').pressSequentially(query, { delay: 60 });
      const ms = await page.evaluate(
        (q) =>
          new Promise<number>((resolve) => {
            const region = document.querySelector<HTMLElement>('[data-search-results]')!;
            const w = window as unknown as { __lastKey: number };
            const check = () => {
              if (region.dataset.searchState === 'done' && region.dataset.searchQuery === q) {
                resolve(performance.now() - w.__lastKey);
                return true;
              }
              return false;
            };
            if (check()) return;
            new MutationObserver((_, observer) => {
              if (check()) observer.disconnect();
            }).observe(region, { attributes: true, childList: true, subtree: true });
          }),
        query,
      );
      latencies.push(Math.round(ms));
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    return { firstQueryKB, firstQueries, files, latenciesMs: latencies, medianLatencyMs: sorted[Math.floor(sorted.length / 2)], loadedBeforeFocus };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string' }, doc: { type: 'string' } } });
  const dist = positionals[0] ?? 'dist';
  const r = await benchSearch(dist, Number(values.port ?? 4488), values.doc ?? '/');
  console.log(`Erste Anfrage: höchstens ${r.firstQueryKB.toFixed(1)} KB (gzip)`);
  for (const [kind, f] of Object.entries(r.firstQueries))
    console.log(`  ${kind.padEnd(9)} „${FIRST_QUERIES[kind as keyof typeof FIRST_QUERIES]}“: ${f.kb.toFixed(1)} KB, ${f.ms} ms`);
  const ex = await benchExport(dist);
  console.log(`/api/suche.mjs + suchindex.json: ${ex.exportKB.toFixed(1)} KB (gzip), Laden ${ex.exportLoadMs} ms, Anfrage Median ${ex.exportQueryMs} ms`);
  console.log('Größte Dateien der ersten Anfrage:');
  for (const f of r.files) console.log(`  ${f.kb.toFixed(1).padStart(7)} KB  ${f.path}`);
  console.log(`Letzter Tastendruck → Ergebnisse: Median ${r.medianLatencyMs} ms (${r.latenciesMs.join(', ')})`);
  console.log(`Vor dem Fokus geladen: ${r.loadedBeforeFocus.length === 0 ? 'nichts' : r.loadedBeforeFocus.join(', ')}`);
}

/** /api/suche.mjs in Node: bytes (gzip) of the module and suchindex.json, time to load both, median query time. */
export async function benchExport(dist: string): Promise<{ exportKB: number; exportLoadMs: number; exportQueryMs: number }> {
  const started = performance.now();
  const search = await loadExport(dist);
  const exportLoadMs = Math.round(performance.now() - started);
  const times = [...QUERIES, ...Object.values(FIRST_QUERIES), 'was galt am 01.03.2024 Aufenthaltserlaubnis'].map((q) => {
    const t = performance.now();
    search.search(q);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  return {
    exportKB: gzipKB(dist, '/api/suche.mjs') + gzipKB(dist, '/api/suchindex.json'),
    exportLoadMs,
    exportQueryMs: Math.round(times[Math.floor(times.length / 2)] * 10) / 10,
  };
}
