/**
 * Search as readers use it: the quick search in the header and /suche/, by keyboard, with the
 * query in the URL, earlier versions on request, clean highlighting, suggestions when nothing is
 * found, nothing loaded before the field is focused, and no accessibility violations.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { FIXTURE_URL, SEED_URL } from '../support/ports.ts';

const FIXTURE = FIXTURE_URL;
const SEED = SEED_URL;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const results = (page: Page) => page.getByRole('region', { name: 'Suchergebnisse' });

async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator('#q').fill(query);
  await expect(results(page)).toHaveAttribute('data-search-state', 'done');
  await expect(results(page)).toHaveAttribute('data-search-query', query);
}

async function resultLinks(page: Page): Promise<string[]> {
  return results(page)
    .locator('ol > li a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const report = await (include ? builder.include(include) : builder).analyze();
  return report.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('nothing of the search is fetched before the search field is focused', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${FIXTURE}/checklisten/fiktionsbescheinigung/`);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/suche/'))).toEqual([]);
  await page.locator('#header-q').focus();
  await expect.poll(() => fetched.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
  expect(fetched).toContain('/suche/lexikon.json');
});

test('/suche/?q= runs the query from the URL and lists results best first as links in the region "Suchergebnisse"', async ({ page }) => {
  await page.goto(`${FIXTURE}/suche/?q=Fiktionsbescheinigung`);
  await expect(results(page)).toHaveAttribute('data-search-state', 'done');
  await expect(page.locator('#q')).toHaveValue('Fiktionsbescheinigung');
  const links = await resultLinks(page);
  expect(links[0]).toBe('/checklisten/fiktionsbescheinigung/');
  await expect(results(page).locator('ol > li').first()).toContainText('Checkliste');
  await expect(results(page).locator('ol > li').first()).toContainText('aktuell gültig');
});

test('typing keeps the query in the URL, and the back button returns to the previous search', async ({ page }) => {
  await page.goto(`${FIXTURE}/suche/`);
  await searchFor(page, 'Fiktion');
  await expect(page).toHaveURL(/\/suche\/\?q=Fiktion$/);
  // A search whose results stood for a second is kept in the history.
  await page.waitForTimeout(1200);
  await page.locator('#q').fill('Einbürgerung');
  await page.locator('#q').press('Enter');
  await expect(page).toHaveURL(/q=Einb%C3%BCrgerung/);
  await expect(results(page)).toHaveAttribute('data-search-query', 'Einbürgerung');
  await page.goBack();
  await expect(page.locator('#q')).toHaveValue('Fiktion');
  await expect(results(page)).toHaveAttribute('data-search-query', 'Fiktion');
});

test('superseded versions appear only when earlier versions are asked for, and say so', async ({ page }) => {
  await page.goto(`${FIXTURE}/suche/`);
  await searchFor(page, 'acht Jahren');
  expect(await resultLinks(page)).not.toContain('/leitfaeden/einbuergerung-voraussetzungen/v1/');
  await page.getByLabel('Frühere Fassungen einbeziehen').check();
  await expect(page).toHaveURL(/alt=1/);
  await expect.poll(() => resultLinks(page)).toContain('/leitfaeden/einbuergerung-voraussetzungen/v1/');
  const item = results(page).locator('li', { has: page.locator('a[href="/leitfaeden/einbuergerung-voraussetzungen/v1/"]') });
  await expect(item).toContainText('nicht mehr gültig (v1)');
});

test('a question finds the working document first; a date in the query shows the versions of that day', async ({ page }) => {
  await page.goto(`${SEED}/suche/`);
  await searchFor(page, 'Darf ein Geduldeter arbeiten?');
  expect((await resultLinks(page))[0]).toBe('/checklisten/beschaeftigung-geduldeter/');
  await searchFor(page, 'was galt am 01.03.2024 Blaue Karte');
  const links = await resultLinks(page);
  expect(links.slice(0, 2).sort()).toEqual(['/checklisten/blaue-karte-eu/v1/', '/leitfaeden/blaue-karte-eu-verfahren/v1/']);
  const first = results(page).locator('ol > li').first();
  await expect(first).toContainText('nicht mehr gültig');
  await expect(first).toContainText('gültig vom');
  const note = page.locator('[data-search-date]');
  await expect(note).toContainText('die am 01.03.2024 galten');
  await expect(note.getByRole('link', { name: 'Was galt am 01.03.2024? Alle Dokumente' })).toHaveAttribute('href', '/stand/?datum=2024-03-01');
  await searchFor(page, 'Blaue Karte');
  await expect(note).toBeHidden();
});

test("excerpts mark the found words with their umlauts and never show the index's split marks", async ({ page }) => {
  await page.goto(`${FIXTURE}/suche/`);
  await searchFor(page, 'Einbuergerung');
  const excerpts = await results(page).locator('.sr-excerpt').allInnerTexts();
  expect(excerpts.join(' ')).not.toContain('\u00AD');
  const marks = await results(page).locator('.sr-excerpt mark').allInnerTexts();
  expect(marks.some((m) => /^Einbürgerung/.test(m))).toBe(true);
  expect(marks.every((m) => !/[.,;:]$/.test(m))).toBe(true);
});

test('a query without results says so and suggests glossary terms', async ({ page }) => {
  await page.goto(`${FIXTURE}/suche/`);
  await searchFor(page, 'Zentqwertz');
  await expect(page.locator('[data-search-status]')).toContainText('Keine Treffer für „Zentqwertz“');
  await expect(page.getByRole('heading', { name: 'Keine Treffer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zentralstelle für ausländisches Bildungswesen' })).toBeVisible();
});

test('compound parts, abbreviations and citations find their documents', async ({ page }) => {
  await page.goto(`${SEED}/suche/`);
  await searchFor(page, 'Gewahrsam');
  expect((await resultLinks(page)).slice(0, 5)).toContain('/leitfaeden/abschiebungshaft/');
  await searchFor(page, 'AE');
  expect((await resultLinks(page)).slice(0, 5)).toContain('/checklisten/aufenthaltserlaubnis-verlaengerung/');
  await searchFor(page, '81 IV AufenthG');
  expect((await resultLinks(page)).slice(0, 5)).toContain('/leitfaeden/fiktionswirkung/');
});

test('the quick search opens under the header field and is usable by keyboard alone', async ({ page }) => {
  await page.goto(`${FIXTURE}/glossar/`);
  await page.keyboard.press('/');
  const field = page.locator('#header-q');
  await expect(field).toBeFocused();
  await field.pressSequentially('Fiktionsbescheinigung', { delay: 20 });
  const dialog = page.getByRole('dialog', { name: 'Schnellsuche' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('data-search-state', 'done');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await expect(dialog.locator('ol a').first()).toHaveAttribute('href', '/checklisten/fiktionsbescheinigung/');
  await field.press('ArrowDown');
  await expect(dialog.locator('ol a').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('ol a').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/suche\/\?q=Fiktionsbescheinigung$/);
  await expect(results(page)).toHaveAttribute('data-search-state', 'done');
});

test('the search page with results and the open quick search have no accessibility violations (WCAG 2.1 A/AA)', async ({ page }) => {
  await page.goto(`${FIXTURE}/suche/?q=Fiktion`);
  await expect(results(page)).toHaveAttribute('data-search-state', 'done');
  expect(await axeViolations(page)).toEqual([]);
  await page.locator('#header-q').focus();
  await page.locator('#header-q').pressSequentially('Einbürgerung', { delay: 20 });
  await expect(page.getByRole('dialog', { name: 'Schnellsuche' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Schnellsuche' })).toHaveAttribute('data-search-state', 'done');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`${FIXTURE}/suche/?q=xylophonunterricht`);
  await expect(results(page)).toHaveAttribute('data-search-state', 'done');
  expect(await axeViolations(page)).toEqual([]);
});

test('searching sends no request to another host', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(FIXTURE) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(`${FIXTURE}/suche/`);
  await searchFor(page, 'Aufenthaltserlaubnis verlaengern');
  await searchFor(page, 'Fiktionsbescheinigng');
  expect(foreign).toEqual([]);
});
