import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQueryCitation, glossaryIndex, planQuery, queryWords, variants, withoutEnding } from '../../src/search/analysis/query.ts';
import { fold, withUmlauts } from '../../src/search/analysis/fold.ts';
import type { LawRef } from '../../src/norms/types.ts';

const laws: LawRef[] = [
  { abbr: 'AufenthG', slug: 'aufenthg_2004', unit: '§' },
  { abbr: 'StAG', slug: 'stag', unit: '§' },
  { abbr: 'GG', slug: 'gg', unit: 'Art.' },
];
const glossary = glossaryIndex([
  { term: 'Aufenthaltserlaubnis', abbr: ['AE'], synonyms: [] },
  { term: 'Zentralstelle für ausländisches Bildungswesen', abbr: ['ZAB'], synonyms: [] },
  { term: 'Zentrale Ausländerbehörde', abbr: ['ZAB'], synonyms: [] },
  { term: 'Duldung', abbr: [], synonyms: ['Aussetzung der Abschiebung'] },
  { term: 'Blaue Karte EU', abbr: ['BK'], synonyms: ['Blue Card'] },
]);
const plan = (q: string) => planQuery(q, laws, glossary);
const alternatives = (q: string) => plan(q).groups.map((g) => g.alternatives.map((a) => a.words.join(' ')));

test('an abbreviation from the glossary is searched together with its term, and the term with its abbreviation', () => {
  assert.deepEqual(alternatives('AE verlängern'), [
    ['AE', 'Aufenthaltserlaubnis'],
    ['verlängern', 'verlänger'],
  ]);
  assert.deepEqual(alternatives('Aufenthaltserlaubnis')[0].slice(0, 2), ['Aufenthaltserlaubnis', 'AE']);
});

test('an abbreviation with two meanings brings both', () => {
  assert.deepEqual(alternatives('ZAB'), [['ZAB', 'Zentralstelle ausländisches Bildungswesen', 'Zentrale Ausländerbehörde']]);
});

test('a synonym of several words is recognised with or without its function words', () => {
  assert.deepEqual(alternatives('Aussetzung der Abschiebung')[0].slice(0, 2), ['Aussetzung Abschiebung', 'Duldung']);
  assert.deepEqual(alternatives('Blaue Karte')[0].slice(0, 2), ['Blaue Karte', 'Blaue Karte EU']);
});

test('citations are recognised in the forms staff type', () => {
  for (const q of ['§ 81 Abs. 4 AufenthG', '81 IV AufenthG', '§ 81 IV AufenthG']) {
    const c = plan(q).citation!;
    assert.deepEqual(c.tokens, ['qq81qaufenthgq'], q);
    assert.deepEqual(c.absatzTokens, ['qq81qaufenthgq4q'], q);
  }
  assert.deepEqual(plan('§81 AufenthG').citation!.tokens, ['qq81qaufenthgq']);
  assert.deepEqual(plan('60a AufenthG').citation!.tokens, ['qq60aqaufenthgq']);
  assert.deepEqual(plan('AufenthG § 9').citation!.tokens, ['qq9qaufenthgq']);
  assert.deepEqual(plan('Art. 16a GG').citation!.tokens, ['qa16aqggq']);
});

test('a citation inside other words is taken out and the rest searched as words', () => {
  const p = plan('Fiktion § 81 AufenthG');
  assert.deepEqual(p.citation!.tokens, ['qq81qaufenthgq']);
  assert.deepEqual(
    p.groups.map((g) => g.text),
    ['Fiktion'],
  );
  assert.equal(findQueryCitation(['81'], laws), undefined);
});

test('ASCII spellings of umlauts and ß are searched in both spellings', () => {
  assert.deepEqual(alternatives('Einbuergerung')[0].slice(0, 2), ['Einbuergerung', 'Einbürgerung']);
  assert.equal(withUmlauts('neue'), undefined);
  assert.equal(withUmlauts('Steuer'), undefined);
  assert.equal(fold('Einbürgerung'), fold('Einbuergerung'));
});

test('function words are dropped from queries of several words', () => {
  assert.deepEqual(
    plan('Unterlagen für die Einbürgerung').groups.map((g) => g.text),
    ['Unterlagen', 'Einbürgerung'],
  );
  assert.deepEqual(
    plan('die').groups.map((g) => g.text),
    ['die'],
  );
});

test('the inflection ending is dropped for a second, wider alternative', () => {
  assert.equal(withoutEnding('Aufenthaltserlaubnisse'), 'Aufenthaltserlaubnis');
  assert.equal(withoutEnding('verlängert'), 'verlänger');
  assert.equal(withoutEnding('Duldung'), undefined);
});

test('query words keep hyphenated compounds whole and split at slashes as the index does', () => {
  assert.deepEqual(queryWords('Chancen-Aufenthaltsrecht REAG/GARP'), ['Chancen-Aufenthaltsrecht', 'REAG', 'GARP']);
});

test('combinations of alternatives come best first and are capped', () => {
  const p = plan('AE verlängern');
  const v = variants(p.groups, 3);
  assert.equal(v.length, 3);
  assert.equal(v[0].text, 'AE verlängern');
  assert.ok(v[0].weight >= v[1].weight && v[1].weight >= v[2].weight);
});

test('the live search waits while the last word is a short prefix or a half-typed law, not for abbreviations and numbers', async () => {
  const { stillTyping } = await import('../../src/search/browser/typing.ts');
  for (const q of ['A', 'Ab', 'AE v', 'AE ver', 'Duldung A', '81', '§60a']) assert.equal(stillTyping(q), true, q);
  for (const q of ['AE', 'Abst', 'AE verl', '§ 81', '81 IV', 'NE', 'Duldung']) assert.equal(stillTyping(q), false, q);
  assert.equal(stillTyping('81 IV Aufe', ['AufenthG', 'StAG']), true);
  assert.equal(stillTyping('81 IV AufenthG', ['AufenthG', 'StAG']), false);
  assert.equal(stillTyping('Aufe', ['AufenthG']), false);
});
