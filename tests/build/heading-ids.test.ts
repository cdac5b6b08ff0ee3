/**
 * Heading ids from content never collide: a fixture whose guideline, briefing and checklist
 * have a heading for every id the layout and components use (src/markdown/reserved-ids.ts, one
 * example per pattern) and the same heading twice is built; on every page all ids are unique,
 * the skip link lands on <main>, and every table-of-contents link finds its heading.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAYOUT_IDS } from '../../src/markdown/reserved-ids.ts';
import { buildSite, repo } from '../support/build-site.ts';
import { reportMetrics } from '../support/metrics.ts';
import { loadPages, type SitePage } from '../support/site-pages.ts';

/** One id for each pattern of LAYOUT_ID_PATTERNS, as the layout produces them. */
const PATTERN_EXAMPLES = [
  'team-aufenthalt',
  'typ-checklist',
  'pfad-woche-1',
  'pfad-beginn',
  'felder-checklist',
  'cmp-von-ids',
  'check-i1',
  'verwandt-checklists-ids',
  'stand-grundlagen',
  'm1-lesen-0',
  'begriff-aufenthaltserlaubnis',
  'abk-ae',
  'buchstabe-a',
];
const HEADINGS = [...LAYOUT_IDS, ...PATTERN_EXAMPLES, 'Inhalt', 'Voraussetzungen', 'Voraussetzungen', 'Voraussetzungen 1'];

const work = mkdtempSync(join(tmpdir(), 'lotse-heading-ids-'));
const dist = join(work, 'dist');
let pages: SitePage[] = [];

function fixture(): string {
  const root = join(work, 'content-set');
  cpSync(join(repo, 'tests/fixtures/valid'), root, { recursive: true });
  const guideline = readFileSync(join(root, 'content/guidelines/einbuergerung-voraussetzungen/v1.mdx'), 'utf8').split('\n---\n')[0];
  mkdirSync(join(root, 'content/guidelines/ids'), { recursive: true });
  writeFileSync(
    join(root, 'content/guidelines/ids/v1.mdx'),
    `${guideline.replace(/^title: .*$/m, 'title: Überschriften wie Seiten-IDs')}\n---\n\n${HEADINGS.map((h) => `## ${h}\n\nText.\n`).join('\n')}`,
  );
  const briefing = readFileSync(join(root, 'content/briefings/fiktionsbescheinigung-elektronisch.mdx'), 'utf8').split('\n---\n')[0];
  writeFileSync(
    join(root, 'content/briefings/ids.mdx'),
    `${briefing.replace(/^title: .*$/m, 'title: Rechtsänderung mit Überschrift Inhalt')}\n---\n\n${HEADINGS.map((h) => `## ${h}\n\nText.\n`).join('\n')}`,
  );
  const checklist = readFileSync(join(root, 'checklists/fiktionsbescheinigung/v1.mdx'), 'utf8').split('\n---\n')[0];
  mkdirSync(join(root, 'checklists/ids'), { recursive: true });
  writeFileSync(
    join(root, 'checklists/ids/v1.mdx'),
    `${checklist.replace(/^title: .*$/m, 'title: Checkliste mit Überschriften wie Seiten-IDs')}\n---\n\n${HEADINGS.map((h, i) => `## ${h}\n\n- [ ] Punkt ${i + 1}\n`).join('\n')}`,
  );
  return root;
}

before(async () => {
  const result = buildSite({ content: fixture(), out: dist, date: '2026-11-25' });
  assert.equal(result.status, 0, result.output);
  pages = await loadPages(dist);
});

test.after(() => rmSync(work, { recursive: true, force: true }));

const pageAt = (url: string) => {
  const page = pages.find((p) => p.url === url);
  assert.ok(page, `${url} fehlt`);
  return page;
};

test('every id on every page is unique', () => {
  let ids = 0;
  const duplicates: string[] = [];
  for (const page of pages) {
    const seen = new Map<string, number>();
    for (const el of page.root.querySelectorAll('[id]')) {
      const id = el.getAttribute('id')?.value?.toString() ?? '';
      seen.set(id, (seen.get(id) ?? 0) + 1);
      ids += 1;
    }
    for (const [id, n] of seen) if (n > 1) duplicates.push(`${page.url} #${id} ${n}×`);
  }
  reportMetrics({ 'id-pages': pages.length, ids });
  assert.ok(ids > 1_000, `only ${ids} ids`);
  assert.deepEqual(duplicates, []);
});

for (const url of ['/leitfaeden/ids/', '/rechtsaenderungen/ids/', '/checklisten/ids/']) {
  test(`${url}: the skip link lands on <main>, headings keep readable distinct ids, the contents list finds them`, () => {
    const page = pageAt(url);
    assert.equal(page.root.querySelector('a.skip-link')?.getAttribute('href')?.value, '#inhalt');
    const targets = page.root.querySelectorAll('#inhalt');
    assert.deepEqual(
      targets.map((el) => el.tagName),
      ['main'],
    );
    const headingIds = page.root.querySelectorAll('main h2[id]').map((h) => ({ text: h.textContent.trim(), id: String(h.getAttribute('id')?.value) }));
    const byText = (text: string) => headingIds.filter((h) => h.text === text).map((h) => h.id);
    assert.deepEqual(byText('inhalt'), ['abschnitt-inhalt']);
    assert.deepEqual(byText('Inhalt'), ['abschnitt-inhalt-1']);
    assert.deepEqual(byText('Voraussetzungen'), ['voraussetzungen', 'voraussetzungen-1']);
    assert.deepEqual(byText('Voraussetzungen 1'), ['voraussetzungen-1-1']);
    assert.deepEqual(byText('check-i1'), ['abschnitt-check-i1']);
    for (const h of headingIds.filter((h) => HEADINGS.includes(h.text)))
      assert.ok(h.id.startsWith('abschnitt-') || /^voraussetzungen/.test(h.id), `${h.text} → #${h.id}`);
    const ids = new Set(page.root.querySelectorAll('[id]').map((el) => String(el.getAttribute('id')?.value)));
    const tocLinks = page.root.querySelectorAll('nav.toc a').map((a) => String(a.getAttribute('href')?.value));
    if (url === '/leitfaeden/ids/') assert.ok(tocLinks.length >= HEADINGS.length, `${tocLinks.length} Einträge im Inhaltsverzeichnis`);
    assert.deepEqual(
      tocLinks.filter((href) => !ids.has(href.slice(1))),
      [],
    );
  });
}
