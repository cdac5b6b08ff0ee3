/**
 * Every page of the built seed site (every file of dist/, not only one per template), served by
 * nginx with the production configuration: axe finds 0 WCAG 2.1 A/AA violations (BITV 2.0),
 * no request goes to another host, the CSP reports no violation, no cookie is set.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import { urlOfFile } from '../support/site-pages.ts';
import { watchContext } from '../support/page-watch.ts';
import { reportMetrics } from '../support/metrics.ts';

/** Fixed number of shards: the page list is only known after the build in the global setup. */
const SHARDS = 24;

/** Every HTML file of the build served by nginx (set by full-setup.ts). */
function allPages(): string[] {
  const dist = process.env.LOTSE_FULL_DIST;
  if (!dist) throw new Error('LOTSE_FULL_DIST fehlt: die Tests laufen mit tests/full/playwright.config.ts');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((rel) => rel.endsWith('.html'))
    .sort()
    .map(urlOfFile);
}

test('the page list comes from the built site', () => {
  const pages = allPages();
  expect(pages.length).toBeGreaterThan(10);
  reportMetrics({ pages: pages.length });
});

for (let shard = 0; shard < SHARDS; shard++) {
  test(`every page, shard ${shard + 1} of ${SHARDS}: axe 0 violations, no foreign request, no CSP violation, no cookie`, async ({ browser }) => {
    const chunk = allPages().filter((_, i) => i % SHARDS === shard);
    const origin = process.env.LOTSE_NGINX_URL!;
    const context = await browser.newContext();
    // /404.html is served only as the error page (nginx: internal), with status 404.
    const watch = await watchContext(context, origin, { allowStatus: (url, status) => status === 404 && url.endsWith('/404.html') });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of chunk) {
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(path === '/404.html' ? 404 : 200);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of results.violations)
        violations.push(
          `${path} ${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
        );
    }
    const cookies = await watch.cookies();
    await context.close();
    reportMetrics({ 'axe-pages': chunk.length, requests: watch.requests });
    expect(violations).toEqual([]);
    expect(watch.findings()).toEqual([]);
    expect(cookies).toEqual([]);
  });
}
