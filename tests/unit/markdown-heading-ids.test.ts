/**
 * Heading ids of content (src/markdown/heading-ids.ts): readable, distinct among themselves,
 * never one of the ids of layouts and components; and the list of those ids
 * (src/markdown/reserved-ids.ts) is complete: every id written in src/ is covered.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headingId } from '../../src/markdown/heading-ids.ts';
import { CONTENT_ID_PREFIX, isLayoutId, LAYOUT_IDS } from '../../src/markdown/reserved-ids.ts';

const repo = join(import.meta.dirname, '../..');

test('headings get readable ids, duplicates are numbered, ids of the layout are avoided', () => {
  const used = new Set<string>();
  const ids = ['Voraussetzungen', 'Inhalt', 'Voraussetzungen', 'Voraussetzungen 1', 'Inhalt', 'Team Aufenthalt', 'Quellen', '§ 81 Abs. 4 AufenthG', '???'].map(
    (t) => headingId(t, used),
  );
  assert.deepEqual(ids, [
    'voraussetzungen',
    'abschnitt-inhalt',
    'voraussetzungen-1',
    'voraussetzungen-1-1',
    'abschnitt-inhalt-1',
    'abschnitt-team-aufenthalt',
    'abschnitt-quellen',
    '-81-abs-4-aufenthg',
    'abschnitt-ueberschrift',
  ]);
  assert.equal(new Set(ids).size, ids.length);
  // An id the author set is kept unless it collides.
  assert.equal(headingId('mein-anker', used, false), 'mein-anker');
  assert.equal(headingId('mein-anker', used, false), 'mein-anker-1');
  assert.equal(headingId('inhalt', used, false), 'abschnitt-inhalt-2');
});

/** Ids written in layouts, components, pages, browser scripts and HTML built in TypeScript. */
function sourceIds(): { fixed: string[]; prefixes: string[]; variable: string[] } {
  const fixed: string[] = [];
  const prefixes: string[] = [];
  const variable: string[] = [];
  // Everything that writes HTML; src/markdown makes the content ids (and shows ids in comments).
  for (const rel of readdirSync(join(repo, 'src'), { recursive: true, encoding: 'utf8' })) {
    if (!/\.(astro|ts)$/.test(rel) || rel.startsWith('markdown')) continue;
    const file = `src/${rel}`;
    const text = readFileSync(join(repo, file), 'utf8');
    for (const m of text.matchAll(/\bid="([^"{}$]+)"|\.id = '([^']+)'/g)) fixed.push(m[1] ?? m[2]);
    for (const m of text.matchAll(/\bid=\{`([^`$]*)\$\{/g)) (m[1] ? prefixes : variable).push(m[1] ? m[1] : `${file}: ${m[0]}`);
    for (const m of text.matchAll(/\bid=\{(?!`)([^}]+)\}|\bid="\$\{([^}]+)\}/g)) variable.push(`${file}: ${m[1] ?? m[2]}`);
  }
  return { fixed, prefixes, variable };
}

/** Where an id comes from a variable: the ids it produces (checked against the reserved list). */
const VARIABLE_IDS: Record<string, string[]> = {
  'src/components/GlossaryEntry.astro: id': ['begriff-aufenthaltserlaubnis', 'abk-ae'],
  'src/components/CompareView.astro: id': ['fassung-alt', 'fassung-neu'],
  'src/components/TrackModule.astro: id': ['pfad-modul-m1'],
  'src/components/TrackStartDate.astro: headingId': ['pfad-beginn'],
  'src/components/QuizQuestion.astro: id={`${': ['m1-q1-0'],
  'src/pages/glossar/[letter].astro: item.id': ['begriff-aufenthaltserlaubnis', 'abk-ae'],
  'src/pages/glossar/index.astro: section.id': ['buchstabe-a'],
  'src/pages/glossar/index.astro: item.id': ['begriff-aufenthaltserlaubnis', 'abk-ae'],
  'src/pages/redaktion/index.astro: s.id': ['overdue', 'due-soon', 'pending', 'unapproved', 'unlinked', 'draft'],
  'src/pages/normen/[law]/[paragraph]/[...page].astro: g.id': ['rechtsaenderungen', 'dokumente'],
  'src/components/TrackModule.astro: id={`${': ['m1-lesen-0', 'm1-t1', 'm1-q1'],
  'src/pages/normen/[law]/[...page].astro: anchor(p.paragraph)': ['p-81', 'p-60a'],
  'src/search/build/related-html.ts: id': ['verwandt-checklists-pass'],
};

test('every id of layouts, components, pages and scripts is reserved for them', () => {
  const { fixed, prefixes, variable } = sourceIds();
  assert.ok(fixed.length > 50 && prefixes.length > 5, `${fixed.length} ids, ${prefixes.length} prefixes`);
  assert.deepEqual(
    fixed.filter((id) => !isLayoutId(id)),
    [],
    'in src/markdown/reserved-ids.ts LAYOUT_IDS eintragen',
  );
  assert.deepEqual(
    prefixes.filter((p) => !isLayoutId(`${p}x`)),
    [],
    'in src/markdown/reserved-ids.ts LAYOUT_ID_PATTERNS eintragen',
  );
  assert.deepEqual(
    [...new Set(variable)].filter((v) => !VARIABLE_IDS[v]),
    [],
    'neue Stelle mit berechneter id: hier und in reserved-ids.ts eintragen',
  );
  for (const [site, examples] of Object.entries(VARIABLE_IDS)) for (const id of examples) assert.ok(isLayoutId(id), `${site} → ${id}`);
  // The content namespace is free: no layout id uses it.
  assert.deepEqual(
    [...LAYOUT_IDS, ...prefixes].filter((id) => id.startsWith(CONTENT_ID_PREFIX)),
    [],
  );
});
