/**
 * No third-party requests, no tracking: one page of every page template of the seed site (the
 * route files in src/pages, so templates of new features are included as they land) is opened
 * while every request is watched. Any request to a host other than the site's fails the test,
 * as does a cookie, a CSP violation, a failed request or a console error.
 * `npm run test:full` does the same for every page behind nginx.
 */
import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { repo } from '../support/build-site.ts';
import { watchContext } from '../support/page-watch.ts';
import { urlOfFile } from '../support/site-pages.ts';
import { createSourceTracer } from '../support/source-trace.ts';
import { SEED_URL } from '../support/ports.ts';
import { reportMetrics } from '../support/metrics.ts';
import { sitePath } from '../support/reliability-sites.ts';

const SEED = SEED_URL;

/** One URL per route file of src/pages, found in the built seed site. */
function onePagePerTemplate(): Map<string, string> {
  const dist = sitePath('seed');
  const trace = createSourceTracer(repo);
  const byRoute = new Map<string, string>();
  const urls = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.html'))
    .sort()
    .map(urlOfFile);
  for (const url of urls) {
    const route = trace(url).route ?? `(ohne Route) ${url}`;
    if (!byRoute.has(route)) byRoute.set(route, url === '/404.html' ? '/gibt-es-nicht/' : url);
  }
  return byRoute;
}

test('one page of every template loads nothing from other hosts, sets no cookie and breaks no CSP rule', async ({ browser }) => {
  test.setTimeout(180_000);
  const templates = onePagePerTemplate();
  const context = await browser.newContext();
  const watch = await watchContext(context, SEED, { allowStatus: (url, status) => status === 404 && url.endsWith('/gibt-es-nicht/') });
  const page = await context.newPage();
  for (const [route, url] of templates) {
    await test.step(`${route} → ${url}`, async () => {
      await page.goto(`${SEED}${url}`, { waitUntil: 'load' });
      // Scripts that load on idle or on first interaction get the chance to run.
      await page.mouse.move(10, 10);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.cookie), url).toBe('');
    });
  }
  const cookies = await watch.cookies();
  await context.close();
  reportMetrics({ templates: templates.size, requests: watch.requests });
  expect(templates.size, 'templates found in the built site').toBeGreaterThan(15);
  expect(watch.findings()).toEqual([]);
  expect(cookies).toEqual([]);
});

test('the request watch catches a request to another host (control)', async ({ browser }) => {
  const context = await browser.newContext();
  const watch = await watchContext(context, SEED);
  const page = await context.newPage();
  await page.route('https://tracker.example.org/**', (route) => route.fulfill({ body: '' }));
  // A navigation: a fetch() from the page would already be stopped by the CSP (connect-src 'self').
  await page.goto('https://tracker.example.org/pixel');
  await context.close();
  expect(watch.foreign.some((u) => u.startsWith('https://tracker.example.org/'))).toBe(true);
});
