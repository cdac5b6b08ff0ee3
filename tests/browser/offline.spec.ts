/**
 * Offline use (issue 19): after one online visit the service worker has every current document,
 * the lists, the glossary and the search; offline pages say so; a newer build online is offered
 * for reload; a build more than a week old warns on every page. Seed site (built for
 * 2026-11-25); the update test serves two builds from a switchable server.
 */
import { chromium, test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeServiceWorker } from '../../src/offline/worker-stage.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../support/chromium.ts';
import { E2E_DATE } from '../support/e2e-setup.ts';
import { PORTS, SEED_URL } from '../support/ports.ts';
import { serveDirectory } from '../support/static-server.ts';
import { sitePath } from '../support/reliability-sites.ts';

test.use({ serviceWorkers: 'allow' });

/** Waits until the worker has precached everything and controls the page. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

const offlineNotice = (page: Page) => page.locator('[data-offline-notice="offline"]');

test('after one online visit, unseen documents, search and ticks work offline, and every page says it is offline', async ({ page, context }) => {
  const foreign: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(`${SEED_URL}/`)) foreign.push(r.url());
  });
  await page.goto(`${SEED_URL}/`);
  await installed(page);
  await expect(offlineNotice(page)).toHaveCount(0);

  await context.setOffline(true);
  for (const [path, heading] of [
    ['/checklisten/duldung/', 'Duldung erteilen und verlängern'],
    ['/leitfaeden/fiktionswirkung/', 'Fiktionswirkung des Antrags und Fiktionsbescheinigung'],
    ['/rechtsaenderungen/geas-reform/', 'GEAS-Reform'],
  ] as const) {
    await page.goto(`${SEED_URL}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    await expect(offlineNotice(page)).toContainText(`Offline – Stand vom ${E2E_DATE.split('-').reverse().join('.')}`);
  }
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.goto(`${SEED_URL}/suche/?q=Fiktionsbescheinigung`);
  const results = page.locator('section[aria-label="Suchergebnisse"] ol > li a');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  expect(await results.count()).toBeGreaterThan(0);

  await page.goto(`${SEED_URL}/checklisten/duldung/`);
  const first = page.getByRole('checkbox').first();
  await first.check();
  await page.reload();
  await expect(page.getByRole('checkbox').first()).toBeChecked();

  // A page that was never opened (an older version) answers with the offline page, not an error.
  await page.goto(`${SEED_URL}/checklisten/duldung/v1/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diese Seite ist offline nicht verfügbar');

  await context.setOffline(false);
  await page.goto(`${SEED_URL}/checklisten/duldung/v1/`);
  await expect(offlineNotice(page)).toHaveCount(0);
  expect(foreign).toEqual([]);
});

test('when a newer build is online, the reader is told and the reload shows it', async ({ page }) => {
  const work = mkdtempSync(join(tmpdir(), 'lotse-offline-'));
  const older = sitePath('seed');
  const newer = join(work, 'newer');
  cpSync(older, newer, { recursive: true });
  const file = join(newer, 'checklisten/duldung/index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace('<h1', '<h1 data-newer-build'));
  await writeServiceWorker(newer);
  let root = older;
  const server: Server = await serveDirectory(() => root, PORTS.offline);
  const origin = `http://127.0.0.1:${PORTS.offline}`;
  try {
    await page.goto(`${origin}/checklisten/duldung/`);
    await installed(page);
    await expect(page.locator('h1[data-newer-build]')).toHaveCount(0);

    root = newer;
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const notice = page.locator('[data-offline-notice="update"]');
    await expect(notice).toContainText('Eine neuere Fassung von Lotse ist da.', { timeout: 30_000 });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await notice.getByRole('button', { name: 'Jetzt neu laden' }).click();
    await expect(page.locator('h1[data-newer-build]')).toHaveCount(1, { timeout: 15_000 });
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(work, { recursive: true, force: true });
  }
});

test('a build more than seven days old warns on every page that legal content may have changed', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00+01:00'));
  await page.goto(`${SEED_URL}/`);
  await expect(page.locator('[data-offline-notice="stale"]')).toHaveCount(0);

  await page.clock.setFixedTime(new Date('2026-12-03T09:00:00+01:00'));
  for (const path of ['/', '/checklisten/duldung/', '/glossar/']) {
    await page.goto(`${SEED_URL}${path}`);
    await expect(page.locator('[data-offline-notice="stale"]')).toHaveText(
      /Stand vom 25\.11\.2026, vor 8 Tagen\. Rechtsinhalte können sich seitdem geändert haben/,
    );
  }
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test("the site is installable: manifest, icons and worker pass Chromium's installability checks", async () => {
  // Installability is never granted in incognito, which every Playwright context is: a profile on disk.
  const profile = mkdtempSync(join(tmpdir(), 'lotse-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${SEED_URL}/`);
    await installed(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    const manifest = await (await page.request.get(`${SEED_URL}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ short_name: 'Lotse', start_url: '/', scope: '/', display: 'standalone', lang: 'de' });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
