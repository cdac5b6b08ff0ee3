/**
 * The benchmark's own arithmetic (bench/): how a built site is measured and how figures are held
 * against the budgets of issue #9. A wrong sum here would report a budget as met that is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { evaluate, type Budget } from '../../bench/budgets.ts';
import { measureDist } from '../../bench/measure-dist.ts';

function site(): string {
  const dist = mkdtempSync(join(tmpdir(), 'lotse-bench-'));
  const put = (path: string, text: string) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  put('_astro/site.css', 'body{color:#111}'.repeat(50));
  put('_astro/page.js', 'import "./shared.js";\nconsole.log(1);');
  put('_astro/shared.js', 'export const x = 1;'.repeat(40));
  put('_astro/search.js', 'export const y = 2;'.repeat(400));
  const page = (body: string) =>
    `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}<script type="module" src="/_astro/page.js"></script></body></html>`;
  put('index.html', page('<h1>Start</h1>'));
  put('leitfaeden/a/index.html', page(`<h1>A</h1>${'<p>Text</p>'.repeat(300)}`));
  put('leitfaeden/b/index.html', page('<h1>B</h1>'));
  mkdirSync(join(dist, 'leitfaeden/a/v1'), { recursive: true });
  linkSync(join(dist, 'leitfaeden/a/index.html'), join(dist, 'leitfaeden/a/v1/index.html'));
  put('pagefind/index/de_1.pf_index', 'x'.repeat(1000));
  return dist;
}

test('a built site is measured as the budgets define it: hard links once on disk, imports followed, gzip weights', () => {
  const dist = site();
  const figures = measureDist(dist, 'leitfaeden/a');
  assert.equal(figures.pages, 4);
  assert.equal(figures.largestPage, 'leitfaeden/a/index.html');
  const bigPage = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/site.css"></head><body><h1>A</h1>${'<p>Text</p>'.repeat(300)}<script type="module" src="/_astro/page.js"></script></body></html>`;
  assert.equal(figures.largestPageKB, Buffer.byteLength(bigPage) / 1024);
  // The hard-linked copy counts once on disk and twice for a copy without links.
  assert.ok(Math.abs(figures.distUnlinkedMB - figures.distMB - Buffer.byteLength(bigPage) / 1e6) < 1e-9);
  // JS of a document page: its script and what that imports, not the search code.
  const js = gzipSync('import "./shared.js";\nconsole.log(1);', { level: 6 }).length + gzipSync('export const x = 1;'.repeat(40), { level: 6 }).length;
  assert.equal(figures.docPageJsKB, js / 1024);
  assert.equal(figures.searchIndexMB, 1000 / 1e6);
  assert.ok(figures.medianPageKB > js / 1024, 'page weight includes HTML, CSS and JS');
  rmSync(dist, { recursive: true, force: true });
});

test('a figure over its budget is marked and counted; budgets for one corpus size apply only there', () => {
  const budgets: Budget[] = [
    { key: 'buildWallSeconds', label: 'Build (wall)', unit: 's', limit: 35, forDocuments: 5000 },
    { key: 'largestPageKB', label: 'Largest page HTML', unit: 'KB', limit: 60 },
  ];
  const ok = evaluate(
    [
      { documents: 1000, buildWallSeconds: 50, largestPageKB: 41.5 },
      { documents: 5000, buildWallSeconds: 31.4, largestPageKB: 41.5 },
    ],
    budgets,
  );
  assert.equal(ok.exceeded, 0);
  assert.match(ok.table, /\| Build \(wall\) \| ≤ 35 s \| 50 s \| 31\.4 s ✓ \|/);
  const over = evaluate([{ documents: 5000, buildWallSeconds: 35.2, largestPageKB: 78.1 }], budgets);
  assert.equal(over.exceeded, 2);
  assert.match(over.table, /35\.2 s ✗/);
  assert.match(over.table, /78\.1 KB ✗/);
  assert.equal(evaluate([{ documents: 5000, buildWallSeconds: Number.NaN }], budgets).exceeded, 1, 'a failed measurement is not a pass');
  assert.match(evaluate([{ documents: 5000 }], budgets).table, /n\. g\./);
});
