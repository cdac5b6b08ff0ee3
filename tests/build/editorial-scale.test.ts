/**
 * The content health page must not grow with the knowledge base: a generated content set with
 * 130 guidelines that are all overdue, unapproved and unlinked, 30 more due soon, and a briefing
 * in force that 45 of them have not followed. /redaktion/ shows the first rows of each section
 * and links the full list; the lists (/redaktion/<section>/, pages of 40) hold every row once,
 * with a pager that stays short.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, repo } from '../support/build-site.ts';
import { DASHBOARD_ROWS, LIST_ROWS } from '../../src/editorial/health/health-sections.ts';

const dist = join(repo, '.lotse', 'test-build', 'editorial-scale');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const size = (path: string) => statSync(join(dist, path, 'index.html')).size;
const rows = (html: string, section: string) => [...html.matchAll(new RegExp(`<tr data-health-row="${section}" data-ref="([^"]+)"`, 'g'))].map((m) => m[1]!);
const OVERDUE = 130;
const DUE_SOON = 30;
const PENDING = 45;

function guideline(root: string, slug: string, reviewDue: string): void {
  const dir = join(root, 'content/guidelines', slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'v1.mdx'),
    `---\ntitle: Leitfaden ${slug} mit einem etwas längeren Titel wie im Alltag\nsummary: Erzeugt für den Umfangstest der Redaktionsseite.\nteams: [aufenthalt]\nvalidFrom: 2024-01-01\nlegalBasis: ["§ 81 Abs. 4 AufenthG"]\nowner: Teamleitung Aufenthalt\nreviewDue: ${reviewDue}\n---\n\nText.\n`,
  );
}

before(() => {
  const root = mkdtempSync(join(tmpdir(), 'lotse-editorial-scale-'));
  for (let i = 1; i <= OVERDUE; i++) guideline(root, `alt-${i}`, '2026-01-31');
  for (let i = 1; i <= DUE_SOON; i++) guideline(root, `bald-${i}`, '2026-12-10');
  mkdirSync(join(root, 'content/briefings'), { recursive: true });
  const affects = Array.from({ length: PENDING }, (_, i) => `"guidelines/alt-${i + 1}"`).join(', ');
  writeFileSync(
    join(root, 'content/briefings/reform.mdx'),
    `---\ntitle: Reform\nsummary: Erzeugt.\nteams: [aufenthalt]\nowner: Teamleitung Aufenthalt\npublished: 2026-01-05\neffective: 2026-03-01\nlegalBasis: ["§ 81 AufenthG"]\naffects: [${affects}]\nsources:\n  - title: BGBl.\n    url: https://www.recht.bund.de/\n---\n\nText.\n`,
  );
  const result = buildSite({ content: root, out: dist, date: '2026-11-25' });
  rmSync(root, { recursive: true, force: true });
  assert.equal(result.status, 0, result.output);
});

const SECTIONS = [
  { id: 'overdue', slug: 'ueberfaellig', total: OVERDUE },
  { id: 'due-soon', slug: 'bald-faellig', total: DUE_SOON },
  { id: 'pending', slug: 'anpassung-ausstehend', total: PENDING },
  { id: 'unapproved', slug: 'nicht-freigegeben', total: OVERDUE + DUE_SOON },
  { id: 'unlinked', slug: 'nicht-verlinkt', total: OVERDUE + DUE_SOON - PENDING },
];

test('the dashboard shows the first rows of each section, the true count and a link to the full list', () => {
  const html = page('redaktion');
  for (const s of SECTIONS) {
    assert.equal(rows(html, s.id).length, DASHBOARD_ROWS, s.id);
    assert.match(html, new RegExp(`data-health-count="${s.id}">${s.total}<`), s.id);
    assert.match(
      html,
      new RegExp(
        `<p class="health-more" data-health-more="${s.id}">Angezeigt sind die ersten ${DASHBOARD_ROWS} von ${s.total} Befunden\\. <a href="/redaktion/${s.slug}/">Alle ${s.total} Befunde: `,
      ),
      s.id,
    );
  }
});

test('the dashboard stays well under the page budget (60 KB) with every section full', () => {
  assert.ok(size('redaktion') <= 45_000, `/redaktion/: ${size('redaktion')} Bytes`);
});

test('each full list holds every row of its section exactly once, in the dashboard order, on pages of 40', () => {
  for (const s of SECTIONS) {
    const pages = Math.ceil(s.total / LIST_ROWS);
    const all: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const path = n === 1 ? `redaktion/${s.slug}` : `redaktion/${s.slug}/${n}`;
      const found = rows(page(path), s.id);
      assert.equal(found.length, n < pages ? LIST_ROWS : s.total - LIST_ROWS * (pages - 1), path);
      assert.ok(size(path) <= 45_000, `/${path}/: ${size(path)} Bytes`);
      all.push(...found);
    }
    assert.ok(!existsSync(join(dist, 'redaktion', s.slug, String(pages + 1))), `${s.slug}: Seite ${pages + 1} darf es nicht geben`);
    assert.equal(new Set(all).size, s.total, s.slug);
    assert.deepEqual(all.slice(0, DASHBOARD_ROWS), rows(page('redaktion'), s.id), `${s.slug}: die Übersicht zeigt den Anfang der Liste`);
  }
});

test('the pager names the current page and links the first, the last and the neighbours only', () => {
  const html = page('redaktion/nicht-freigegeben/2');
  const pager = /<nav aria-label="Seiten"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
  assert.match(pager, /<span aria-current="page">2<\/span>/);
  assert.match(pager, /<a href="\/redaktion\/nicht-freigegeben\/" rel="prev">Vorige Seite<\/a>/);
  assert.match(pager, /<a href="\/redaktion\/nicht-freigegeben\/3\/" rel="next">Nächste Seite<\/a>/);
  const numbers = [...pager.matchAll(/<a href="\/redaktion\/nicht-freigegeben\/(?:(\d+)\/)?">\d+<\/a>/g)].map((m) => Number(m[1] ?? 1));
  assert.deepEqual(numbers, [1, 3, 4]);
});

test('the drafts list exists only in the preview (npm run dev), like the drafts section', () => {
  // Beside the sections' full lists only the browser editor lives under /redaktion/.
  assert.deepEqual(
    readdirSync(join(dist, 'redaktion'))
      .filter((f) => f !== 'index.html' && f !== 'editor')
      .sort(),
    [...SECTIONS.map((s) => s.slug), 'zu-bestaetigen'].sort(),
  );
});
