/**
 * Safe by construction, in the browser: the Content-Security-Policy of every page is honoured —
 * the browser reports no violation while search, checklists, comparison and tracks are used —
 * and a hostile search query from the URL is shown as text, never run or parsed as HTML.
 */
import { test, expect, type Page } from '@playwright/test';
import { watchContext } from '../support/page-watch.ts';
import { FIXTURE_URL } from '../support/ports.ts';
import { reportMetrics } from '../support/metrics.ts';

const FIXTURE = FIXTURE_URL;
const HOSTILE = `"><img src=x onerror="window.__lotsePwned='img'"><script>window.__lotsePwned='script'</script><svg onload="window.__lotsePwned='svg'"></svg>{{7*7}}\${7*7}`;

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __lotsePwned?: string }).__lotsePwned);
}

test('the CSP watch reports an inline script the policy blocks (control)', async ({ browser }) => {
  const context = await browser.newContext();
  const watch = await watchContext(context, FIXTURE);
  const page = await context.newPage();
  await page.goto(`${FIXTURE}/`);
  await page.addScriptTag({ content: "window.__lotsePwned = 'inline'" }).catch(() => undefined);
  await expect.poll(() => watch.csp.length).toBeGreaterThan(0);
  expect(await pwned(page)).toBeUndefined();
  await context.close();
});

test('no CSP violation while search, checklist, comparison and track are used', async ({ browser }) => {
  const context = await browser.newContext();
  const watch = await watchContext(context, FIXTURE);
  const page = await context.newPage();

  await test.step('search: quick search in the header, then the search page with a filter', async () => {
    await page.goto(`${FIXTURE}/`);
    await page.locator('[data-search-input]').fill('Fiktion');
    await expect(page.locator('[data-quick-results] a').first()).toBeVisible({ timeout: 15_000 });
    await page.goto(`${FIXTURE}/suche/?q=Fiktionsbescheinigung`);
    await expect(page.locator('[data-search-list] a').first()).toBeVisible({ timeout: 15_000 });
    await page.locator('[data-search-page] input[name="typ"]').first().check();
    await page.waitForLoadState('networkidle');
  });
  await test.step('checklist: tick, show open items, copy', async () => {
    await page.goto(`${FIXTURE}/checklisten/fiktionsbescheinigung/`);
    await page.locator('main input[type="checkbox"]').first().check();
    await page.locator('[data-filter-open]').click();
    await page.locator('[data-copy]').click();
  });
  await test.step('comparison: choose two versions in the picker', async () => {
    await page.goto(`${FIXTURE}/checklisten/einbuergerung-zehn-stag/v3/`);
    const picker = page.locator('[data-compare-picker]').first();
    await picker.locator('select[name="von"]').selectOption('1');
    await picker.locator('select[name="bis"]').selectOption('3');
    await picker.getByRole('button', { name: 'Vergleichen' }).click();
    await expect(page).toHaveURL(/\/vergleich\/v1-v3\/$/);
  });
  await test.step('track: answer a quiz question', async () => {
    await page.goto(`${FIXTURE}/einarbeitung/grundlagen/`);
    const quiz = page.locator('[data-quiz]').first();
    await quiz.locator('input[type="radio"]').first().check();
    await quiz.locator('[data-quiz-check]').click();
    await expect(quiz.locator('[data-quiz-feedback]')).not.toBeEmpty();
  });

  await context.close();
  reportMetrics({ 'csp-requests': watch.requests });
  expect(watch.findings()).toEqual([]);
});

test('a hostile query in the search URL is shown as text and never runs', async ({ browser }) => {
  const context = await browser.newContext();
  const watch = await watchContext(context, FIXTURE);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${FIXTURE}/suche/?q=${encodeURIComponent(HOSTILE)}`);
  const input = page.locator('[data-search-page] input[name="q"]');
  await expect(input).toHaveValue(HOSTILE.trim());
  // The search ran (status or empty-result text appears) before we look for injected markup.
  await expect(page.locator('[data-search-status]')).not.toBeEmpty({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  expect(await page.locator('main img[src="x"], main svg[onload], main script:not([src])').count()).toBe(0);
  expect(await pwned(page)).toBeUndefined();

  // The same text typed into the header's quick search.
  await page.locator('[data-search-input]').fill(HOSTILE);
  await page.waitForTimeout(300);
  expect(await page.locator('header img[src="x"], [data-quick-search] img[src="x"]').count()).toBe(0);
  expect(await pwned(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await context.close();
  expect(watch.csp, 'nothing was even attempted').toEqual([]);
});
