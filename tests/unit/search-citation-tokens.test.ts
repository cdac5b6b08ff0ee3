import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absatzToken, isCitationToken, lawSlug, paragraphToken, provisionTokens } from '../../src/search/analysis/citation-tokens.ts';

test('a provision becomes a paragraph word and, with an Absatz, a second more specific word', () => {
  assert.deepEqual(provisionTokens({ law: 'AufenthG', unit: '§', paragraph: '81', absatz: '4' }), ['qq81qaufenthgq', 'qq81qaufenthgq4q']);
  assert.deepEqual(provisionTokens({ law: 'GG', unit: 'Art.', paragraph: '16a' }), ['qa16aqggq']);
});

test('law abbreviations lose spaces, slashes and umlauts', () => {
  assert.equal(lawSlug('SGB II'), 'sgbii');
  assert.equal(lawSlug('FreizügG/EU'), 'freizuggeu');
});

test("the word of § 8 is no prefix of the word of § 81, but § 81 is a prefix of its Absatz words and of every law's § 81", () => {
  const p8 = paragraphToken({ law: 'StAG', unit: '§', paragraph: '8' });
  const p81 = paragraphToken({ law: 'StAG', unit: '§', paragraph: '81' });
  assert.equal(p81.startsWith(p8), false);
  assert.equal(absatzToken({ law: 'StAG', unit: '§', paragraph: '81', absatz: '2' })!.startsWith(p81), true);
  assert.equal(p81.startsWith(paragraphToken({ unit: '§', paragraph: '81' })), true);
});

test('only letters and digits are used, and the words are recognisable', () => {
  const t = paragraphToken({ law: 'SGB XII', unit: '§', paragraph: '60a' });
  assert.match(t, /^[a-z0-9]+$/);
  assert.equal(isCitationToken(t), true);
  assert.equal(isCitationToken('qualifikation'), false);
});

test('an Absatz word needs a law and a plain Absatz number', () => {
  assert.equal(absatzToken({ unit: '§', paragraph: '81', absatz: '4' }), undefined);
  assert.equal(absatzToken({ law: 'AufenthG', unit: '§', paragraph: '81' }), undefined);
});
