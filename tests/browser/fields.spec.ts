/**
 * What only a browser can show for the ordering fields (seed site, built for 2026-11-25): a
 * briefing whose `until` passes after the build reads "ausgelaufen" on a later reading day, on
 * its page and in the timeline; and the start page shows only the week of the track that is
 * running (a team track comes `after` the six weeks of basics).
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { SEED_URL } from '../support/ports.ts';

const SUSPENDED = `${SEED_URL}/rechtsaenderungen/familiennachzug-subsidiaer-ausgesetzt/`;
const GRUNDLAGEN = 'Grundlagen: Einarbeitung für alle neuen Mitarbeitenden';

test('a temporary rule reads "in Kraft" on the build day and "ausgelaufen" the day after its until, without a new build', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
  await page.goto(SUSPENDED);
  const article = page.locator('article[data-briefing]');
  await expect(article).toHaveAttribute('data-state', 'in-force');
  await expect(article.locator('.validity-line [data-bstatus-badge]')).toHaveText('in Kraft');
  await expect(article.locator('[data-notice="briefing-status"]')).toContainText('Befristete Regelung: gilt bis einschließlich 23.07.2027');

  // The last day still counts.
  await page.clock.setFixedTime(new Date('2027-07-23T09:00:00'));
  await page.reload();
  await expect(article).toHaveAttribute('data-state', 'in-force');

  await page.clock.setFixedTime(new Date('2027-07-24T09:00:00'));
  await page.reload();
  await expect(article).toHaveAttribute('data-state', 'expired');
  await expect(article.locator('.validity-line [data-bstatus-badge]')).toHaveText('ausgelaufen');
  const notice = article.locator('[data-notice="briefing-status"]');
  await expect(notice.locator('.notice-title')).toHaveText('Ausgelaufen: Diese befristete Regelung gilt nicht mehr.');
  await expect(notice).toContainText('Sie galt bis einschließlich 23.07.2027.');
  await expect(notice).toHaveAttribute('role', 'note');
  await expect(article.locator('[data-bstatus-fact] dd')).toHaveText('ausgelaufen – galt bis 23.07.2027');
  const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;
  expect(violations.map((v) => v.id)).toEqual([]);

  await page.goto(`${SEED_URL}/rechtsaenderungen/`);
  const item = page.locator('li[data-briefing="familiennachzug-subsidiaer-ausgesetzt"]');
  await expect(item).toHaveAttribute('data-state', 'expired');
  await expect(item.locator('[data-bstatus-badge]')).toHaveText('ausgelaufen');
  await expect(item.locator('[data-bstatus-line]')).toHaveText('galt bis 23.07.2027');
});

test('the start page shows only the week of the track that is running: basics first, the team track after them', async ({ page }) => {
  const progress = {
    format: 'lotse-einarbeitung',
    version: 1,
    startDate: '2026-02-04',
    tracks: ['einbuergerung'],
    read: {},
    tasks: {},
    quiz: {},
    updatedAt: '2026-02-04T08:00:00.000Z',
  };
  await page.clock.setFixedTime(new Date('2026-02-11T09:00:00'));
  await page.goto(`${SEED_URL}/`);
  await page.evaluate((p) => localStorage.setItem('lotse:progress:v1', JSON.stringify(p)), progress);
  await page.reload();
  const due = page.locator('[data-due-this-week]');
  await expect(due).toContainText(`Woche 2: 09.02.–13.02.2026 (KW 7). Es läuft: ${GRUNDLAGEN} (Woche 2 von 6).`);
  await expect(due.getByRole('listitem')).toHaveCount(1);
  await expect(due.getByRole('listitem')).toContainText(`Das System der Aufenthaltstitel (${GRUNDLAGEN})`);

  // Plan week 7 (16.03.2026) is week 1 of the Einbürgerung track, which comes after the six weeks of basics.
  await page.clock.setFixedTime(new Date('2026-03-18T09:00:00'));
  await page.reload();
  await expect(due).toContainText('Woche 7: 16.03.–20.03.2026 (KW 12). Es läuft: Einarbeitung Einbürgerung (Woche 1 von 6).');
  await expect(due.getByRole('listitem')).toHaveText([/^Rechtsgrundlagen der Einbürgerung \(Einarbeitung Einbürgerung\)/]);

  // The track page dates its week 1 after the basics and links back to them.
  await page.goto(`${SEED_URL}/einarbeitung/einbuergerung/`);
  await expect(page.locator('[data-track-after]').getByRole('link', { name: GRUNDLAGEN })).toHaveAttribute('href', '/einarbeitung/grundlagen/');
  await expect(page.getByRole('heading', { level: 2, name: /^Woche 1: 16\.03\.–20\.03\.2026 \(KW 12\) diese Woche/ })).toBeVisible();
  await expect(page.locator('[data-start-status]')).toContainText('Heute ist Woche 1 von 6 (16.03.–20.03.2026, KW 12)');
});
