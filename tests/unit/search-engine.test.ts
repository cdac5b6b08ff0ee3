import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchEngine, matchedWords, pagefindFilters, strongMatch, type PagefindApi, type PagefindResult } from '../../src/search/browser/engine.ts';
import type { Lexicon } from '../../src/search/analysis/lexicon.ts';
import { bare } from '../../src/search/analysis/fold.ts';

interface FakeDoc {
  id: string;
  text: string;
  status?: string;
  meta?: Record<string, string>;
}

/** Pagefind as far as the engine relies on it: every word must match as a prefix, quoted words exactly, metadata is searchable. */
function fakePagefind(docs: FakeDoc[]): PagefindApi & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async search(term, options) {
      queries.push(term ?? '');
      const filters = (options?.filters ?? {}) as Record<string, { none?: string[]; any?: string[] }>;
      const exact = /^".+"$/.test(term ?? '');
      const terms = (term ?? '').replace(/"/g, '').split(/\s+/).filter(Boolean).map(bare);
      const results: PagefindResult[] = [];
      for (const d of docs) {
        const status = d.status ?? 'aktuell';
        if (filters.status?.none?.includes(status)) continue;
        const words = d.text.split(' ').map((w) => bare(w.replace(/\u00AD-/g, '')));
        const metaWords = Object.entries(d.meta ?? {}).flatMap(([field, v]) => v.split(' ').map((w) => [field, bare(w)] as const));
        const locations: number[] = [];
        const fields = new Set<string>();
        let ok = true;
        for (const t of terms) {
          const hits = words.flatMap((w, i) => ((exact ? w === t : w.startsWith(t)) ? [i] : []));
          const meta = metaWords.filter(([, w]) => (exact ? w === t : w.startsWith(t)));
          if (hits.length === 0 && meta.length === 0) ok = false;
          locations.push(...hits);
          for (const [f] of meta) fields.add(f);
        }
        if (!ok) continue;
        results.push({
          id: d.id,
          score: locations.length + fields.size,
          words: locations,
          matchedMetaFields: [...fields],
          data: async () => ({ url: `/${d.id}/`, content: d.text, excerpt: d.text, meta: { title: d.id, status: 'current', ...(d.meta ?? {}) } }),
        });
      }
      return { results: results.sort((a, b) => b.score - a.score) };
    },
  };
}

const lexicon: Lexicon = {
  laws: [{ abbr: 'AufenthG', slug: 'aufenthg_2004', unit: '§' }],
  glossary: [
    { term: 'Aufenthaltserlaubnis', abbr: ['AE'], synonyms: [], url: '/glossar/', see: [] },
    { term: 'Niederlassungserlaubnis', abbr: ['NE'], synonyms: [], url: '/glossar/', see: [] },
    { term: 'Zentralstelle für ausländisches Bildungswesen', abbr: ['ZAB'], synonyms: [], url: '/glossar/', see: [] },
    { term: 'Zentrale Ausländerbehörde', abbr: ['ZAB'], synonyms: [], url: '/glossar/', see: [] },
  ],
};
const docs: FakeDoc[] = [
  { id: 'ae', text: 'Die Aufenthalts\u00AD-erlaubnis wird verlängert', meta: { rechtsgrundlage: 'qq81qaufenthgq qq81qaufenthgq4q' } },
  { id: 'ae-alt', text: 'Die Aufenthalts\u00AD-erlaubnis galt früher', status: 'frühere Fassung' },
  { id: 'fik', text: 'Die Fiktion nach § 81 AufenthG tritt ein', meta: { zitate: 'qq81qaufenthgq' } },
  { id: 'neu', text: 'Neue Regeln für neue Anträge' },
  { id: 'zab1', text: 'Zeugnisbewertung durch die Zentralstelle ausländisches Bildungswesen' },
  { id: 'zab2', text: 'Passersatz über die Zentrale Ausländerbehörde' },
  { id: 'duldung', text: 'Die Duldung wird erteilt und verlängert' },
];
const vocabulary = async (n: number) => ['duldung', 'aufenthaltserlaubnis', 'verlängert'].filter((w) => w.length === n).map((word) => ({ word, count: 5 }));
const engine = () => new SearchEngine(fakePagefind(docs.filter((d) => d.status !== 'frühere Fassung')), lexicon, vocabulary, async () => fakePagefind(docs));
const ids = async (q: string, options = {}) => (await engine().search(q, options)).hits.map((h) => h.id);

test('superseded versions (an index of their own) are searched only when the reader asks for them', async () => {
  assert.deepEqual(await ids('Aufenthaltserlaubnis'), ['ae']);
  assert.deepEqual((await ids('Aufenthaltserlaubnis', { includeSuperseded: true })).sort(), ['ae', 'ae-alt']);
  assert.deepEqual(pagefindFilters({ filters: { typ: ['Checkliste'], team: [] } }), { typ: { any: ['Checkliste'] } });
});

test('an abbreviation finds the documents that only write out the term', async () => {
  assert.deepEqual(await ids('AE'), ['ae']);
  assert.equal((await ids('AE verlängern'))[0], 'ae');
});

test('an abbreviation is matched as a whole word, not as the start of longer words', async () => {
  assert.deepEqual(await ids('NE'), []);
});

test('an ambiguous abbreviation finds every meaning', async () => {
  assert.deepEqual((await ids('ZAB')).sort(), ['zab1', 'zab2']);
});

test('a citation finds the documents that cite it, those with it as legal basis first', async () => {
  assert.deepEqual(await ids('81 IV AufenthG'), ['ae', 'fik']);
  assert.deepEqual(await ids('§ 82 AufenthG'), []);
});

test("a misspelt word is searched in the site's spelling when it finds nothing", async () => {
  const outcome = await engine().search('Duldnug');
  assert.deepEqual(
    outcome.hits.map((h) => h.id),
    ['duldung'],
  );
  assert.deepEqual(outcome.corrected, [{ from: 'Duldnug', to: 'duldung' }]);
});

test('with several words, pages with all of them come before pages with some', async () => {
  const found = await ids('Duldung verlängert');
  assert.equal(found[0], 'duldung');
  assert.ok(found.includes('ae'));
});

test('only real occurrences of the query word count as found, not shorter words it begins with', () => {
  assert.deepEqual(matchedWords('Die Aufenthalts\u00AD-erlaubnis gilt', [1]), ['aufenthaltserlaubnis', 'aufenthalts', 'erlaubnis']);
  assert.equal(strongMatch('duldung', 'duldungen'), true);
  assert.equal(strongMatch('duldungsgrunde', 'duldung'), true);
  assert.equal(strongMatch('auf', 'aufentaltserlaubnis'), false);
  assert.equal(strongMatch('einburgerung', 'einburgerng'), false);
});

test("a page the glossary names for the query's term comes first (see), as in /api/suche.mjs", async () => {
  const named: Lexicon = {
    laws: [],
    glossary: [
      { term: 'Zentralstelle für ausländisches Bildungswesen', abbr: ['ZAB'], synonyms: [], url: '/glossar/', see: [] },
      { term: 'Zentrale Ausländerbehörde', abbr: ['ZAB'], synonyms: [], url: '/glossar/', see: [{ url: '/zab2/', title: 'Passersatz' }] },
    ],
  };
  const pages: FakeDoc[] = [
    { id: 'zab1', text: 'Zeugnisbewertung durch die ZAB' },
    { id: 'zab2', text: 'Passersatz über die ZAB' },
  ];
  const plain = new SearchEngine(fakePagefind(pages), { ...named, glossary: named.glossary.map((e) => ({ ...e, see: [] })) }, vocabulary);
  assert.deepEqual(
    (await plain.search('ZAB')).hits.map((h) => h.id),
    ['zab1', 'zab2'],
  );
  const withSee = new SearchEngine(fakePagefind(pages), named, vocabulary);
  assert.deepEqual(
    (await withSee.search('ZAB')).hits.map((h) => h.id),
    ['zab2', 'zab1'],
  );
});

test('an alternative of several words is dropped when one of its words is on no page (Pagefind would ignore that word)', async () => {
  // Like Pagefind: words no page contains are left out of the search instead of finding nothing.
  const base = fakePagefind([
    { id: 'visum', text: 'Das Visum beantragen Checkliste Visum Visum' },
    { id: 'schengen', text: 'Beim Schengen-Visum keine Fortgeltung' },
  ]);
  const lenient: PagefindApi = {
    async search(term, options) {
      const words = (term ?? '').split(/\s+/).filter(Boolean);
      const present: string[] = [];
      for (const w of words) if (((await base.search(w, options))?.results.length ?? 0) > 0) present.push(w);
      return present.length > 0 ? base.search(present.join(' '), options) : { results: [] };
    },
  };
  const visa: Lexicon = { laws: [], glossary: [{ term: 'Schengen-Visum', abbr: [], synonyms: ['Visum der Kategorie C'], url: '/glossar/', see: [] }] };
  const hits = (await new SearchEngine(lenient, visa, vocabulary).search('Visum der Kategorie C')).hits.map((h) => h.id);
  assert.deepEqual(hits, ['schengen']);
});
