/**
 * The index stage over the valid fixture set: one Pagefind page per version, the browser's
 * lexicon and word lists, the retrieval export, related documents filled in, and published
 * pages left as they were (no split marks).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo } from '../support/build-site.ts';
import { builtSite, sitePath } from '../support/reliability-sites.ts';
import { germanLunr } from '../../src/search/build/lunr-de.ts';
import { validateContent } from '../../src/model/validate.ts';
import { versionIndexOn } from '../../src/model/validity.ts';

const dist = sitePath('fixture');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

before(() => {
  builtSite('fixture');
});

test('Pagefind indexes every version once; superseded versions go to a bundle of their own', () => {
  type Entry = { languages: Record<string, { page_count: number }> };
  const main = JSON.parse(read('pagefind/pagefind-entry.json')) as Entry;
  const earlier = JSON.parse(read('pagefind/frueher/pagefind-entry.json')) as Entry;
  const { content } = validateContent(join(repo, 'tests/fixtures/valid'), { includeDrafts: false, strict: false });
  const docs = [...content.checklists, ...content.guidelines];
  const versions = docs.reduce((n, d) => n + d.versions.length, 0);
  const superseded = docs.reduce(
    (n, d) =>
      n +
      Math.max(
        0,
        versionIndexOn(
          d.versions.map((v) => v.data.validFrom),
          '2026-11-25',
        ),
      ),
    0,
  );
  assert.equal(main.languages.de.page_count, versions - superseded + content.briefings.length + content.tracks.length);
  assert.equal(earlier.languages.de.page_count, superseded);
  assert.ok(existsSync(join(dist, 'pagefind/pagefind.js')));
});

test('the lexicon for the browser carries the laws and every meaning of an abbreviation', () => {
  const lexicon = JSON.parse(read('suche/lexikon.json')) as { laws: { abbr: string }[]; glossary: { term: string; abbr: string[] }[] };
  assert.ok(lexicon.laws.some((l) => l.abbr === 'AufenthG'));
  assert.deepEqual(
    lexicon.glossary
      .filter((e) => e.abbr.includes('ZAB'))
      .map((e) => e.term)
      .sort(),
    ['Zentrale Ausländerbehörde', 'Zentralstelle für ausländisches Bildungswesen'],
  );
});

test('spelling word lists hold the words of the pages by length, compound parts included', () => {
  assert.match(read('suche/woerter/21.txt'), /^fiktionsbescheinigung\t\d+$/m);
  assert.match(read('suche/woerter/13.txt'), /^bescheinigung\t\d+$/m);
});

test('the retrieval export has every version with validity and its passages, and loads into lunr', () => {
  const data = JSON.parse(read('api/suchindex.json'));
  assert.equal(data.format, 'lotse-suchindex');
  assert.equal(data.version, 2);
  assert.equal(data.generated, '2026-11-25');
  type Doc = { reference: string; versions: { version: number; status: string; passages: string[] }[]; passages: { id: string }[] };
  const doc = (data.documents as Doc[]).find((d) => d.reference === 'guidelines/einbuergerung-voraussetzungen')!;
  assert.deepEqual(
    doc.versions.map((v) => `${v.version}:${v.status}`),
    ['1:superseded', '2:current'],
  );
  const lunr = germanLunr();
  const index = lunr.Index.load(data.index);
  const own = new Set(doc.passages.map((p) => p.id));
  const refs = index
    .search('+acht +jahren')
    .map((r) => r.ref)
    .filter((ref) => own.has(ref));
  assert.equal(refs.length, 1);
  assert.deepEqual(
    doc.versions.filter((v) => v.passages.includes(refs[0])).map((v) => v.version),
    [1],
  );
});

test('/api/suche.mjs runs in plain Node from a copy of dist/api/ with no node_modules on its path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-suche-'));
  try {
    copyFileSync(join(dist, 'api', 'suche.mjs'), join(dir, 'suche.mjs'));
    copyFileSync(join(dist, 'api', 'suchindex.json'), join(dir, 'suchindex.json'));
    const script = `
      import { readFileSync } from 'node:fs';
      import { createSearch } from './suche.mjs';
      const suche = createSearch(JSON.parse(readFileSync('./suchindex.json', 'utf8')));
      const pick = (hits) => hits.slice(0, 3).map(({ url, version, status, validFrom }) => ({ url, version, status, validFrom }));
      console.log(JSON.stringify({
        today: pick(suche.search('Wie stelle ich eine Fiktionsbescheinigung aus?', { date: '2026-11-25' })),
        dated: pick(suche.search('was galt am 01.06.2025 Fiktionsbescheinigung')),
      }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as Record<string, { url: string; version: number | null; status: string; validFrom: string | null }[]>;
    assert.equal(out.today[0].url.replace(/#.*/, ''), '/checklisten/fiktionsbescheinigung/');
    assert.equal(out.today[0].version, 2);
    assert.equal(out.dated[0].url.replace(/#.*/, ''), '/checklisten/fiktionsbescheinigung/v1/');
    assert.equal(out.dated[0].status, 'superseded');
    assert.ok(!readFileSync(join(dir, 'suche.mjs'), 'utf8').match(/\bfrom\s*["'][^."']/), 'suche.mjs imports nothing');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no "Verwandte Dokumente" slot is left unfilled in the published pages', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
  const left = walk(dist).filter((f) => readFileSync(f, 'utf8').includes('data-related-slot'));
  assert.deepEqual(left, []);
});

test('published pages carry neither the index-only search facets nor split marks', () => {
  for (const page of ['checklisten/fiktionsbescheinigung/v1/index.html', 'checklisten/fiktionsbescheinigung/index.html']) {
    const html = read(page);
    assert.match(html, /data-pagefind-body/, page);
    assert.doesNotMatch(html, /data-search-facets/, page);
    assert.doesNotMatch(html, /\u00AD-/, page);
  }
});

test('the search page has the results region, the filters and the switch for earlier versions', () => {
  const html = read('suche/index.html');
  assert.match(html, /<section class="sr-results" aria-label="Suchergebnisse"/);
  assert.match(html, /<label for="alt">Frühere Fassungen einbeziehen<\/label>/);
  assert.match(html, /<input type="checkbox" id="typ-0" name="typ" value="Checkliste">/);
});
