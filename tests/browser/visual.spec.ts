/**
 * Visual regression (issue #17): screenshots of the key pages of the FIXTURE site (content that
 * only tests change) at 1366×768 and 390×844, light and dark, compared with the committed
 * baselines in visual.spec.ts-snapshots/. A changed look fails until the baselines are updated
 * on purpose: `npm run test:visual:update` (see README, "Aussehen prüfen").
 * The build date is fixed (E2E_DATE) and so is the browser's clock, so countdowns and
 * "diese Woche" do not move.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_URL } from '../support/ports.ts';

const PAGES: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'start', path: '/' },
  { name: 'checkliste', path: '/checklisten/einbuergerung-zehn-stag/' },
  { name: 'leitfaden', path: '/leitfaeden/einbuergerung-voraussetzungen/' },
  { name: 'vergleich', path: '/checklisten/einbuergerung-zehn-stag/vergleich/v2-v3/' },
  { name: 'rechtsaenderung', path: '/rechtsaenderungen/turbo-einbuergerung-gestrichen/' },
  { name: 'einarbeitung', path: '/einarbeitung/grundlagen/' },
  { name: 'suche', path: '/suche/?q=Einb%C3%BCrgerung', ready: (page) => expect(page.locator('.sr-item').first()).toBeVisible({ timeout: 15_000 }) },
  { name: 'redaktion', path: '/redaktion/' },
];
const VIEWPORTS = [
  { name: 'breit', width: 1366, height: 768 },
  { name: 'mobil', width: 390, height: 844 },
];

test.describe.configure({ mode: 'parallel' });

for (const viewport of VIEWPORTS) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${viewport.name}, ${scheme === 'light' ? 'hell' : 'dunkel'}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: scheme });
      for (const p of PAGES) {
        test(p.name, async ({ page }) => {
          await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+01:00'));
          await page.goto(`${FIXTURE_URL}${p.path}`);
          await page.evaluate(() => document.fonts.ready);
          await p.ready?.(page);
          await expect(page).toHaveScreenshot(`${p.name}-${viewport.name}-${scheme}.png`, { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' });
        });
      }
    });
  }
}
