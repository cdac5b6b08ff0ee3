/**
 * Lighthouse (issue #17): the key pages of the fixture site score 100 in performance,
 * accessibility, best practices and SEO. Debian's Chromium, the site served on loopback by
 * tests/support/static-server.ts, desktop settings (Lotse is used at a desk; the phone layout is
 * covered by the browser and screenshot tests), no throttling of a network that is loopback.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtSite } from '../support/reliability-sites.ts';
import { chromiumPath } from '../support/chromium.ts';
import { serveDirectory } from '../support/static-server.ts';

const PORT = Number(process.env.LOTSE_E2E_PORT_BASE ?? 4400) + 7;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = [
  '/',
  '/checklisten/einbuergerung-zehn-stag/',
  '/leitfaeden/einbuergerung-voraussetzungen/',
  '/checklisten/einbuergerung-zehn-stag/vergleich/v2-v3/',
  '/rechtsaenderungen/turbo-einbuergerung-gestrichen/',
  '/einarbeitung/grundlagen/',
  '/suche/',
  '/redaktion/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

let server: Server;
let chrome: chromeLauncher.LaunchedChrome;

before(async () => {
  const dist = builtSite('fixture');
  server = await serveDirectory(dist, PORT);
  chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

after(async () => {
  await chrome?.kill();
  await new Promise((resolve) => server?.close(resolve));
});

for (const path of PAGES) {
  test(`Lighthouse 100 in all four categories: ${path}`, async (t) => {
    const runner = await lighthouse(
      `${ORIGIN}${path}`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      {
        extends: 'lighthouse:default',
        settings: {
          formFactor: 'desktop',
          screenEmulation: { mobile: false, width: 1366, height: 768, deviceScaleFactor: 1, disabled: false },
          throttlingMethod: 'provided',
          locale: 'de',
        },
      },
    );
    const lhr = runner!.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    t.diagnostic(`${path}: ${JSON.stringify(scores)}`);
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}/${ref.id}: ${lhr.audits[ref.id]?.title}`),
    );
    assert.deepEqual(scores, Object.fromEntries(CATEGORIES.map((c) => [c, 100])), failing.join('\n'));
  });
}
