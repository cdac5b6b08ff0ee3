/**
 * What only a browser shows about versions: validity re-evaluated against the reader's date
 * (faked with page.clock; the fixture site is built with BUILD_DATE 2026-11-25 and v4 of the
 * § 10 StAG checklist starts on 01.12.2026), the date pickers, the compare form, the site-wide
 * "Was galt am …?" page (also with 5,000 documents), and axe on every versioning view.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { FIXTURE_URL } from '../support/ports.ts';

const FIXTURE = FIXTURE_URL;
const STAG = `${FIXTURE}/checklisten/einbuergerung-zehn-stag/`;

async function at(page: Page, day: string) {
  await page.clock.setFixedTime(new Date(`${day}T10:00:00+01:00`));
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const status = (page: Page) => page.locator('.validity-line [data-status-badge]');
const validityText = (page: Page) => page.locator('.validity-line [data-validity-text]');

test('read on the build day, the page shows what the build wrote and no re-evaluation note', async ({ page }) => {
  await at(page, '2026-11-25');
  await page.goto(STAG);
  await expect(status(page)).toHaveText('aktuell gültig');
  await expect(validityText(page)).toHaveText('gültig vom 30.10.2025 bis 30.11.2026');
  await expect(page.locator('[data-notice="announced-next"]')).toContainText('v4 gilt ab 01.12.2026');
  await expect(page.locator('[data-read-date]')).toBeHidden();
});

test('read on 05.12.2026, the page built with v3 as current says v3 is superseded and links to v4', async ({ page }) => {
  await at(page, '2026-12-05');
  await page.goto(STAG);
  await expect(status(page)).toHaveText('nicht mehr gültig');
  await expect(status(page)).toHaveAttribute('data-status-badge', 'superseded');
  await expect(validityText(page)).toHaveText('gültig vom 30.10.2025 bis 30.11.2026');
  const notice = page.locator('[data-notice="superseded"]');
  await expect(notice).toContainText('Achtung: Diese Fassung gilt nicht mehr.');
  await expect(notice.getByRole('link', { name: 'die aktuelle Fassung v4' })).toHaveAttribute('href', '/checklisten/einbuergerung-zehn-stag/v4/');
  await expect(page.locator('[data-notice="announced-next"]')).toHaveCount(0);
  await expect(page.locator('[data-history-row="4"] [data-status-badge]')).toHaveText('aktuell gültig');
  await expect(page.locator('[data-history-row="3"] [data-status-badge]')).toHaveText('nicht mehr gültig');
  await expect(page.locator('[data-read-date]')).toHaveText(/Gelesen am 05\.12\.2026/);
});

test('read on 05.12.2026, v4 (announced at build time) is current and only v5 is still announced', async ({ page }) => {
  await at(page, '2026-12-05');
  await page.goto(`${STAG}v4/`);
  await expect(status(page)).toHaveText('aktuell gültig');
  await expect(validityText(page)).toHaveText('gültig vom 01.12.2026 bis 28.02.2027');
  await expect(page.locator('[data-notice="announced"]')).toHaveCount(0);
  await expect(page.locator('[data-notice="announced-next"]')).toContainText('v5 gilt ab 01.03.2027');
  await expect(page.locator('[data-notice="announced-next"]')).not.toContainText('v4 gilt ab');
});

test('read after 01.03.2027 the last version is open-ended, and after its review date it is marked overdue', async ({ page }) => {
  await at(page, '2027-03-02');
  await page.goto(`${STAG}v5/`);
  await expect(status(page)).toHaveText('aktuell gültig');
  await expect(validityText(page)).toHaveText('gilt seit 01.03.2027');
  await expect(page.locator('[data-validity-notices] [data-notice]')).toHaveCount(0);
  await at(page, '2027-07-01');
  await page.reload();
  await expect(page.locator('[data-notice="overdue"]')).toContainText('Diese Fassung sollte bis 30.06.2027 überprüft werden.');
});

test('a reader whose clock is behind the build sees a started version as announced (the browser date rules)', async ({ page }) => {
  await at(page, '2025-10-29');
  await page.goto(STAG);
  await expect(status(page)).toHaveText('angekündigt');
  await expect(validityText(page)).toHaveText('gilt ab 30.10.2025 — angekündigt');
  await expect(page.locator('[data-notice="announced"]').getByRole('link', { name: 'Fassung v2' })).toHaveAttribute(
    'href',
    '/checklisten/einbuergerung-zehn-stag/v2/',
  );
});

test('"Was galt am …?" on a document names the version of the chosen day and links to it', async ({ page }) => {
  await at(page, '2026-11-25');
  await page.goto(STAG);
  const picker = page.locator('[data-date-picker]');
  await picker.getByLabel('Stichtag').fill('2024-06-26');
  await picker.getByRole('button', { name: 'Fassung anzeigen' }).click();
  await expect(picker.locator('[data-date-result]')).toHaveText('Am 26.06.2024 galt Fassung v1 (gültig vom 01.01.2023 bis 26.06.2024). Fassung v1 öffnen');
  await picker.getByLabel('Stichtag').fill('2024-06-27');
  await picker.getByLabel('Stichtag').press('Enter');
  await expect(picker.locator('[data-date-result]')).toContainText('Am 27.06.2024 galt Fassung v2');
  await picker.getByRole('link', { name: 'Fassung v2 öffnen' }).click();
  await expect(page).toHaveURL(`${STAG}v2/`);
});

test('any two versions can be compared from the history form, in either order', async ({ page }) => {
  await page.goto(STAG);
  const form = page.locator('[data-compare-picker]');
  await form.getByLabel('von').selectOption('4');
  await form.getByLabel('bis').selectOption('1');
  await form.getByRole('button', { name: 'Vergleichen' }).click();
  await expect(page).toHaveURL(`${STAG}vergleich/v1-v4/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Änderungen von v1 zu v4');
});

test('the comparison can hide unchanged items, and every change keeps a text label', async ({ page }) => {
  await page.goto(`${STAG}vergleich/v1-v2/`);
  const same = page.locator('[data-diff-item="same"]');
  await expect(same.first()).toBeVisible();
  await page.getByLabel('Nur Änderungen zeigen').check();
  await expect(same.first()).toBeHidden();
  for (const item of await page.locator('[data-diff-item]:not([data-diff-item="same"])').all())
    await expect(item.locator('.diff-label')).toHaveText(/^(Neu|Entfernt|Geändert|Verschoben)$/);
});

test('/stand/ lists the version of every document on the chosen day, with links, without a server', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await at(page, '2026-12-05');
  await page.goto(`${FIXTURE}/stand/`);
  const row = page.getByRole('row', { name: /Anspruchseinbürgerung nach § 10 StAG prüfen/ });
  await expect(row.getByRole('link', { name: 'Fassung v4' })).toHaveAttribute('href', '/checklisten/einbuergerung-zehn-stag/v4/');
  await page.getByLabel('Stichtag').fill('2024-06-26');
  await page.getByRole('button', { name: 'Anzeigen', exact: true }).click();
  await expect(row.getByRole('link', { name: 'Fassung v1' })).toBeVisible();
  await expect(row).toContainText('vom 01.01.2023 bis 26.06.2024');
  await expect(row).toContainText('nicht mehr gültig');
  await expect(page).toHaveURL(/\?datum=2024-06-26$/);
  await expect(page.getByRole('row', { name: /§ 10 StAG im Wortlaut/ })).toContainText('Fassung v1');
  // Fewer than 100 documents: nothing more to show.
  await expect(page.getByRole('button', { name: /Weitere anzeigen/ })).toBeHidden();
  expect(requests.every((u) => u.startsWith(`${FIXTURE}/`))).toBe(true);
  expect(requests.filter((u) => u.includes('/api/')).map((u) => new URL(u).pathname)).toEqual(['/api/stand.json']);
});

test('/stand/?datum=… opens on that day and filters by title', async ({ page }) => {
  await page.goto(`${FIXTURE}/stand/?datum=2022-06-01&filter=zehn`);
  await expect(page.locator('[data-stand-summary]')).toHaveText('Am 01.06.2022 galt bei 0 von 2 Dokumenten eine Fassung; 2 gab es noch nicht.');
  await expect(page.getByRole('row', { name: /§ 10 StAG im Wortlaut/ })).toContainText('erste Fassung gilt ab 01.01.2023');
});

test('/stand/ stays quick with 5,000 documents: 100 rows at a time, the rest on request', async ({ page }) => {
  const documents = Array.from({ length: 5000 }, (_, i) => ({
    ref: `checklists/dok-${i}`,
    type: i % 2 ? 'checklist' : 'guideline',
    title: `Dokument ${String(i).padStart(4, '0')}`,
    url: `/checklisten/dok-${i}/`,
    versions: [
      [1, '2020-01-01'],
      [2, '2024-06-27'],
      [3, '2027-01-01'],
    ],
  }));
  await page.route('**/api/stand.json', (route) => route.fulfill({ json: { generated: '2026-11-25', documents } }));
  await at(page, '2026-11-25');
  const started = Date.now();
  await page.goto(`${FIXTURE}/stand/`);
  await expect(page.locator('[data-stand-summary]')).toHaveText('Am 25.11.2026 gilt bei 5000 von 5000 Dokumenten eine Fassung.');
  expect(Date.now() - started).toBeLessThan(5000);
  await expect(page.locator('[data-stand-rows] tr')).toHaveCount(100);
  await page.getByRole('button', { name: /Weitere anzeigen/ }).click();
  await expect(page.locator('[data-stand-rows] tr')).toHaveCount(200);
  await expect(page.getByRole('button', { name: /Weitere anzeigen/ })).toHaveText('Weitere anzeigen (4800 von 5000 noch nicht angezeigt)');
  await expect(page.locator('[data-stand-rows] tr').nth(100).getByRole('link').first()).toBeFocused();
});

for (const [name, path, setup] of [
  ['a superseded version page', `${STAG}v1/`, undefined],
  ['the current version page with its history and pickers', STAG, undefined],
  ['an announced version page', `${STAG}v5/`, undefined],
  ['a page re-evaluated on a later day', STAG, '2026-12-05'],
  ['the checklist comparison', `${STAG}vergleich/v1-v2/`, undefined],
  ['the guideline comparison', `${FIXTURE}/leitfaeden/einbuergerung-zehn-stag-wortlaut/vergleich/v1-v3/`, undefined],
  ['the list of comparisons', `${STAG}vergleich/`, undefined],
  ['the "Was galt am …?" page', `${FIXTURE}/stand/?datum=2024-07-01`, undefined],
] as const) {
  test(`${name} has no accessibility violations (WCAG 2.1 A/AA)`, async ({ page }) => {
    if (setup) await at(page, setup);
    await page.goto(path);
    if (path.includes('/stand/')) await expect(page.locator('[data-stand-rows] tr').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the per-document date picker answer has no accessibility violations', async ({ page }) => {
  await page.goto(STAG);
  await page.locator('[data-date-picker]').getByRole('button', { name: 'Fassung anzeigen' }).click();
  await expect(page.locator('[data-date-result]')).not.toBeEmpty();
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a version page still states its built validity, its boxes can be ticked, and tools that need a script stay hidden', async ({ page }) => {
    await page.goto(STAG);
    await expect(status(page)).toHaveText('aktuell gültig');
    await expect(page.locator('[data-checklist-tools]')).toBeHidden();
    await expect(page.locator('[data-date-picker]')).toBeHidden();
    await page.getByRole('checkbox', { name: /seit fünf Jahren/ }).check();
    await expect(page.getByRole('checkbox', { name: /seit fünf Jahren/ })).toBeChecked();
    await expect(page.getByRole('link', { name: 'Änderungen gegenüber v2' })).toHaveAttribute('href', '/checklisten/einbuergerung-zehn-stag/vergleich/v2-v3/');
  });

  test('the compare form falls back to the list of all comparisons', async ({ page }) => {
    await page.goto(STAG);
    await page.locator('[data-compare-picker]').getByRole('button', { name: 'Vergleichen' }).click();
    await expect(page).toHaveURL(/\/checklisten\/einbuergerung-zehn-stag\/vergleich\/\?von=2&bis=3$/);
    await expect(page.getByRole('link', { name: 'v1 mit v5' })).toHaveAttribute('href', '/checklisten/einbuergerung-zehn-stag/vergleich/v1-v5/');
  });

  test('/stand/ explains that it needs JavaScript instead of showing an empty form', async ({ page }) => {
    await page.goto(`${FIXTURE}/stand/`);
    await expect(page.getByText('Diese Seite braucht JavaScript.')).toBeVisible();
    await expect(page.locator('[data-stand-form]')).toBeHidden();
  });
});
