/**
 * The browser editor (/redaktion/editor/, Decap CMS) against `npm run redaktion` on a temporary
 * copy of the content: a new version of a checklist, a new briefing with two affected documents,
 * a glossary edit, and three saves the check refuses with the German message and nothing
 * written. Afterwards the files are exactly what a person would have written, `npm run check --
 * --strict` passes and a build shows the new version. Every request stays on 127.0.0.1; axe
 * reports on the editor page (see README for what belongs to Decap).
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { frontmatterYaml } from '../../src/editorial/new/templates.ts';
import { PORT_BASE } from '../support/ports.ts';

const repo = join(import.meta.dirname, '..', '..');
const PORT = PORT_BASE + 5;
const PROXY_PORT = PORT_BASE + 6;
const EDITOR = `http://127.0.0.1:${PORT}/redaktion/editor/`;
let copy: string;
let server: ChildProcess;
const hosts = new Set<string>();
const counts = { saved: 0, refused: 0, offered: 0, requests: 0 };
/** The editor is served with the CSP of deploy/nginx.conf's /redaktion/editor/ location. */
const cspViolations: string[] = [];

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ screenshot: 'only-on-failure' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  copy = mkdtempSync(join(tmpdir(), 'lotse-editor-'));
  for (const folder of ['content', 'checklists']) cpSync(join(repo, folder), join(copy, folder), { recursive: true });
  server = spawn(process.execPath, ['src/cli/redaktion.ts', '--root', copy, '--port', String(PORT), '--proxy-port', String(PROXY_PORT)], {
    cwd: repo,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
  let output = '';
  server.stdout?.on('data', (d) => (output += String(d)));
  server.stderr?.on('data', (d) => (output += String(d)));
  for (let i = 0; i < 200 && !output.includes('Lotse-Redaktion:'); i++) await new Promise((r) => setTimeout(r, 250));
  if (!output.includes('Lotse-Redaktion:')) throw new Error(`npm run redaktion startete nicht:\n${output}`);
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  console.log(
    `Editor: ${counts.saved} Speicherungen geschrieben, ${counts.refused} abgewiesen, ${counts.offered} betroffene Dokumente zur neuen Fassung angeboten, ${counts.requests} Anfragen an ${[...hosts].join(', ')}, ${cspViolations.length} CSP-Verstöße`,
  );
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Every file of the copy with its bytes, to show that a refused save wrote nothing. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else files.set(relative(copy, abs), readFileSync(abs, 'utf8'));
    }
  };
  walk(copy);
  return files;
}

async function open(page: Page, hash: string): Promise<void> {
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    hosts.add(url.host);
    counts.requests++;
  });
  page.on('dialog', (d) => void d.accept());
  page.on('console', (m) => {
    if (/Content Security Policy/.test(m.text())) cspViolations.push(m.text().slice(0, 200));
  });
  await page.goto(EDITOR);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.goto(`${EDITOR}#${hash}`);
}

async function pick(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.type(text);
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
}

/** Replaces a field's text (Decap's inputs keep their old text on a plain fill after a refused save). */
async function setText(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill('');
  await field.fill(value);
  await expect(field).toHaveValue(value);
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Veröffentlichen', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Jetzt veröffentlichen' }).click();
}

async function waitForFile(path: string): Promise<string> {
  await expect.poll(() => existsSync(path), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => readFileSync(path, 'utf8').length, { timeout: 5_000 }).toBeGreaterThan(0);
  return readFileSync(path, 'utf8');
}

test('Neue Fassung: v2 of a checklist with change note and briefing, the rest of v1 as written', async ({ page }) => {
  const v1 = readFileSync(join(copy, 'checklists/niederlassungserlaubnis/v1.mdx'), 'utf8');
  await open(page, '/collections/checklists/entries/niederlassungserlaubnis/v1');
  await page.getByRole('button', { name: 'Neue Fassung anlegen' }).click();
  await expect(page.getByText('Neue Fassung v2 von „niederlassungserlaubnis“')).toBeVisible();
  await expect(page.getByLabel('Freigegeben von (optional)')).toHaveValue('');
  await page.getByLabel('Gültig ab', { exact: true }).fill('2026-12-01');
  await page.getByLabel('Änderungshinweis (optional)').fill('Altersvorsorge: Nachweise nach neuer Rechtslage anfordern');
  await pick(page, 'Umgesetzte Rechtsänderung (optional)', 'feg-stufe-1-blaue-karte');
  await page.getByLabel('Freigegeben von (optional)').fill('Abteilungsleitung Zuwanderung');
  await publish(page);
  const v2 = await waitForFile(join(copy, 'checklists/niederlassungserlaubnis/v2.mdx'));
  counts.saved++;
  const expected = v1
    .replace('validFrom: 2025-12-01', 'validFrom: 2026-12-01')
    .replace('reviewDue: 2026-12-10\n', 'reviewDue: 2026-12-10\nchanges:\n  - "Altersvorsorge: Nachweise nach neuer Rechtslage anfordern"\n')
    .replace('changeType: major\n', 'changeType: major\nbriefing: feg-stufe-1-blaue-karte\n');
  expect(v2).toBe(expected);
});

test('a new briefing with two affected documents, written in the house style of npm run new; it offers both for a new version', async ({ page }) => {
  await open(page, '/collections/briefings/new');
  await page.getByLabel('Kurzname in der Adresse (Slug) (optional)').fill('altersvorsorge-nachweise');
  await page.getByLabel('Titel', { exact: true }).fill('Altersvorsorge: neue Nachweise');
  await page.getByLabel('Zusammenfassung', { exact: true }).fill('Für die Niederlassungserlaubnis gelten neue Nachweise zur Altersvorsorge.');
  await pick(page, 'Teams', 'Aufenthalt');
  await page.getByLabel('Verantwortlich', { exact: true }).fill('Teamleitung Aufenthalt');
  await page.getByLabel('Veröffentlicht am', { exact: true }).fill('2026-11-20');
  await page.getByLabel('Wirksam ab', { exact: true }).fill('2027-01-01');
  await page.getByRole('button', { name: 'Zitat hinzufügen' }).click();
  await page.getByLabel('Zitat 1', { exact: true }).fill('§ 9 Abs. 2 AufenthG');
  await pick(page, 'Betroffene Dokumente (optional)', 'checklists/niederlassungserlaubnis');
  await pick(page, 'Betroffene Dokumente (optional)', 'checklists/blaue-karte-eu');
  await page.locator('button', { hasText: /^quellen hinzufügen$/i }).click();
  await page.getByLabel('Titel der Quelle', { exact: true }).fill('BGBl. 2023 I Nr. 217');
  await page.getByLabel('Adresse (URL)', { exact: true }).fill('https://www.recht.bund.de/eli/bund/bgbl-1/2023/217');
  await page.getByLabel('Text', { exact: true }).fill('## Was sich ändert\n\nNeue Nachweise zur Altersvorsorge (§ 9 Abs. 2 AufenthG).');
  await publish(page);
  const text = await waitForFile(join(copy, 'content/briefings/altersvorsorge-nachweise.mdx'));
  counts.saved++;
  const fields = {
    title: 'Altersvorsorge: neue Nachweise',
    summary: 'Für die Niederlassungserlaubnis gelten neue Nachweise zur Altersvorsorge.',
    teams: ['aufenthalt'],
    owner: 'Teamleitung Aufenthalt',
    published: '2026-11-20',
    effective: '2027-01-01',
    legalBasis: ['§ 9 Abs. 2 AufenthG'],
    affects: ['checklists/niederlassungserlaubnis', 'checklists/blaue-karte-eu'],
    sources: [{ title: 'BGBl. 2023 I Nr. 217', url: 'https://www.recht.bund.de/eli/bund/bgbl-1/2023/217' }],
  };
  expect(text).toBe(`---\n${frontmatterYaml(fields)}---\n\n## Was sich ändert\n\nNeue Nachweise zur Altersvorsorge (§ 9 Abs. 2 AufenthG).\n`);

  // Saved: the briefing offers each affected document for a new version, one click each.
  const offer = page.locator('[data-lotse="affected"]');
  const buttons = offer.getByRole('button', { name: /^Neue Fassung anlegen \(v\d+\): / });
  await expect(buttons).toHaveCount(2);
  counts.offered += await buttons.count();
  await expect(offer.getByRole('button', { name: /\(checklists\/niederlassungserlaubnis\)$/ })).toBeVisible();
  const v4 = readFileSync(join(copy, 'checklists/blaue-karte-eu/v4.mdx'), 'utf8');
  await offer.getByRole('button', { name: /\(checklists\/blaue-karte-eu\)$/ }).click();
  // v5 of the affected document, from its latest version, pre-filled from the briefing.
  await expect(page.getByText('Neue Fassung v5 von „blaue-karte-eu“')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('Gültig ab', { exact: true })).toHaveValue('2027-01-01');
  await expect(page.getByLabel('Freigegeben von (optional)')).toHaveValue('');
  await expect(page.getByLabel('Änderungshinweis (optional)')).toHaveValue('');
  await expect(page.getByText('Altersvorsorge: neue Nachweise (altersvorsorge-nachweise)')).toBeVisible();
  // The change note is required: the first attempt is refused, nothing written.
  await publish(page);
  await expect(page.locator('#lotse-problems')).toContainText('ab v2 ist ein Änderungshinweis Pflicht');
  counts.refused++;
  expect(existsSync(join(copy, 'checklists/blaue-karte-eu/v5.mdx'))).toBe(false);
  await page.getByLabel('Änderungshinweis (optional)').fill('Altersvorsorge: neue Nachweise auch für die Blaue Karte EU');
  await page.getByLabel('Freigegeben von (optional)').fill('Abteilungsleitung Zuwanderung');
  await publish(page);
  const v5 = await waitForFile(join(copy, 'checklists/blaue-karte-eu/v5.mdx'));
  counts.saved++;
  const expected = v4
    .replace('validFrom: 2026-12-07', 'validFrom: 2027-01-01')
    .replace(/changes:\n  - "[^"]*"\n/, 'changes:\n  - "Altersvorsorge: neue Nachweise auch für die Blaue Karte EU"\n')
    .replace('changeType: minor\n', 'changeType: minor\nbriefing: altersvorsorge-nachweise\n');
  expect(expected).not.toBe(v4);
  expect(v5).toBe(expected);
});

test('a glossary entry edited: only its line changes, comments and every other entry stay', async ({ page }) => {
  const before = readFileSync(join(copy, 'content/glossary.yaml'), 'utf8');
  await open(page, '/collections/glossar/entries/glossar');
  // Decap shows the entries collapsed, each with its term; the first button of an entry opens it.
  const item = page.locator('[class*="listControlItem"]').filter({ has: page.locator('[class*="NestedObjectLabel"]', { hasText: /^Fiktionsbescheinigung$/ }) });
  await item.locator('button').first().click();
  const definitions = page.getByLabel('Definition', { exact: true });
  await expect(definitions.first()).toBeAttached();
  const index = await definitions.evaluateAll((els) =>
    els.findIndex((e) => (e as HTMLTextAreaElement).value.startsWith('Bescheinigung über die Wirkung eines Antrags auf einen Aufenthaltstitel (')),
  );
  expect(index).toBeGreaterThanOrEqual(0);
  const definition = definitions.nth(index);
  // Decap draws the entries' buttons as icons without names; Lotse's script names them (main.ts).
  await expect(item.getByRole('button', { name: '„Fiktionsbescheinigung“ auf- oder zuklappen' })).toBeVisible();
  await expect(item.getByRole('button', { name: '„Fiktionsbescheinigung“ entfernen' })).toBeVisible();
  const listAxe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const listSummary = listAxe.violations.map(
    (v) =>
      `${v.id} (${v.nodes.length}): ${v.help} – ${v.nodes
        .map((n) => n.target.join(' '))
        .join(' | ')
        .slice(0, 300)}`,
  );
  console.log(
    `axe auf der Glossar-Liste (${await page.locator('[class*="listControlItem"]').count()} Einträge): ${listAxe.violations.length} Regelverstöße${listSummary.length ? `\n  ${listSummary.join('\n  ')}` : ''}`,
  );
  expect(listSummary).toEqual([]);
  await definition.fill(
    'Bescheinigung über die Wirkung eines Antrags auf einen Aufenthaltstitel. Sie bestätigt die gesetzliche Fiktion, begründet sie aber nicht.',
  );
  await publish(page);
  const marker = 'Bescheinigung über die Wirkung eines Antrags auf einen Aufenthaltstitel. Sie';
  await expect.poll(() => readFileSync(join(copy, 'content/glossary.yaml'), 'utf8').includes(marker), { timeout: 15_000 }).toBe(true);
  counts.saved++;
  const after = readFileSync(join(copy, 'content/glossary.yaml'), 'utf8');
  const expected = before.replace(
    /(- term: Fiktionsbescheinigung\n  abbr: \[FiktB\]\n  definition: )"[^"]*"/,
    '$1"Bescheinigung über die Wirkung eines Antrags auf einen Aufenthaltstitel. Sie bestätigt die gesetzliche Fiktion, begründet sie aber nicht."',
  );
  expect(expected).not.toBe(before);
  expect(after).toBe(expected);
});

test('impossible date, missing change note and unknown citation: German message, nothing written', async ({ page }) => {
  const before = snapshot();
  await open(page, '/collections/checklists/entries/passersatzbeschaffung/v1');
  await page.getByRole('button', { name: 'Neue Fassung anlegen' }).click();
  await expect(page.getByText('Neue Fassung v2 von „passersatzbeschaffung“')).toBeVisible();
  const problems = page.locator('#lotse-problems');
  const refused = async (text: string) => {
    await publish(page);
    await expect(problems).toContainText(text);
    await expect(problems).toHaveAttribute('role', 'alert');
    counts.refused++;
    expect(snapshot()).toEqual(before);
  };
  await setText(page, 'Gültig ab', '2026-02-30');
  await setText(page, 'Änderungshinweis (optional)', 'Neue Vorlage');
  await refused('Gültig ab (validFrom) — „2026-02-30“ ist kein existierender Kalendertag. Fix: validFrom: 2024-06-27');
  await setText(page, 'Gültig ab', '2026-12-01');
  await setText(page, 'Änderungshinweis (optional)', '');
  await expect(problems).toBeHidden();
  await refused('Änderungshinweis (changes) — ab v2 ist ein Änderungshinweis Pflicht. Fix: changes: ["Was sich gegenüber v1 geändert hat"] ergänzen.');
  await setText(page, 'Änderungshinweis (optional)', 'Neue Vorlage');
  await page.getByRole('button', { name: 'Zitat hinzufügen' }).click();
  const last = page.locator('[data-lotse="citations"] input').last();
  await last.fill('§ 999 AufenthG');
  await expect(page.locator('[data-lotse="citations"]')).toContainText('§ 999 AufenthG gibt es im konsolidierten Gesetzestext nicht');
  await refused('gibt es im konsolidierten Gesetzestext nicht');
  // The MDX text is checked too (npm run redaktion's local server runs the body lint of npm run check).
  await page
    .locator('[data-lotse="citations"] button', { hasText: /entfernen$/ })
    .last()
    .click();
  const body = page.getByLabel('Text', { exact: true });
  await body.fill(`${await body.inputValue()}\nMindestens <5 Jahre Aufenthalt.\n`);
  await refused('ein „<“ im Text wird in MDX als Beginn eines Elements gelesen');
  expect(existsSync(join(copy, 'checklists/passersatzbeschaffung/v2.mdx'))).toBe(false);
});

test('no request leaves 127.0.0.1; axe on the editor page', async ({ page }) => {
  await open(page, '/collections/checklists/entries/niederlassungserlaubnis/v1');
  await expect(page.getByRole('button', { name: 'Neue Fassung anlegen' })).toBeVisible();
  await expect(page.locator('iframe')).toHaveCount(1);
  expect([...hosts].filter((h) => !h.startsWith('127.0.0.1:'))).toEqual([]);
  expect(cspViolations).toEqual([]);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.nodes.length}): ${v.help} – ${v.nodes
        .map((n) => n.target.join(' '))
        .join(' | ')
        .slice(0, 300)}`,
  );
  console.log(`axe auf /redaktion/editor/: ${results.violations.length} Regelverstöße${summary.length ? `\n  ${summary.join('\n  ')}` : ''}`);
  expect(summary).toEqual([]);
});

test('after the saves: npm run check -- --strict passes and a build shows the new version', async () => {
  test.setTimeout(300_000);
  const check = spawnSync(process.execPath, ['src/cli/check.ts', '--strict', '--root', copy], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  const out = join(copy, 'dist');
  const build = spawnSync(process.execPath, ['src/cli/build.ts', '--out', out], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOTSE_CONTENT_DIR: copy, BUILD_DATE: '2026-12-02' },
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const page = readFileSync(join(out, 'checklisten/niederlassungserlaubnis/index.html'), 'utf8');
  expect(page).toContain('Altersvorsorge: Nachweise nach neuer Rechtslage anfordern');
  expect(existsSync(join(out, 'checklisten/niederlassungserlaubnis/v2/index.html'))).toBe(true);
  expect(existsSync(join(out, 'rechtsaenderungen/altersvorsorge-nachweise/index.html'))).toBe(true);
  // The version made from the briefing's offer (valid from 2027-01-01: announced, not yet current).
  expect(readFileSync(join(out, 'checklisten/blaue-karte-eu/v5/index.html'), 'utf8')).toContain('Altersvorsorge: neue Nachweise auch für die Blaue Karte EU');
});
