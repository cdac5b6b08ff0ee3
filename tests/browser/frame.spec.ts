/** The frame every page shares: keyboard access to content and search, no violations on the start page. */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { FIXTURE_URL } from '../support/ports.ts';

const FIXTURE = FIXTURE_URL;

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto(`${FIXTURE}/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#inhalt')).toBeFocused();
});

test('"/" and Ctrl+K put the cursor into the search field from anywhere on the page', async ({ page }) => {
  await page.goto(`${FIXTURE}/checklisten/`);
  await page.keyboard.press('/');
  await expect(page.locator('#header-q')).toBeFocused();
  await page.locator('main').click();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#header-q')).toBeFocused();
});

test('the start page has no accessibility violations (WCAG 2.1 A/AA)', async ({ page }) => {
  await page.goto(`${FIXTURE}/`);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('at 360 px the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${FIXTURE}/checklisten/fiktionsbescheinigung/`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
