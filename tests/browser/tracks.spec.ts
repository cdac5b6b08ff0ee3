/**
 * Onboarding tracks in the browser, on the fixture site (track "Einstieg Team Aufenthalt"):
 * a colleague walks a track end to end and carries the progress to another computer; 'neu lesen'
 * after a major version; print views; axe on every track view. Every test watches the network:
 * nothing may leave the site.
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { FIXTURE_URL, SEED_URL } from '../support/ports.ts';

const FIXTURE = FIXTURE_URL;
const TRACK = `${FIXTURE}/einarbeitung/aufenthalt-einstieg/`;
const STAND = `${FIXTURE}/einarbeitung/stand/`;
const PLAN = `${TRACK}plan/`;
/** Wednesday of plan week 2 for a start on Wednesday 04.02.2026 (build date is 25.11.2026). */
const WEEK_2 = new Date('2026-02-11T09:30:00+01:00');

interface Network {
  seen: string[];
  outside: string[];
}

/** Records every request; `outside` those not to the site itself (blob: downloads stay in the browser). */
function watchNetwork(context: BrowserContext): Network {
  const net: Network = { seen: [], outside: [] };
  context.on('request', (request) => {
    const url = request.url();
    net.seen.push(url);
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    if (new URL(url).origin !== FIXTURE) net.outside.push(url);
  });
  return net;
}

function expectStayedOnSite(net: Network): void {
  expect(net.seen.length, 'the watcher saw the pages load').toBeGreaterThan(0);
  expect(net.outside).toEqual([]);
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const module1 = (page: Page) => page.locator('[data-module="fiktion-und-verlaengerung"]');
const question = (page: Page, n: number) => module1(page).getByRole('group', { name: new RegExp(`^Frage ${n}:`) });

test('a new colleague walks a track: start date, reading, tasks, quiz wrong and right, reload, report, export and import elsewhere', async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const desk1 = await browser.newContext();
  const net = watchNetwork(desk1);
  const page = await desk1.newPage();
  await page.clock.setFixedTime(WEEK_2);
  await page.goto(TRACK);

  // Start date, by keyboard: the weeks get dates and calendar weeks, the current one says so.
  await page.getByLabel('Mein erster Arbeitstag').fill('2026-02-04');
  await page.getByLabel('Mein erster Arbeitstag').press('Enter');
  await expect(page.locator('[data-start-status]')).toContainText('Heute ist Woche 2 von 3 (09.02.–13.02.2026, KW 7)');
  await expect(page.getByRole('heading', { level: 2, name: /^Woche 1: 02\.02\.–06\.02\.2026 \(KW 6\)/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Woche 2: 09.02.–13.02.2026 (KW 7) diese Woche' })).toBeVisible();
  await expect(page.locator('[data-week="1"] [data-week-now]')).toBeHidden();

  // Reading and a task, by keyboard; the module's progress and the live region follow.
  await page.getByRole('checkbox', { name: 'gelesen: Fiktionsbescheinigung ausstellen' }).focus();
  await page.keyboard.press('Space');
  await expect(module1(page).locator('[data-module-count]')).toHaveText('1 von 7 erledigt');
  await expect(page.locator('[data-track-live]')).toHaveText('Gespeichert. Modul „Fiktion und Verlängerung“: 1 von 7 erledigt.');
  await expect(module1(page).locator('[data-read-info]').first()).toHaveText('gelesen am 11.02.2026 (v2)');
  await page.getByRole('checkbox', { name: 'Zwei Verlängerungen am Schalter begleiten' }).check();
  await expect(module1(page).locator('[data-module-count]')).toHaveText('2 von 7 erledigt');

  // Quiz, wrong first: the explanation appears only after answering, then retry and answer right.
  const explanation = 'Die Fortgeltungsfiktion steht in § 81 Abs. 4 Satz 1 AufenthG.';
  await expect(page.locator('main')).not.toContainText(explanation);
  const q1 = question(page, 1);
  await q1.getByRole('radio', { name: '§ 60a AufenthG' }).check();
  await q1.getByRole('button', { name: 'Antwort prüfen' }).click();
  await expect(q1.getByRole('status')).toContainText('Nicht richtig. Richtig ist: „§ 81 Abs. 4 AufenthG“.');
  await expect(q1.getByRole('status')).toContainText(explanation);
  await expect(q1.getByRole('radio', { name: '§ 60a AufenthG – Ihre Antwort' })).toBeDisabled();
  await expect(q1.getByRole('button', { name: 'Noch einmal versuchen' })).toBeFocused();
  await expect(module1(page).locator('[data-module-count]')).toHaveText('2 von 7 erledigt');
  await page.keyboard.press('Enter');
  await expect(q1.getByRole('radio').first()).toBeFocused();
  await expect(q1.getByRole('status')).toBeEmpty();
  await q1.getByRole('radio', { name: '§ 81 Abs. 4 AufenthG' }).check();
  await q1.getByRole('button', { name: 'Antwort prüfen' }).click();
  await expect(q1.getByRole('status')).toContainText('Richtig.');
  await expect(module1(page).locator('[data-module-count]')).toHaveText('3 von 7 erledigt');

  // Second question entirely by keyboard: arrow to the second option, Tab to the button.
  const q2 = question(page, 2);
  await q2.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(q2.getByRole('button', { name: 'Antwort prüfen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(q2.getByRole('status')).toContainText('Richtig.');
  await expect(page.locator('[data-track-count]')).toHaveText('4 von 11 erledigt (36 %), 0 von 3 Modulen abgeschlossen');

  // Reload: everything is still there.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'gelesen: Fiktionsbescheinigung ausstellen' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Zwei Verlängerungen am Schalter begleiten' })).toBeChecked();
  await expect(question(page, 1).getByRole('status')).toContainText('Richtig.');
  await expect(question(page, 1).getByRole('status')).toContainText('Versuche bisher: 2');
  await expect(page.locator('[data-track-count]')).toHaveText('4 von 11 erledigt (36 %), 0 von 3 Modulen abgeschlossen');
  await expect(page.getByLabel('Mein erster Arbeitstag')).toHaveValue('2026-02-04');

  // The start page shows what is due this week and what is still open from week 1.
  await page.goto(`${FIXTURE}/`);
  const due = page.locator('[data-due-this-week]');
  await expect(due.getByRole('heading', { name: 'Ihre Einarbeitung diese Woche' })).toBeVisible();
  await expect(due).toContainText('Woche 2: 09.02.–13.02.2026 (KW 7).');
  await expect(due.getByRole('listitem')).toHaveText(['Einbürgerung im Überblick (Einstieg Team Aufenthalt) – 0 von 3 erledigt']);
  await expect(due).toContainText('Aus früheren Wochen noch offen: 3 Punkte.');

  // The report for the review talk.
  await page.goto(STAND);
  const report = page.locator('[data-report-track="aufenthalt-einstieg"]');
  await expect(page.locator('.report-date')).toHaveText('Stand: 11.02.2026 · Erster Arbeitstag: 04.02.2026 (heute Woche 2)');
  await expect(report).toContainText('Gesamt: 4 von 11 erledigt (36 %) · 0 von 3 Modulen abgeschlossen.');
  await expect(report.getByRole('row', { name: /Fiktion und Verlängerung/ })).toContainText('2 von 2 richtig (3 Versuche)');
  await expect(report.locator('[data-open-items] li')).toHaveCount(7);
  await expect(report.locator('[data-open-items]')).toContainText('Woche 1, Fiktion und Verlängerung – lesen: Aufenthaltstitel aushändigen (Checkliste)');

  // Export to a file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Fortschritt exportieren' }).click()]);
  expect(download.suggestedFilename()).toBe('lotse-einarbeitung-2026-02-11.json');
  const file = testInfo.outputPath('fortschritt.json');
  await download.saveAs(file);
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'lotse-einarbeitung', version: 1, startDate: '2026-02-04', tracks: ['aufenthalt-einstieg'] });
  await expect(page.getByRole('status').filter({ hasText: 'wurde erstellt' })).toContainText('„lotse-einarbeitung-2026-02-11.json“');
  expectStayedOnSite(net);
  await desk1.close();

  // Another computer: a fresh browser with its own small progress and a later start date.
  const desk2 = await browser.newContext();
  const net2 = watchNetwork(desk2);
  const page2 = await desk2.newPage();
  await page2.clock.setFixedTime(WEEK_2);
  await page2.goto(`${FIXTURE}/einarbeitung/grundlagen/`);
  await page2.getByLabel('Mein erster Arbeitstag').fill('2026-02-09');
  await page2.getByRole('button', { name: 'Speichern' }).click();
  await page2.getByRole('checkbox', { name: 'Einen Vormittag am Servicepoint hospitieren' }).check();
  await page2.goto(STAND);
  const fileInput = page2.getByLabel('Fortschrittsdatei (.json) auswählen');

  // A damaged file and a foreign file are refused with the reason; nothing changes.
  await fileInput.setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from(exported.slice(0, 200)) });
  await expect(page2.getByRole('alert').filter({ hasText: 'kaputt.json' })).toHaveText(
    'Die Datei „kaputt.json“ kann nicht importiert werden: die Datei ist beschädigt oder unvollständig (kein gültiges JSON). Ihr bisheriger Fortschritt bleibt unverändert.',
  );
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  await page2.getByRole('button', { name: 'Importieren und zusammenführen' }).click();
  await fileInput.setInputFiles({ name: 'liste.json', mimeType: 'application/json', buffer: Buffer.from('{"eintraege":[]}') });
  await expect(page2.getByRole('alert').filter({ hasText: 'liste.json' })).toContainText('es ist keine Lotse-Fortschrittsdatei (die Kennung „format“ fehlt)');
  await expect(page2.locator('[data-report-track]')).toHaveCount(1);
  await expect(page2.locator('[data-report-track="grundlagen"]')).toContainText('Gesamt: 1 von 4 erledigt');

  // The real file: preview, choice of start date (earlier preselected), merge.
  await fileInput.setInputFiles(file);
  await expect(page2.locator('[data-backup-preview]')).toContainText(
    'ist in Ordnung. Sie enthält: 1 gelesenes Dokument, 1 erledigte Aufgabe, 2 richtig beantwortete Fragen, erster Arbeitstag 04.02.2026',
  );
  await expect(page2.getByRole('group', { name: 'Welcher erste Arbeitstag soll gelten?' })).toBeVisible();
  await expect(page2.getByRole('radio', { name: 'Der frühere (04.02.2026)' })).toBeChecked();
  await page2.getByRole('button', { name: 'Importieren und zusammenführen' }).click();
  await expect(page2.locator('[data-backup-done]')).toContainText('Nichts von Ihrem bisherigen Fortschritt wurde gelöscht.');
  await expect(page2.locator('.report-date')).toContainText('Erster Arbeitstag: 04.02.2026');
  await expect(page2.locator('[data-report-track]')).toHaveCount(2);
  // Its own task is kept; the imported reading counts in every track that lists the document.
  await expect(page2.locator('[data-report-track="grundlagen"]')).toContainText('Gesamt: 2 von 4 erledigt');

  await page2.goto(TRACK);
  await expect(page2.getByRole('checkbox', { name: 'gelesen: Fiktionsbescheinigung ausstellen' })).toBeChecked();
  await expect(question(page2, 1).getByRole('status')).toContainText('Richtig.');
  await expect(page2.locator('[data-track-count]')).toHaveText('4 von 11 erledigt (36 %), 0 von 3 Modulen abgeschlossen');
  expectStayedOnSite(net2);
  await desk2.close();
});

test('"neu lesen" appears when a document read earlier gets a major version, not for a minor one', async ({ page, context }) => {
  const net = watchNetwork(context);
  const item = page.locator('[data-read-item]').filter({ hasText: 'Aufenthaltstitel aushändigen' });
  const box = page.getByRole('checkbox', { name: 'gelesen: Aufenthaltstitel aushändigen' });

  // 25.11.2026: v1 applies (v2 minor from 01.12.2026, v3 major from 04.01.2027 are announced).
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+01:00'));
  await page.goto(TRACK);
  await box.check();
  await expect(item.locator('[data-read-info]')).toHaveText('gelesen am 25.11.2026 (v1)');

  // 10.12.2026: only a minor version since – still read.
  await page.clock.setFixedTime(new Date('2026-12-10T10:00:00+01:00'));
  await page.reload();
  await expect(box).toBeChecked();
  await expect(item.getByText('neu lesen')).toHaveCount(0);

  // 10.01.2027: v3 (major) applies – read again, with the comparison v1 → v3.
  await page.clock.setFixedTime(new Date('2027-01-10T10:00:00+01:00'));
  await page.reload();
  await expect(box).not.toBeChecked();
  await expect(item.locator('[data-reread]')).toHaveText(
    'neu lesen Sie haben v1 gelesen; inzwischen gilt v3 mit wesentlichen Änderungen. Änderungen v1 → v3 ansehen',
  );
  await expect(item.getByRole('link', { name: 'Änderungen v1 → v3 ansehen' })).toHaveAttribute(
    'href',
    '/checklisten/aufenthaltstitel-aushaendigen/vergleich/v1-v3/',
  );
  await expect(page.locator('[data-track-count]')).toContainText('1 Dokument neu lesen');
  await page.goto(STAND);
  await expect(page.locator('[data-open-items]')).toContainText('neu lesen (gelesen: v1, jetzt v3): Aufenthaltstitel aushändigen');

  // Reading it again clears the mark.
  await page.goto(TRACK);
  await box.check();
  await expect(item.locator('[data-reread]')).toBeHidden();
  await expect(item.locator('[data-read-info]')).toHaveText('gelesen am 10.01.2027 (v3)');
  expectStayedOnSite(net);
});

test('a document read in v1 of two major versions is "neu lesen" with the comparison v1 → v2', async ({ page, context }) => {
  const net = watchNetwork(context);
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+01:00'));
  await page.goto(TRACK);
  // Progress carried over from a desk where v1 was read in 2025 (before v2 applied on 01.01.2026).
  await page.evaluate(() => {
    const p = {
      format: 'lotse-einarbeitung',
      version: 1,
      startDate: null,
      tracks: ['aufenthalt-einstieg'],
      read: { 'checklists/fiktionsbescheinigung': { version: 1, at: '2025-10-01' } },
      tasks: {},
      quiz: {},
      updatedAt: '2025-10-01T08:00:00.000Z',
    };
    localStorage.setItem('lotse:progress:v1', JSON.stringify(p));
  });
  await page.reload();
  const item = page.locator('[data-read-item]').filter({ hasText: 'Fiktionsbescheinigung ausstellen' });
  await expect(item.getByRole('link', { name: 'Änderungen v1 → v2 ansehen' })).toHaveAttribute('href', '/checklisten/fiktionsbescheinigung/vergleich/v1-v2/');
  await expect(page.getByRole('checkbox', { name: 'gelesen: Fiktionsbescheinigung ausstellen' })).not.toBeChecked();
  expectStayedOnSite(net);
});

test('the start page loads no track code or data for a visitor without progress', async ({ page, context }) => {
  const net = watchNetwork(context);
  await page.goto(`${FIXTURE}/`);
  await page.waitForLoadState('networkidle');
  expect(net.seen.filter((url) => url.includes('daten.json') || url.includes('tracks-due-view'))).toEqual([]);
  await expect(page.locator('[data-due-this-week]')).toBeEmpty();
  expectStayedOnSite(net);
});

test('overview and report load the track data only for a reader with progress', async ({ page, context }) => {
  const net = watchNetwork(context);
  const data = () => net.seen.filter((url) => url.endsWith('/einarbeitung/daten.json'));
  await page.goto(`${FIXTURE}/einarbeitung/`);
  await expect(page.locator('[data-track-card="aufenthalt-einstieg"] [data-track-card-progress]').first()).toHaveText('Noch nicht begonnen.');
  await page.goto(STAND);
  await expect(page.locator('[data-report]')).toContainText('Sie haben noch keinen Einarbeitungspfad begonnen.');
  await page.waitForLoadState('networkidle');
  expect(data()).toEqual([]);

  await page.goto(TRACK);
  await page.getByRole('checkbox', { name: 'Zwei Verlängerungen am Schalter begleiten' }).check();
  await page.goto(`${FIXTURE}/einarbeitung/`);
  await expect(page.locator('[data-track-card="aufenthalt-einstieg"] [data-track-card-progress]').first()).toHaveText(
    'Ihr Fortschritt: 1 von 11 erledigt (9 %).',
  );
  await expect(page.locator('[data-track-card="grundlagen"] [data-track-card-progress]')).toHaveText('Noch nicht begonnen.');
  await expect(page.locator('[data-overview-summary]')).toHaveText('Sie arbeiten an einem Pfad: Einstieg Team Aufenthalt (1 von 11 erledigt).');
  expect(data().length).toBe(1);
  expectStayedOnSite(net);
});

test('when the track data cannot be loaded, overview and report say so and keep the progress', async ({ page }) => {
  await page.goto(TRACK);
  await page.getByRole('checkbox', { name: 'Zwei Verlängerungen am Schalter begleiten' }).check();
  await page.route('**/einarbeitung/daten.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(STAND);
  await expect(page.locator('[data-track-problem]')).toContainText('Die Daten der Einarbeitungspfade konnten nicht geladen werden');
  await expect(page.locator('[data-report]')).toContainText('Ihr Stand kann gerade nicht angezeigt werden');
  await page.goto(`${FIXTURE}/einarbeitung/`);
  await expect(page.locator('[data-track-problem]')).toBeVisible();
  await page.unroute('**/einarbeitung/daten.json');
  await page.goto(STAND);
  await expect(page.locator('[data-report-track="aufenthalt-einstieg"]')).toContainText('Gesamt: 1 von 11 erledigt');
  await expect(page.locator('[data-track-problem]')).toBeHidden();
});

test('a damaged stored progress is set aside with a notice, not taken for empty', async ({ page }) => {
  await page.goto(TRACK);
  await page.evaluate(() => localStorage.setItem('lotse:progress:v1', '{"format":"lotse-einarbeitung",'));
  await page.reload();
  await expect(page.locator('[data-track-problem]')).toContainText('war beschädigt');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('lotse:progress:v1:beschaedigt:'))).toBe(true);
});

test('track, overview, report and print views have no accessibility violations', async ({ page, context }) => {
  test.setTimeout(90_000); // six axe runs
  const net = watchNetwork(context);
  await page.clock.setFixedTime(WEEK_2);
  await page.goto(TRACK);
  await page.getByLabel('Mein erster Arbeitstag').fill('2026-02-04');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('checkbox', { name: 'Zwei Verlängerungen am Schalter begleiten' }).check();
  await question(page, 1).getByRole('radio', { name: '§ 10 StAG' }).check();
  await question(page, 1).getByRole('button', { name: 'Antwort prüfen' }).click();
  await page.evaluate(() => {
    const p = JSON.parse(localStorage.getItem('lotse:progress:v1')!);
    p.read['checklists/fiktionsbescheinigung'] = { version: 1, at: '2025-10-01' };
    localStorage.setItem('lotse:progress:v1', JSON.stringify(p));
  });
  await page.reload();
  await expect(page.getByText('neu lesen', { exact: true })).toBeVisible();
  await expect(question(page, 1).getByRole('status')).toContainText('Nicht richtig.');
  expect(await axeViolations(page), 'Pfadseite').toEqual([]);

  await page.goto(`${FIXTURE}/einarbeitung/`);
  await expect(page.locator('[data-track-card="aufenthalt-einstieg"] [data-track-card-progress]').first()).toContainText('Ihr Fortschritt');
  expect(await axeViolations(page), 'Übersicht').toEqual([]);

  await page.goto(STAND);
  await expect(page.locator('[data-report-track]')).toHaveCount(1);
  expect(await axeViolations(page), 'Mein Einarbeitungsstand').toEqual([]);
  await page.emulateMedia({ media: 'print' });
  expect(await axeViolations(page), 'Mein Einarbeitungsstand, Druck').toEqual([]);

  await page.emulateMedia({ media: 'screen' });
  await page.goto(PLAN);
  await expect(page.getByRole('heading', { level: 2, name: /^Woche 2: 09\.02\.–13\.02\.2026/ })).toBeVisible();
  expect(await axeViolations(page), 'Druckplan').toEqual([]);
  await page.emulateMedia({ media: 'print' });
  expect(await axeViolations(page), 'Druckplan, Druck').toEqual([]);
  expectStayedOnSite(net);
});

test('printed plan and report are A4 without navigation, forms or buttons', async ({ page }) => {
  await page.goto(`${PLAN}?beginn=2026-02-04`);
  await expect(page.locator('[data-plan-start]')).toHaveText('Erster Arbeitstag: 04.02.2026');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', '[data-plan-form]']) await expect(page.locator(hidden)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einarbeitungsplan: Einstieg Team Aufenthalt');
  await expect(page.getByRole('table')).toHaveCount(3);
  await expect(page.getByText(/^Name: _+/)).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const [, width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf) ?? [];
  expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([595, 842]);

  await page.emulateMedia({ media: 'screen' });
  await page.goto(STAND);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.track-backup', '[data-print]']) await expect(page.locator(hidden)).toBeHidden();
  await expect(page.getByText('Datum, Unterschrift Teamleitung')).toBeVisible();
});

test('the plan for a team lead dates the weeks from the entered day without storing it', async ({ page }) => {
  await page.goto(PLAN);
  await expect(page.getByRole('heading', { level: 2, name: 'Woche 1' })).toBeVisible();
  await page.getByLabel('Erster Arbeitstag der neuen Kollegin oder des neuen Kollegen').fill('2025-12-31');
  await page.getByRole('button', { name: 'Daten eintragen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Woche 1: 29\.12\.2025–02\.01\.2026 \(KW 1\)/ })).toBeVisible();
  expect(page.url()).toContain('?beginn=2025-12-31');
  expect(await page.evaluate(() => localStorage.getItem('lotse:progress:v1'))).toBeNull();
});

test('every track of the seed content has no accessibility violations on its page and printable plan', async ({ page, context }) => {
  test.setTimeout(120_000); // axe on two pages per seed track
  const SEED = SEED_URL;
  const seen: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(SEED)) seen.push(request.url());
  });
  const response = await page.request.get(`${SEED}/einarbeitung/daten.json`);
  const { tracks } = (await response.json()) as { tracks: { url: string }[] };
  expect(tracks.length).toBeGreaterThan(0);
  for (const { url } of tracks) {
    for (const path of [url, `${url}plan/`]) {
      await page.goto(`${SEED}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
  }
  expect(seen).toEqual([]);
});
