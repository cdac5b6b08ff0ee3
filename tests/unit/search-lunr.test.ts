import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { validateContent } from '../../src/model/validate.ts';
import { buildCorpus, corpusPassages, FIELDS } from '../../src/search/corpus.ts';
import { decompounderFor } from '../../src/search/dictionary.ts';
import { buildLunrIndex } from '../../src/search/lunr-build.ts';
import { germanLunr, germanPipelines, germanWithCompounds } from '../../src/search/lunr-de.ts';
import { characteristicTerms, computeRelated } from '../../src/search/related.ts';
import { suchindex } from '../../src/search/suchindex.ts';

const root = join(import.meta.dirname, '../fixtures/valid');
const content = validateContent(root, { includeDrafts: false, strict: false }).content;
const DATE = '2026-11-25';
const { passages } = corpusPassages(content, DATE);
const decompounder = decompounderFor(passages.map((p) => p.text));
const docs = passages.map((p) => ({ ref: p.id, fields: { title: p.title, heading: p.heading, text: p.text } }));

test('the fast builder writes exactly the index lunr.Builder writes', () => {
  const lunr = germanLunr();
  const builder = new lunr.Builder();
  builder.use(germanWithCompounds(lunr, decompounder));
  builder.ref('id');
  for (const f of FIELDS) builder.field(f.name, { boost: f.boost });
  builder.metadataWhitelist = [];
  for (const d of docs) builder.add({ id: d.ref, ...d.fields });
  const expected = JSON.parse(JSON.stringify(builder.build()));
  const { pipeline, searchPipeline } = germanPipelines(lunr, decompounder);
  const actual = JSON.parse(JSON.stringify(buildLunrIndex(lunr, pipeline, searchPipeline, FIELDS, docs).json));
  assert.deepEqual(actual, expected);
});

test('the serialized index loads with plain lunr + lunr-languages and finds compounds by their parts', async () => {
  const corpus = await buildCorpus(content, DATE, decompounder);
  const lunr = germanLunr();
  const index = lunr.Index.load(JSON.parse(JSON.stringify(corpus.index.json)));
  const refs = index.search('erlaubnis').map((r) => r.ref);
  assert.ok(refs.length > 0);
  assert.ok(refs.every((ref) => passages.find((p) => p.id === ref)!.text.toLowerCase().includes('erlaubnis')));
  assert.ok(refs.some((ref) => /aufenthaltserlaubnis/i.test(passages.find((p) => p.id === ref)!.text) && !/(^|[^\p{L}])erlaubnis/iu.test(passages.find((p) => p.id === ref)!.text)));
});

test('every version is cut into passages with reference, version, validity and a section URL', () => {
  const fik = passages.filter((p) => p.reference === 'checklists/fiktionsbescheinigung');
  assert.deepEqual([...new Set(fik.map((p) => `${p.version} ${p.status} ${p.validFrom} ${p.validUntil}`))], ['1 superseded 2024-01-01 2025-12-31', '2 current 2026-01-01 null']);
  assert.ok(fik.some((p) => p.url === '/checklisten/fiktionsbescheinigung/v1/#antrag'));
  assert.ok(fik.some((p) => p.url === '/checklisten/fiktionsbescheinigung/#antrag'));
  assert.ok(passages.some((p) => p.type === 'briefing' && p.version === null));
});

test('the export names its format and carries index and passages', async () => {
  const corpus = await buildCorpus(content, DATE, decompounder);
  const out = suchindex(corpus, DATE, 'ABH');
  assert.equal(out.format, 'lotse-suchindex');
  assert.equal(out.version, 1);
  assert.deepEqual(out.analysis.searchPipeline, ['stemmer-de']);
  assert.equal(out.passages.length, passages.length);
  assert.equal((out.index as { fieldVectors: unknown[] }).fieldVectors.length, passages.length * FIELDS.length);
});

test('related documents are other documents, at most five, and those sharing characteristic terms', async () => {
  const corpus = await buildCorpus(content, DATE, decompounder);
  const related = await computeRelated(corpus);
  assert.equal(related.size, corpus.documents.size);
  for (const [ref, list] of related) {
    assert.ok(list.length <= 5);
    assert.ok(list.every((d) => d.reference !== ref && d.url.startsWith('/')));
  }
  const terms = characteristicTerms(corpus, corpus.documents.get('checklists/fiktionsbescheinigung')!.current).map(([t]) => t);
  assert.ok(terms.length > 0);
  assert.ok(related.get('checklists/fiktionsbescheinigung')!.some((d) => d.reference === 'briefings/chancen-aufenthaltsrecht-endet'));
});
