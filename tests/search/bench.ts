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

export const QUERIES = ['Aufenthaltserlaubnis', 'Erlaubnis', 'Duldung', 'Einbuergerung', '81 IV AufenthG', 'Niederlassung', 'Beschäftigung', 'AE verlängern', 'Ausweisung'];

export interface SearchBench {
  firstQueryKB: number;
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
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${base}${docPage}`);
    await page.waitForLoadState('networkidle');
    const loadedBeforeFocus = fetched.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/suche/') || /search-(runtime|dialog|page|render)/.test(p));

    fetched.length = 0;
    await page.locator('#header-q').focus();
    await page.locator('#header-q').pressSequentially(QUERIES[0], { delay: 60 });
    await page.locator('[data-quick-search][data-search-state="done"]').waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const files = [...new Set(fetched)].map((path) => ({ path, kb: gzipKB(dist, path) })).sort((a, b) => b.kb - a.kb);
    const firstQueryKB = files.reduce((s, f) => s + f.kb, 0);

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
    return { firstQueryKB, files, latenciesMs: latencies, medianLatencyMs: sorted[Math.floor(sorted.length / 2)], loadedBeforeFocus };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string' }, doc: { type: 'string' } } });
  const dist = positionals[0] ?? 'dist';
  const r = await benchSearch(dist, Number(values.port ?? 4488), values.doc ?? '/');
  console.log(`Erste Anfrage: ${r.firstQueryKB.toFixed(1)} KB (gzip)`);
  for (const f of r.files) console.log(`  ${f.kb.toFixed(1).padStart(7)} KB  ${f.path}`);
  console.log(`Letzter Tastendruck → Ergebnisse: Median ${r.medianLatencyMs} ms (${r.latenciesMs.join(', ')})`);
  console.log(`Vor dem Fokus geladen: ${r.loadedBeforeFocus.length === 0 ? 'nichts' : r.loadedBeforeFocus.join(', ')}`);
}
