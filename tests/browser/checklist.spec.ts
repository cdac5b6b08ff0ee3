/**
 * Interactive checklists: ticks, progress, "nur offene Punkte", reset, copy as text, print –
 * saved in the browser per checklist version, never sent anywhere. Fixture site, § 10 StAG checklist.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { FIXTURE_URL } from '../support/ports.ts';

const FIXTURE = FIXTURE_URL;
const V3 = `${FIXTURE}/checklisten/einbuergerung-zehn-stag/v3/`;
const progressText = (page: Page) => page.locator('[data-progress-text]');
const box = (page: Page, name: RegExp) => page.getByRole('checkbox', { name });

/** Every request the page makes; checklist state must never appear in one. */
function watchNetwork(page: Page) {
  const requests: { url: string; method: string; body: string | null }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
  return requests;
}

test('ticking updates the count and the progress bar; the ticks survive a reload and stay with this version', async ({ page }) => {
  const requests = watchNetwork(page);
  await page.goto(V3);
  await expect(progressText(page)).toHaveText('0 von 11 Punkten erledigt, 11 offen');
  await box(page, /seit fünf Jahren/).check();
  await box(page, /Identität und Staatsangehörigkeit/).check();
  await expect(progressText(page)).toHaveText('2 von 11 Punkten erledigt, 9 offen');
  await expect(page.locator('[data-progress]')).toHaveJSProperty('value', 2);
  const afterLoad = requests.length;
  await page.reload();
  await expect(box(page, /seit fünf Jahren/)).toBeChecked();
  await expect(box(page, /Identität und Staatsangehörigkeit/)).toBeChecked();
  await expect(progressText(page)).toHaveText('2 von 11 Punkten erledigt, 9 offen');
  const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  expect(stored).toEqual({ 'lotse.checkliste.checklists/einbuergerung-zehn-stag@v3': '["i1","i3"]' });
  // Ticking itself made no request at all; the reload fetched only pages and assets from this site.
  expect(requests.slice(0, afterLoad).filter((r) => r.url.includes('/api/') || r.method !== 'GET')).toEqual([]);
  expect(requests.every((r) => r.url.startsWith(`${FIXTURE}/`) && r.method === 'GET' && r.body === null)).toBe(true);

  await page.goto(`${FIXTURE}/checklisten/einbuergerung-zehn-stag/v2/`);
  await expect(progressText(page)).toHaveText(/^0 von 12 Punkten erledigt/);
});

test('"Nur offene Punkte zeigen" hides ticked items, moves focus on, and shows everything again', async ({ page }) => {
  await page.goto(V3);
  await box(page, /seit fünf Jahren/).check();
  const filter = page.getByRole('button', { name: 'Nur offene Punkte zeigen' });
  await filter.click();
  await expect(filter).toHaveAttribute('aria-pressed', 'true');
  await expect(box(page, /seit fünf Jahren/)).toBeHidden();
  await box(page, /Handlungsfähig/).focus();
  await page.keyboard.press('Space');
  await expect(box(page, /Handlungsfähig/)).toBeHidden();
  await expect(box(page, /Identität und Staatsangehörigkeit/)).toBeFocused();
  await expect(progressText(page)).toHaveText('2 von 11 Punkten erledigt, 9 offen');
  await filter.click();
  await expect(filter).toHaveAttribute('aria-pressed', 'false');
  await expect(box(page, /seit fünf Jahren/)).toBeVisible();
});

test('the checklist works with the keyboard alone', async ({ page }) => {
  await page.goto(V3);
  const first = box(page, /seit fünf Jahren/);
  await page.getByRole('button', { name: 'Häkchen zurücksetzen' }).focus();
  await page.keyboard.press('Tab');
  // The next tab stops are the links of the item or the first checkbox; walk until the box is reached.
  for (let i = 0; i < 5 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(progressText(page)).toHaveText('1 von 11 Punkten erledigt, 10 offen');
});

test('reset removes all ticks of this version and can be undone', async ({ page }) => {
  await page.goto(V3);
  await box(page, /seit fünf Jahren/).check();
  await box(page, /Handlungsfähig/).check();
  await page.getByRole('button', { name: 'Häkchen zurücksetzen' }).click();
  await expect(page.locator('[data-check-status]')).toContainText('2 Häkchen entfernt.');
  await expect(progressText(page)).toHaveText('0 von 11 Punkten erledigt, 11 offen');
  await page.reload();
  await expect(box(page, /seit fünf Jahren/)).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await box(page, /Handlungsfähig/).check();
  await page.getByRole('button', { name: 'Häkchen zurücksetzen' }).click();
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(box(page, /Handlungsfähig/)).toBeChecked();
  await expect(page.locator('[data-check-status]')).toHaveText('Häkchen wiederhergestellt.');
});

test('the checklist is copied as plain text for a case note: title, version, validity, [x]/[ ] per item under its heading', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: FIXTURE });
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+01:00'));
  await page.goto(V3);
  await box(page, /seit fünf Jahren/).check();
  await page.getByRole('button', { name: 'Als Text kopieren' }).click();
  await expect(page.locator('[data-check-status]')).toHaveText('Checkliste als Text in die Zwischenablage kopiert.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\n');
  expect(lines.slice(0, 7)).toEqual([
    'Anspruchseinbürgerung nach § 10 StAG prüfen',
    'Checkliste · Fassung v3 von 5 – gültig vom 30.10.2025 bis 30.11.2026',
    'Stand: 25.11.2026, 1 von 11 Punkten erledigt',
    '',
    'Aufenthalt',
    '[x] Rechtmäßiger gewöhnlicher Aufenthalt im Inland seit fünf Jahren (§ 10 Abs. 1 Satz 1 StAG)',
    '[ ] Handlungsfähig nach § 34 Satz 1 StAG oder gesetzlich vertreten',
  ]);
  expect(lines.filter((l) => l.startsWith('[ ] ') || l.startsWith('[x] '))).toHaveLength(11);
  expect(lines.at(-1)).toBe(`Quelle: ${V3}`);
});

test('without clipboard access the text is offered selected in a text field', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto(V3);
  await page.getByRole('button', { name: 'Als Text kopieren' }).click();
  const area = page.getByLabel(/Text zum Kopieren/);
  await expect(area).toBeFocused();
  await expect(area).toHaveValue(/^Anspruchseinbürgerung nach § 10 StAG prüfen\n/);
});

test('printed on A4: title, version, validity, print date and empty boxes, without navigation or tools', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-03T10:00:00+01:00'));
  await page.goto(V3);
  await box(page, /seit fünf Jahren/).check();
  await page.getByRole('button', { name: 'Nur offene Punkte zeigen' }).click();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', '[data-checklist-tools]', '.history']) await expect(page.locator(hidden)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Anspruchseinbürgerung nach § 10 StAG prüfen');
  await expect(page.locator('.doc-kind')).toHaveText('Checkliste · Fassung v3 von 5');
  await expect(page.locator('.validity-line')).toBeVisible();
  await expect(page.locator('[data-print-meta]')).toBeVisible();
  await expect(page.locator('[data-print-date]')).toHaveText('03.12.2026');
  // Ticked and filtered items print too, as empty boxes to tick by hand.
  const ticked = box(page, /seit fünf Jahren/);
  await expect(ticked).toBeVisible();
  expect(await ticked.evaluate((el) => getComputedStyle(el).appearance)).toBe('none');
  await expectNoAxeViolations(page);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  // A4 is 210 × 297 mm = 595 × 842 pt (Chromium rounds to 594.96 × 841.92).
  expect(pdf).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
});

test('the checklist page with its tools in use has no accessibility violations', async ({ page }) => {
  await page.goto(V3);
  await box(page, /seit fünf Jahren/).check();
  await page.getByRole('button', { name: 'Nur offene Punkte zeigen' }).click();
  await page.getByRole('button', { name: 'Häkchen zurücksetzen' }).click();
  await expectNoAxeViolations(page);
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
