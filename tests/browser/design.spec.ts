/**
 * Issue #17 as a reader meets it (fixture site): the wide layout uses the screen, the first
 * checklist item is visible without scrolling at 1366×768, the phone layout is one column,
 * the key hint is hidden on touch devices, and printing a checklist is the reader's choice.
 */
import { expect, test } from '@playwright/test';
import { FIXTURE_URL } from '../support/ports.ts';

const CHECKLIST = `${FIXTURE_URL}/checklisten/einbuergerung-zehn-stag/`;
const GUIDELINE = `${FIXTURE_URL}/leitfaeden/einbuergerung-voraussetzungen/`;

test.describe('1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the first checklist item and the first guideline paragraph are visible without scrolling', async ({ page }) => {
    await page.goto(CHECKLIST);
    const first = page.locator('.check-item').first();
    const box = (await first.boundingBox())!;
    expect(box.y + 24).toBeLessThan(768);
    await page.goto(GUIDELINE);
    const para = (await page.locator('.doc-body p').first().boundingBox())!;
    expect(para.y + 20).toBeLessThan(768);
  });

  test('navigation on the left, content beside it, no sideways scrolling, history table fits', async ({ page }) => {
    await page.goto(CHECKLIST);
    const nav = (await page.getByRole('navigation', { name: 'Hauptnavigation' }).boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    expect(nav.x + nav.width).toBeLessThanOrEqual(main.x);
    expect(main.width).toBeGreaterThan(900);
    const table = page.locator('.history .table-scroll');
    expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  });
});

test.describe('phone, 390×844, touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('one column, no sideways scrolling, no key hint, big tick boxes', async ({ page }) => {
    await page.goto(CHECKLIST);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.locator('.key-hint')).toBeHidden();
    const box = (await page.locator('.check-box').first().boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    const main = (await page.locator('main').boundingBox())!;
    const teams = (await page.getByRole('navigation', { name: 'Teams' }).boundingBox())!;
    expect(teams.y).toBeGreaterThan(main.y + main.height - 1);
  });
});

test('a desktop shows the key hint "/" next to the search field', async ({ page }) => {
  await page.goto(`${FIXTURE_URL}/`);
  await expect(page.locator('.key-hint')).toBeVisible();
});

test('printing a checklist: empty form by default, with the ticks when chosen, and the header says which', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-03T10:00:00+01:00'));
  await page.goto(CHECKLIST);
  await page.locator('.check-box').first().check();
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByText('Drucken …').click();
  await page.getByRole('button', { name: 'Mit Häkchen, für die Akte' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-mode-text]')).toHaveText('Bearbeitungsstand vom 03.12.2026: 1 von 11 Punkten abgehakt.');
  const tick = await page
    .locator('.check-box')
    .first()
    .evaluate((el) => getComputedStyle(el, '::before').content);
  expect(tick).toBe('"✓"');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Leer, als Formular' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-mode-text]')).toHaveText('Leeres Formular zum Abhaken von Hand.');
  const none = await page
    .locator('.check-box')
    .first()
    .evaluate((el) => getComputedStyle(el, '::before').content);
  expect(none).toBe('none');
});
