import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type lunrType from 'lunr';
import { validateContent } from '../../src/model/validate.ts';
import { buildCorpus, corpusPassages, FIELDS } from '../../src/search/build/corpus.ts';
import { decompounderFor } from '../../src/search/build/dictionary.ts';
import { buildLunrIndex } from '../../src/search/build/lunr-build.ts';
import { germanLunr, germanPipelines, germanWithCompounds } from '../../src/search/build/lunr-de.ts';
import { characteristicTerms, computeRelated } from '../../src/search/build/related.ts';

const root = join(import.meta.dirname, '../fixtures/valid');
const content = validateContent(root, { includeDrafts: false, strict: false }).content;
const DATE = '2026-11-25';
const { passages, documents } = corpusPassages(content, DATE);
const decompounder = decompounderFor(passages.map((p) => p.text));
const docs = passages.map((p) => ({ ref: p.id, fields: { title: p.indexedTitle, heading: p.heading, text: p.text } }));
const textOf = (ref: string) => passages.find((p) => p.id === ref)!.text;

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

test('the compact index is smaller and answers every kind of query exactly as the plain one', () => {
  const lunr = germanLunr();
  const { pipeline, searchPipeline } = germanPipelines(lunr, decompounder);
  // Plus a passage with nothing to index: it keeps one (empty) vector, so "-x" still lists it.
  const withEmpty = [...docs, { ref: 'leer', fields: { title: '', heading: '', text: 'und die der' } }];
  const plainJson = JSON.parse(JSON.stringify(buildLunrIndex(lunr, pipeline, searchPipeline, FIELDS, withEmpty).json));
  const compactJson = JSON.parse(JSON.stringify(buildLunrIndex(lunr, pipeline, searchPipeline, FIELDS, withEmpty, { compact: true }).json));
  assert.ok(JSON.stringify(compactJson).length < JSON.stringify(plainJson).length);
  const empty = compactJson.fieldVectors.filter(([, v]: [string, number[]]) => v.length === 0).map(([k]: [string]) => k);
  assert.deepEqual(empty, ['text/leer']);
  assert.deepEqual(new Set(compactJson.fieldVectors.map(([k]: [string]) => k.split('/')[1])), new Set([...passages.map((p) => p.id), 'leer']));
  // Terms are numbered by frequency: the term in most field vectors has number 0.
  const counts = new Map<number, number>();
  for (const [, v] of compactJson.fieldVectors as [string, number[]][]) for (let i = 0; i < v.length; i += 2) counts.set(v[i], (counts.get(v[i]) ?? 0) + 1);
  assert.equal(Math.max(...counts.values()), counts.get(0));
  const plain = lunr.Index.load(plainJson);
  const compact = lunr.Index.load(compactJson);
  const asMap = (results: lunrType.Index.Result[]) => new Map(results.map((r) => [r.ref, r.score]));
  for (const q of [
    'erlaubnis',
    'fiktionsbescheinigung antrag',
    '+acht +jahren',
    'title:einbürgerung',
    'heading:antrag',
    'aufenth*',
    '-erlaubnis',
    '+antrag -fiktion',
    '81 aufenthg',
    'zzzz',
  ]) {
    const a = asMap(plain.search(q));
    const b = asMap(compact.search(q));
    assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort(), q);
    for (const [ref, score] of a) assert.ok(Math.abs(score - b.get(ref)!) < 1e-9, `${q}: ${ref} ${score} ≠ ${b.get(ref)}`);
  }
  assert.equal(plain.search('-erlaubnis').length, compact.search('-erlaubnis').length);
  assert.ok(compact.search('-erlaubnis').some((r) => r.ref === 'leer'));
});

test('the serialized index loads with plain lunr + lunr-languages and finds compounds by their parts', async () => {
  const corpus = await buildCorpus(content, DATE, decompounder);
  const lunr = germanLunr();
  const index = lunr.Index.load(JSON.parse(JSON.stringify(corpus.index.json)));
  const refs = index.search('erlaubnis').map((r) => r.ref);
  assert.ok(refs.length > 0);
  assert.ok(refs.every((ref) => textOf(ref).toLowerCase().includes('erlaubnis')));
  assert.ok(refs.some((ref) => /aufenthaltserlaubnis/i.test(textOf(ref)) && !/(^|[^\p{L}])erlaubnis/iu.test(textOf(ref))));
  // Lone "☐" and "–" are not indexed as an empty term.
  assert.ok(!(corpus.index.json as { invertedIndex: [string][] }).invertedIndex.some(([term]) => term === ''));
});

test('every version lists its passages; a passage that versions share exists once', () => {
  const fik = documents.get('checklists/fiktionsbescheinigung')!;
  assert.deepEqual(
    fik.versions.map((v) => `${v.version} ${v.status} ${v.validFrom} ${v.validUntil} ${v.url}`),
    ['1 superseded 2024-01-01 2025-12-31 /checklisten/fiktionsbescheinigung/v1/', '2 current 2026-01-01 null /checklisten/fiktionsbescheinigung/'],
  );
  const [v1, v2] = fik.versions.map((v) => v.passages.map((id) => passages.find((p) => p.id === id)!));
  assert.deepEqual(
    v1.map((p) => p.anchor),
    [undefined, 'antrag', 'bescheinigung'],
  );
  assert.deepEqual(
    v2.map((p) => p.anchor),
    [undefined, 'antrag', 'bescheinigung'],
  );
  // Start and "Bescheinigung" are the same in both versions, "Antrag" changed.
  assert.equal(v1[0], v2[0]);
  assert.equal(v1[2], v2[2]);
  assert.notEqual(v1[1], v2[1]);
  assert.equal(passages.filter((p) => p.reference === fik.reference).length, 4);
  assert.equal(fik.current, fik.versions[1].passages);
  // Ids are unique; versions' passages belong to their document.
  assert.equal(new Set(passages.map((p) => p.id)).size, passages.length);
  for (const d of documents.values())
    for (const v of d.versions) assert.ok(v.passages.every((id) => passages.find((p) => p.id === id)!.reference === d.reference));
  const briefing = documents.get('briefings/fiktionsbescheinigung-elektronisch')!;
  assert.deepEqual(
    briefing.versions.map((v) => [v.version, v.status, v.validUntil]),
    [[null, 'announced', null]],
  );
  assert.equal(briefing.current, briefing.versions[0].passages);
});

test('a title is indexed with the first passage of each version, not with every passage', async () => {
  const corpus = await buildCorpus(content, DATE, decompounder);
  const firsts = new Set([...corpus.documents.values()].flatMap((d) => d.versions.map((v) => v.passages[0])));
  assert.deepEqual(new Set(passages.filter((p) => p.indexedTitle).map((p) => p.id)), firsts);
  const index = germanLunr().Index.load(JSON.parse(JSON.stringify(corpus.index.json)));
  const byTitle = index.search('title:fiktionsbescheinigung').map((r) => r.ref);
  assert.ok(byTitle.length > 0 && byTitle.every((ref) => firsts.has(ref)));
  assert.ok(byTitle.includes(corpus.documents.get('checklists/fiktionsbescheinigung')!.current[0]));
});

test('a passage shared by versions with different titles is found by each title', async () => {
  const changed = {
    ...content,
    checklists: content.checklists.map((d) =>
      d.ref !== 'checklists/fiktionsbescheinigung'
        ? d
        : { ...d, versions: d.versions.map((v, i) => (i === 0 ? { ...v, data: { ...v.data, title: 'Fortgeltung bescheinigen' } } : v)) },
    ),
  };
  const { passages: own, documents: docsOwn } = corpusPassages(changed, DATE);
  const fik = docsOwn.get('checklists/fiktionsbescheinigung')!;
  const start = own.find((p) => p.id === fik.versions[0].passages[0])!;
  assert.equal(start.id, fik.versions[1].passages[0]);
  assert.deepEqual(start.indexedTitle.split('\n'), ['Fortgeltung bescheinigen', 'Fiktionsbescheinigung ausstellen']);
  assert.deepEqual(
    fik.versions.map((v) => v.title),
    ['Fortgeltung bescheinigen', 'Fiktionsbescheinigung ausstellen'],
  );
  assert.equal(fik.title, 'Fiktionsbescheinigung ausstellen');
  const corpus = await buildCorpus(changed, DATE, decompounder);
  const index = germanLunr().Index.load(JSON.parse(JSON.stringify(corpus.index.json)));
  assert.deepEqual(
    index.search('title:fortgeltung').map((r) => r.ref),
    [start.id],
  );
  assert.ok(index.search('title:fiktionsbescheinigung').some((r) => r.ref === start.id));
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
