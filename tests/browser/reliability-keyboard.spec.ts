/**
 * Keyboard-only walk-throughs (BITV 2.0 / WCAG 2.1.1, 2.4.3, 2.4.7): search, checklist,
 * comparison and quiz are done from the page start with Tab, arrows, Space and Enter only — no
 * mouse, no `.click()`, no `.fill()` — and every element that gets focus on the way shows it.
 * Hooks (stable, shared with the features' own tests):
 *   search     (feature "search"):     [data-search-input], [data-search-page], [data-search-list]
 *   checklist  (feature "checklists"): main input[type=checkbox], [data-progress-text], [data-filter-open]
 *   comparison (feature "versioning"): [data-compare-picker] with select[name=von|bis]
 *   quiz       (feature "tracks"):     [data-quiz] with radios, [data-quiz-check], [data-quiz-feedback]
 */
import { test, expect, type Page } from '@playwright/test';
import { FIXTURE_URL } from '../support/ports.ts';

const FIXTURE = FIXTURE_URL;
const MAX_TABS = 120;

/** Is the focused element visibly marked (outline or box-shadow), as :focus-visible styles do? */
async function focusShown(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    // Focus on the body: Tab left the page towards the browser's own controls; nothing to show.
    if (!el || el === document.body) return undefined;
    // Date and time fields have inner stops (calendar button) that the browser marks itself.
    if (el instanceof HTMLInputElement && /^(date|time|datetime-local|month|week)$/.test(el.type) && !el.matches(':focus-visible')) return undefined;
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none';
    return outlined || shadowed ? undefined : `<${el.tagName.toLowerCase()} ${el.id ? `id="${el.id}"` : el.className}> zeigt den Fokus nicht`;
  });
}

/** Presses Tab until the focused element matches `selector`; every stop on the way must show focus. */
async function tabTo(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const hidden: string[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press(key);
    const problem = await focusShown(page);
    if (problem) hidden.push(problem);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      expect(hidden, 'Fokus sichtbar auf jedem Halt').toEqual([]);
      return;
    }
  }
  throw new Error(`${selector} ist mit ${MAX_TABS}× ${key} nicht erreichbar`);
}

async function type(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 15 });
}

test('search by keyboard only: "/" to the field, type, Enter, Tab to a result, Enter opens it (feature: search)', async ({ page }) => {
  await page.goto(`${FIXTURE}/checklisten/`);
  await page.keyboard.press('/');
  await expect(page.locator('[data-search-input]')).toBeFocused();
  await type(page, 'Fiktionsbescheinigung');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/suche\/\?q=Fiktionsbescheinigung/);
  await expect(page.locator('[data-search-list] a').first()).toBeVisible({ timeout: 15_000 });
  await tabTo(page, '[data-search-list] a');
  const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target);
  await expect(page.locator('h1')).toBeVisible();
});

test('the quick search is driven by arrows and Escape returns to the field (feature: search)', async ({ page }) => {
  await page.goto(`${FIXTURE}/`);
  await page.keyboard.press('/');
  await type(page, 'Fiktion');
  await expect(page.locator('[data-quick-results] a').first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-quick-results] a').first()).toBeFocused();
  expect(await focusShown(page)).toBeUndefined();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-search-input]')).toBeFocused();
  await expect(page.locator('[data-quick-search]')).toBeHidden();
});

test('a checklist is worked through by keyboard only: Tab to an item, Space ticks, progress is announced, the filter toggles (feature: checklists)', async ({
  page,
}) => {
  await page.goto(`${FIXTURE}/checklisten/fiktionsbescheinigung/`);
  const progress = page.locator('[data-progress-text]');
  const before = await progress.textContent();
  await tabTo(page, 'main input[type="checkbox"]');
  await page.keyboard.press('Space');
  await expect(page.locator('main input[type="checkbox"]').first()).toBeChecked();
  await expect(progress).not.toHaveText(before ?? '');
  await expect(progress).toHaveAttribute('aria-live', 'polite');
  await tabTo(page, '[data-filter-open]', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-filter-open]')).toHaveAttribute('aria-pressed', 'true');
});

test('two versions are compared by keyboard only: picker selects with arrows, Enter on "Vergleichen" (feature: versioning)', async ({ page }) => {
  await page.goto(`${FIXTURE}/checklisten/einbuergerung-zehn-stag/v3/`);
  await tabTo(page, '[data-compare-picker] select[name="von"]');
  await page.keyboard.press('Home');
  await tabTo(page, '[data-compare-picker] select[name="bis"]');
  await page.keyboard.press('End');
  await tabTo(page, '[data-compare-picker] button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/vergleich\/v1-v5\/$/);
  await expect(page.locator('h1')).toContainText(/v1/);
  await expect(page.locator('main ins, main del, main [data-change]').first()).toBeVisible();
});

test('a quiz question is answered by keyboard only: Tab into the group, arrows choose, Enter checks, feedback is announced (feature: tracks)', async ({
  page,
}) => {
  await page.goto(`${FIXTURE}/einarbeitung/grundlagen/`);
  const quiz = page.locator('[data-quiz]').first();
  await tabTo(page, '[data-quiz] input[type="radio"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(quiz.locator('input[type="radio"]').first()).toBeChecked();
  await tabTo(page, '[data-quiz] [data-quiz-check]');
  await page.keyboard.press('Enter');
  const feedback = quiz.locator('[data-quiz-feedback]');
  await expect(feedback).toContainText(/Richtig|Nicht richtig/);
  await expect(feedback).toHaveAttribute('role', 'status');
  await expect(quiz.locator('[data-quiz-retry]')).toBeFocused();
  expect(await focusShown(page)).toBeUndefined();
});
