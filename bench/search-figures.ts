/**
 * Search as a reader meets it, in headless Chromium against the built site: bytes fetched for
 * the first query (compressed, as a server with gzip would send them), and the time from the
 * last keystroke to the first rendered result (median over several queries). Also checks that
 * nothing of search is loaded before the search field is focused.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/support/chromium.ts';
import { serveDirectory } from '../tests/support/static-server.ts';

export interface SearchFigures {
  firstQueryKB: number;
  medianLatencyMs: number;
  latenciesMs: number[];
  searchLoadedBeforeFocus: boolean;
}

const QUERIES = ['Aufenthaltserlaubnis', 'Erlaubnis', 'Duldung', 'Einbuergerung', '81 IV AufenthG', 'Niederlassung', 'Beschäftigung'];

export async function measureSearch(dist: string, port: number, docPage: string): Promise<SearchFigures> {
  const server = await serveDirectory(dist, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`http://127.0.0.1:${port}/${docPage}/`);
    await page.waitForLoadState('networkidle');
    const searchLoadedBeforeFocus = fetched.some((p) => p.startsWith('/pagefind/') || /search/i.test(p.split('/').pop() ?? ''));

    const latencies: number[] = [];
    let firstQueryFiles: string[] = [];
    for (const [i, query] of QUERIES.entries()) {
      await page.goto(`http://127.0.0.1:${port}/suche/`);
      await page.waitForLoadState('networkidle');
      if (i === 0) fetched.length = 0;
      const input = page.getByRole('searchbox').last();
      await input.focus();
      await page.evaluate(() => {
        const w = window as unknown as { __lastKey: number; __firstResult: number };
        w.__lastKey = 0;
        w.__firstResult = 0;
        document.addEventListener('input', () => (w.__lastKey = performance.now()), true);
        const region = document.querySelector('[aria-label="Suchergebnisse"]');
        new MutationObserver(() => {
          if (!w.__firstResult && w.__lastKey && region?.querySelector('a[href]')) w.__firstResult = performance.now();
        }).observe(region ?? document.body, { childList: true, subtree: true });
      });
      await input.pressSequentially(query, { delay: 60 });
      await page.waitForFunction(() => (window as unknown as { __firstResult: number }).__firstResult > 0, null, { timeout: 10_000 }).catch(() => undefined);
      const ms = await page.evaluate(() => {
        const w = window as unknown as { __lastKey: number; __firstResult: number };
        return w.__firstResult ? Math.max(0, w.__firstResult - w.__lastKey) : Number.NaN;
      });
      latencies.push(ms);
      if (i === 0) {
        await page.waitForLoadState('networkidle');
        firstQueryFiles = [...fetched];
      }
    }
    const bytes = firstQueryFiles.reduce((sum, p) => {
      try {
        return sum + gzipSync(readFileSync(join(dist, p))).length;
      } catch {
        return sum;
      }
    }, 0);
    const sorted = latencies.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
    return { firstQueryKB: bytes / 1024, medianLatencyMs: sorted.length === latencies.length ? sorted[Math.floor(sorted.length / 2)] : Number.NaN, latenciesMs: latencies, searchLoadedBeforeFocus };
  } finally {
    await browser.close();
    server.close();
  }
}
