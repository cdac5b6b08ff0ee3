/**
 * The editorial pages in the browser: axe (WCAG 2.1 AA) reports nothing on /redaktion/ (and a
 * full list of one section) and /hilfe/autoren/ in light and dark mode – the health page on
 * tests/fixtures/editorial (built here once for 2026-11-25, so every kind of row is on it) and
 * on the seed content – and the
 * "Beispiel kopieren" buttons of the guide work by keyboard without leaving 127.0.0.1.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buildSite, repo } from '../support/build-site.ts';
import { serveDirectory } from '../support/static-server.ts';
import { SEED_URL } from '../support/ports.ts';

const SEED = SEED_URL;
let server: Server;
let editorial: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const out = join(repo, '.lotse', 'e2e', 'editorial');
  const result = buildSite({ content: join(repo, 'tests/fixtures/editorial'), out, date: '2026-11-25' });
  if (result.status !== 0) throw new Error(result.output);
  server = await serveDirectory(out, 0);
  editorial = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the health page with every kind of row (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${editorial}/redaktion/`);
    for (const section of ['overdue', 'due-soon', 'pending', 'unapproved', 'unlinked']) {
      await expect(page.locator(`[data-health-section="${section}"] tbody tr`).first()).toBeVisible();
    }
    expect(await axe(page)).toEqual([]);
  });

  test(`axe finds no violations on the authors' guide (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${editorial}/hilfe/autoren/`);
    await expect(page.getByRole('button', { name: 'Beispiel kopieren' }).first()).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}

test('axe finds no violations on both pages and a full list on a narrow phone screen, where tables scroll', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/redaktion/', '/redaktion/anpassung-ausstehend/', '/hilfe/autoren/']) {
    await page.goto(`${editorial}${path}`);
    expect(await axe(page), path).toEqual([]);
  }
});

test('axe finds no violations on the health page and the guide of the seed content', async ({ page }) => {
  for (const path of ['/redaktion/', '/hilfe/autoren/']) {
    await page.goto(`${SEED}${path}`);
    expect(await axe(page), path).toEqual([]);
  }
});

test('an example of the guide is copied by keyboard, and no request leaves 127.0.0.1', async ({ page, context }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: editorial });
  await page.goto(`${editorial}/hilfe/autoren/#checklisten`);
  const figure = page.locator('#checklisten ~ figure[data-copy], section[aria-labelledby="checklisten"] figure[data-copy]').first();
  await figure.getByRole('button', { name: 'Beispiel kopieren' }).focus();
  await page.keyboard.press('Enter');
  await expect(figure.getByRole('status')).toHaveText(/Kopiert\.|Markiert/);
  const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
  if (copied) expect(copied).toContain('- [ ] Eingangsdatum des Antrags festhalten');
  expect(requests.filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
});
