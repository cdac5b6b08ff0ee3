/**
 * Briefings in the browser: "Neu für Sie" across two visits (clock set per visit, state only in
 * localStorage), the timeline filters, countdowns recomputed on the day of reading, and axe on
 * every page this feature adds or changes (fixture site, built for 2026-11-25).
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { FIXTURE_URL, SEED_URL } from '../support/ports.ts';

const FIXTURE = FIXTURE_URL;
const SEED = SEED_URL;
const SPRACH = 'Sprachnachweise für die Einbürgerung digital prüfen';
const ELEKTRONISCH = 'Fiktionsbescheinigung wird elektronisch ausgestellt';

function watchNetwork(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('"Neu für Sie" lists what is new since the last visit, across two visits, and remembers what was read', async ({ page }) => {
  const requests = watchNetwork(page);
  const section = page.locator('[data-new-for-you]');
  const item = (title: string) => section.getByRole('link', { name: title, exact: true });

  // First visit on 10.11.2026: nothing stored yet, so the last 30 days count.
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00'));
  await page.goto(`${FIXTURE}/`);
  await expect(section).toContainText('Ihr erster Besuch mit diesem Browser');
  await expect(item(SPRACH)).toBeVisible();
  await expect(section).toContainText('Rechtsänderung, veröffentlicht am 15.10.2026, wirksam ab 01.11.2026');
  await expect(item(ELEKTRONISCH)).toHaveCount(0);
  await expect(section.locator('[data-new-for-you-fallback]')).toHaveCount(0);
  await section.getByRole('button', { name: `Als gelesen markieren – ${SPRACH}` }).click();
  await expect(item(SPRACH)).toHaveCount(0);
  await expect(section.getByRole('status')).toHaveText(`„${SPRACH}“ als gelesen markiert.`);

  // Second visit on 25.11.2026: new is what came after 10.11.2026.
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
  await page.goto(`${FIXTURE}/`);
  await expect(section).toContainText('Seit Ihrem letzten Besuch am 10.11.2026');
  await expect(item(ELEKTRONISCH)).toBeVisible();
  await expect(item(SPRACH)).toHaveCount(0);
  expect(await axe(page)).toEqual([]);

  // Reloading on the same day keeps the list until it is marked read.
  await page.reload();
  await expect(item(ELEKTRONISCH)).toBeVisible();
  await section.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
  await expect(section.locator('[data-new-for-you-empty]')).toHaveText('Seit Ihrem letzten Besuch am 10.11.2026 gibt es nichts Neues für Sie.');
  await expect(section.getByRole('heading', { name: 'Neu für Sie' })).toBeFocused();
  await page.reload();
  await expect(section.locator('[data-new-for-you-empty]')).toBeVisible();

  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lotse.neuFuerSie') ?? 'null'));
  expect(stored.last).toBe('2026-11-25');
  expect(stored.previous).toBe('2026-11-10');
  expect(stored.read).toContain('/rechtsaenderungen/fiktionsbescheinigung-elektronisch/');
  expect(requests.every((url) => url.startsWith(`${FIXTURE}/`))).toBe(true);
});

test('the timeline filters by team and law, keeps the choice in the address and announces the count', async ({ page }) => {
  await page.goto(`${FIXTURE}/rechtsaenderungen/`);
  const form = page.locator('[data-briefing-filter]');
  await expect(form).toBeVisible();
  const row = (slug: string) => page.locator(`li[data-briefing="${slug}"]`);
  await page.getByLabel('Team', { exact: true }).selectOption('einbuergerung');
  await expect(row('fiktionsbescheinigung-elektronisch')).toBeHidden();
  await expect(row('einbuergerung-sprachnachweis-digital')).toBeVisible();
  await expect(page.locator('[data-filter-status]')).toHaveText(/^\d+ von \d+ Rechtsänderungen passen zu den Filtern$/);
  await expect(page.getByText('Keine angekündigte Rechtsänderung passt zu den Filtern.')).toBeVisible();
  expect(new URL(page.url()).searchParams.get('team')).toBe('einbuergerung');

  await page.reload();
  await expect(page.getByLabel('Team', { exact: true })).toHaveValue('einbuergerung');
  await expect(row('fiktionsbescheinigung-elektronisch')).toBeHidden();

  await page.getByLabel('Team', { exact: true }).selectOption('');
  await page.getByLabel('Gesetz', { exact: true }).selectOption('AufenthV');
  await expect(row('fiktionsbescheinigung-elektronisch')).toBeVisible();
  await expect(row('einbuergerung-sprachnachweis-digital')).toBeHidden();
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(row('einbuergerung-sprachnachweis-digital')).toBeVisible();
  expect(page.url()).toBe(`${FIXTURE}/rechtsaenderungen/`);
});

test('the timeline filters by status on the day the page is read, and keeps it in the address', async ({ page }) => {
  const row = (slug: string) => page.locator(`li[data-briefing="${slug}"]`);
  await page.goto(`${FIXTURE}/rechtsaenderungen/`);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'angekündigt' });
  await expect(row('fiktionsbescheinigung-elektronisch')).toBeVisible();
  await expect(row('einbuergerung-sprachnachweis-digital')).toBeHidden();
  expect(new URL(page.url()).searchParams.get('status')).toBe('angekuendigt');
  const announced = await page.locator('li[data-briefing]:visible').count();
  expect(announced).toBeGreaterThan(0);
  await expect(page.locator('[data-filter-status]')).toHaveText(
    `${announced} von ${await page.locator('li[data-briefing]').count()} Rechtsänderungen passen zu den Filtern`,
  );

  // Read after it took effect (01.03.2027), the same briefing counts as in force.
  await page.clock.setFixedTime(new Date('2027-03-02T09:00:00'));
  await page.goto(`${FIXTURE}/rechtsaenderungen/?status=in-kraft`);
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('in-kraft');
  await expect(row('fiktionsbescheinigung-elektronisch')).toBeVisible();
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  expect(page.url()).toBe(`${FIXTURE}/rechtsaenderungen/`);
});

test('a countdown is recomputed for the day the page is read', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-02-27T09:00:00'));
  await page.goto(`${FIXTURE}/rechtsaenderungen/fiktionsbescheinigung-elektronisch/`);
  await expect(page.locator('[data-countdown]')).toHaveText('noch 2 Tage');
});

const PAGES = [
  '/rechtsaenderungen/',
  '/rechtsaenderungen/einbuergerung-sprachnachweis-digital/',
  '/rechtsaenderungen/fiktionsbescheinigung-elektronisch/',
  '/rechtsaenderungen/archiv/2026/',
  '/normen/',
  '/normen/aufenthg/',
  '/normen/aufenthg/81/',
  '/glossar/',
  '/glossar/z/',
  '/leitfaeden/einbuergerung-voraussetzungen/',
  '/checklisten/fiktionsbescheinigung/',
];

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the briefing, register and glossary pages (${scheme})`, async ({ page }) => {
    // Eleven pages with axe each: about 1 s a page, up to 3 s on a loaded 2-core machine.
    test.setTimeout(PAGES.length * 8_000);
    await page.emulateMedia({ colorScheme: scheme });
    const found: Record<string, string[]> = {};
    for (const path of PAGES) {
      await page.goto(`${FIXTURE}${path}`);
      const violations = await axe(page);
      if (violations.length > 0) found[path] = violations;
    }
    expect(found).toEqual({});
  });
}

test("axe finds no violations on the seed site's timeline, register and glossary", async ({ page }) => {
  const found: Record<string, string[]> = {};
  for (const path of ['/rechtsaenderungen/', '/normen/', '/glossar/', '/glossar/a/']) {
    await page.goto(`${SEED}${path}`);
    const violations = await axe(page);
    if (violations.length > 0) found[path] = violations;
  }
  expect(found).toEqual({});
});

test('the glossary by keyboard: a letter from the overview, an abbreviation to both of its meanings', async ({ page }) => {
  await page.goto(`${FIXTURE}/glossar/`);
  const letters = page.getByRole('navigation', { name: 'Glossar nach Anfangsbuchstaben' });
  await letters.getByRole('link', { name: 'Buchstabe Z' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${FIXTURE}/glossar/z/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossar: Z');
  await expect(letters.locator('[aria-current="page"]')).toHaveText('Buchstabe Z');
  const zab = page.locator('#abk-zab + dd');
  await expect(zab).toContainText('Abkürzung mit 2 Bedeutungen');
  await zab.getByRole('link', { name: 'Zentralstelle für ausländisches Bildungswesen' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${FIXTURE}/glossar/z/#begriff-zentralstelle-fuer-auslaendisches-bildungswesen`);
  await expect(page.locator('#begriff-zentralstelle-fuer-auslaendisches-bildungswesen')).toBeInViewport();
  await page.getByRole('link', { name: 'Glossar-Übersicht' }).click();
  await page.getByRole('link', { name: 'Fiktionsbescheinigung', exact: true }).click();
  await expect(page).toHaveURL(`${FIXTURE}/glossar/f/#begriff-fiktionsbescheinigung`);
  await expect(page.locator('#begriff-fiktionsbescheinigung + dd')).toContainText('§ 81 Abs. 5 AufenthG');
});

test('an old link to the one-page glossary (/glossar/#<id>) still opens the definition', async ({ page }) => {
  await page.goto(`${FIXTURE}/glossar/#begriff-fiktionsbescheinigung`);
  await expect(page).toHaveURL(`${FIXTURE}/glossar/f/#begriff-fiktionsbescheinigung`);
  await expect(page.locator('#begriff-fiktionsbescheinigung')).toBeInViewport();
  await page.goto(`${FIXTURE}/glossar/#abk-zab`);
  await expect(page).toHaveURL(`${FIXTURE}/glossar/z/#abk-zab`);
  await page.goto(`${FIXTURE}/glossar/#buchstabe-A`);
  await expect(page).toHaveURL(`${FIXTURE}/glossar/a/`);
  // Without JavaScript the old link lands on the overview's line, which links to the definition.
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(`${FIXTURE}/glossar/#begriff-fiktionsbescheinigung`);
  await expect(plain.locator('#begriff-fiktionsbescheinigung')).toBeInViewport();
  await expect(plain.locator('#begriff-fiktionsbescheinigung a')).toHaveAttribute('href', '/glossar/f/#begriff-fiktionsbescheinigung');
  await context.close();
});
