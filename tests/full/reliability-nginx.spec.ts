/**
 * Served as it will be served: the seed site behind nginx with deploy/nginx.conf. The
 * configuration passes `nginx -t`; responses carry the security headers and the CSP (the same
 * policy as the <meta> of every page, plus frame-ancestors); hashed assets are cached for a year,
 * HTML is revalidated; text is gzip-compressed; unknown paths get the German 404 page; the
 * browser honours the CSP while search, checklists and tracks are used.
 */
import { test, expect, type APIRequestContext } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { testConfig } from '../support/nginx.ts';
import { watchContext } from '../support/page-watch.ts';
import { parseCsp } from '../support/security-check.ts';
import { reportMetrics } from '../support/metrics.ts';

const origin = () => process.env.LOTSE_NGINX_URL!;
const dist = () => process.env.LOTSE_FULL_DIST!;

const SECURITY_HEADERS: Record<string, RegExp> = {
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^same-origin$/,
  'x-frame-options': /^DENY$/,
  'permissions-policy': /camera=\(\)/,
  'cross-origin-opener-policy': /^same-origin$/,
  'content-security-policy': /frame-ancestors 'none'/,
};

async function head(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(`${origin()}${path}`, { headers, maxRedirects: 0 });
  return { status: response.status(), headers: response.headers(), body: await response.body() };
}

/** The largest asset of the given extension that the start page references (hashed by Astro). */
function astroAsset(ext: string): string {
  const html = readFileSync(join(dist(), 'index.html'), 'utf8');
  const found = [...html.matchAll(new RegExp(`/_astro/[^"']+\\.${ext}`, 'g'))].map((m) => m[0]);
  if (found.length === 0) throw new Error(`kein /_astro/*.${ext} auf der Startseite`);
  return found.sort((a, b) => statSync(join(dist(), b)).size - statSync(join(dist(), a)).size)[0];
}

test('the production configuration passes nginx -t', () => {
  const result = testConfig(dist());
  expect(result.status, result.output).toBe(0);
});

test('every response carries the security headers, error pages and redirects included', async ({ request }) => {
  for (const path of ['/', '/suche/', astroAsset('js'), '/gibt-es-nicht/', '/suche', '/api/dokumente.json']) {
    const { headers, status } = await head(request, path);
    for (const [name, expected] of Object.entries(SECURITY_HEADERS)) expect(headers[name], `${name} on ${path} (${status})`).toMatch(expected);
    expect(headers.server ?? '', 'no version in Server').not.toMatch(/\d/);
  }
});

test('the CSP header is the policy of the page <meta>, plus frame-ancestors; no unsafe-inline or unsafe-eval for scripts', async ({ request }) => {
  const { headers, body } = await head(request, '/');
  const header = parseCsp(headers['content-security-policy']);
  const meta = parseCsp(/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(body.toString())?.[1] ?? '');
  expect(meta.size).toBeGreaterThan(3);
  for (const [directive, sources] of meta) expect(header.get(directive), directive).toEqual(sources);
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  expect(header.get('script-src')).not.toContain("'unsafe-inline'");
  expect(header.get('script-src')).not.toContain("'unsafe-eval'");
});

test('only /redaktion/editor/ (Decap CMS) gets the wider policy, with the security headers; the site keeps its strict one', async ({ request }) => {
  const editor = await head(request, '/redaktion/editor/');
  expect(editor.status).toBe(200);
  const policy = parseCsp(editor.headers['content-security-policy']);
  expect(policy.get('script-src')).toContain("'unsafe-eval'");
  expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  expect(policy.get('style-src')).toContain("'unsafe-inline'");
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  for (const [name, expected] of Object.entries(SECURITY_HEADERS)) expect(editor.headers[name], `${name} on the editor`).toMatch(expected);
  for (const path of ['/redaktion/', '/', '/redaktion/editorx/']) {
    const strict = parseCsp((await head(request, path)).headers['content-security-policy']);
    expect(strict.get('script-src'), path).not.toContain("'unsafe-eval'");
    expect(strict.get('style-src'), path).not.toContain("'unsafe-inline'");
  }
  const nginxConf = readFileSync(join(import.meta.dirname, '../../deploy/nginx.conf'), 'utf8');
  expect(nginxConf, 'the reason stands next to the relaxation').toMatch(/issue #2138[\s\S]*location \^~ \/redaktion\/editor\//);
});

test('hashed assets are cached for a year, HTML and data are revalidated', async ({ request }) => {
  for (const path of [astroAsset('js'), astroAsset('css')])
    expect((await head(request, path)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const path of ['/', '/checklisten/', '/api/dokumente.json', '/pagefind/pagefind.js', '/rechtsaenderungen/feed.xml']) {
    expect((await head(request, path)).headers['cache-control'], path).toBe('no-cache');
  }
  const { headers } = await head(request, '/');
  expect(headers.etag ?? headers['last-modified'], 'revalidation needs a validator').toBeTruthy();
});

test('HTML, CSS, JavaScript and JSON are sent gzip-compressed', async ({ request }) => {
  for (const path of ['/', astroAsset('css'), astroAsset('js'), '/api/dokumente.json']) {
    const { headers } = await head(request, path, { 'accept-encoding': 'gzip' });
    expect(headers['content-encoding'], path).toBe('gzip');
    expect(headers.vary ?? '', path).toMatch(/Accept-Encoding/i);
  }
});

test('media types and charset are right for pages, feeds and data', async ({ request }) => {
  expect((await head(request, '/')).headers['content-type']).toBe('text/html; charset=utf-8');
  expect((await head(request, '/rechtsaenderungen/feed.xml')).headers['content-type']).toMatch(/^application\/atom\+xml/);
  expect((await head(request, '/api/dokumente.json')).headers['content-type']).toMatch(/^application\/json/);
  expect((await head(request, astroAsset('js'))).headers['content-type']).toMatch(/javascript/);
});

test('a page without trailing slash redirects to it, keeping the host; other methods and hidden files are refused', async ({ request }) => {
  const redirect = await head(request, '/suche');
  expect(redirect.status).toBe(301);
  expect(redirect.headers.location).toBe('/suche/');
  expect((await request.post(`${origin()}/suche/`, { maxRedirects: 0 })).status()).toBe(405);
  for (const path of ['/.git/config', '/.env', '/_astro/']) expect((await head(request, path)).status, path).toBe(404);
});

test('an unknown address shows the German 404 page with status 404, styled and without CSP violations', async ({ browser }) => {
  const context = await browser.newContext();
  const watch = await watchContext(context, origin(), { allowStatus: (_, status) => status === 404 });
  const page = await context.newPage();
  const response = await page.goto(`${origin()}/gibt-es-nicht/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Startseite/ }).first()).toBeVisible();
  expect(await page.evaluate(() => document.styleSheets.length), 'the stylesheet loads on the 404 page').toBeGreaterThan(0);
  expect(watch.csp).toEqual([]);
  await context.close();
});

test('other sites cannot frame Lotse (frame-ancestors, X-Frame-Options)', async ({ page }) => {
  const titleInFrame = async () => {
    const frame = page.frames().find((f) => f !== page.mainFrame());
    return (await frame?.evaluate(() => document.title).catch(() => '')) ?? '';
  };
  // Control: the same address without the headers (answered by the test itself) is framed.
  await page.route(`${origin()}/kontrolle/`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Lotse ohne Header</title>' }));
  await page.setContent(`<iframe src="${origin()}/kontrolle/" title="Kontrolle"></iframe>`);
  expect(await titleInFrame()).toBe('Lotse ohne Header');
  // setContent waits for the load event, which waits for the frame (or its error page).
  await page.setContent(`<iframe src="${origin()}/" title="Lotse"></iframe>`);
  expect(await titleInFrame()).not.toMatch(/Lotse/);
});

test('behind nginx the browser honours the CSP while search, checklist and track are used', async ({ browser }) => {
  const context = await browser.newContext();
  const watch = await watchContext(context, origin());
  const page = await context.newPage();
  await page.goto(`${origin()}/suche/?q=Fiktionsbescheinigung`);
  await expect(page.locator('[data-search-list] a').first()).toBeVisible({ timeout: 15_000 });
  await page.goto(`${origin()}/checklisten/`);
  await page.locator('main a[href^="/checklisten/"]').first().click();
  const box = page.locator('main input[type="checkbox"]').first();
  await box.check();
  await expect(box).toBeChecked();
  await page.goto(`${origin()}/einarbeitung/`);
  await page.locator('main a[href^="/einarbeitung/"]').first().click();
  await page.waitForLoadState('load');
  const cookies = await watch.cookies();
  await context.close();
  reportMetrics({ 'nginx-requests': watch.requests });
  expect(watch.findings()).toEqual([]);
  expect(cookies).toEqual([]);
});

test('the service worker and the manifest are served for offline use: revalidated, right types, under the CSP', async ({ request }) => {
  const worker = await head(request, '/sw.js');
  expect(worker.status).toBe(200);
  expect(worker.headers['cache-control'], 'a new build must be found on the next visit').toBe('no-cache');
  expect(worker.headers['content-type']).toMatch(/^text\/javascript/);
  expect(worker.headers['content-security-policy']).toMatch(/default-src 'self'/);
  expect(worker.headers.etag ?? worker.headers['last-modified']).toBeTruthy();
  expect((await head(request, '/sw.js', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
  const manifest = await head(request, '/manifest.webmanifest');
  expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
  expect((await head(request, '/icons/lotse-512.png')).headers['content-type']).toBe('image/png');
  // One file the worker cannot download stops its whole install: every precached URL must be served.
  const urls = [...worker.body.toString().matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(100);
  const failed: string[] = [];
  for (const url of urls) {
    const status = (await request.get(`${origin()}${url}`, { maxRedirects: 0 })).status();
    if (status !== 200) failed.push(`${status} ${url}`);
  }
  expect(failed).toEqual([]);
});

test('behind nginx the service worker installs under the CSP and serves an unseen page offline', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const watch = await watchContext(context, origin());
  const page = await context.newPage();
  await page.goto(`${origin()}/`);
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await context.setOffline(true);
  await page.goto(`${origin()}/leitfaeden/gebuehren/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gebühren');
  await expect(page.locator('[data-offline-notice="offline"]')).toContainText('Offline – Stand vom');
  await context.setOffline(false);
  await context.close();
  expect(watch.csp).toEqual([]);
});
