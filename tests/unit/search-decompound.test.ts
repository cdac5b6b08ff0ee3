import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decompounder } from '../../src/search/build/decompound.ts';
import { decompounderFor } from '../../src/search/build/dictionary.ts';
import { countWords, type WordCounts } from '../../src/search/build/wordlist.ts';

/** A word list from sentences (capitalised words inside sentences count as nouns). */
function words(text: string): WordCounts {
  return countWords(text, new Map());
}

const surfaces = (d: Decompounder, w: string) => d.split(w)?.map((s) => s.surface);
const bases = (d: Decompounder, w: string) => d.split(w)?.map((s) => s.base);

const small = new Decompounder(
  words(
    'Die Erlaubnis und der Aufenthalt, die Duldung und die Beschäftigung, die Fiktion und die Fortgeltung, die Sprache und der Kurs, die Urkunde, die Urkunde, '.repeat(
      12,
    ),
  ),
);

test('a compound of two known words splits at the linking s', () => {
  assert.deepEqual(surfaces(small, 'aufenthaltserlaubnis'), ['aufenthalts', 'erlaubnis']);
  assert.deepEqual(bases(small, 'aufenthaltserlaubnis'), ['aufenthalt', 'erlaubnis']);
  assert.deepEqual(surfaces(small, 'Beschäftigungsduldung'), ['beschäftigungs', 'duldung']);
  assert.deepEqual(surfaces(small, 'Fortgeltungsfiktion'), ['fortgeltungs', 'fiktion']);
});

test('segments always concatenate to the word, so split marks can be inserted', () => {
  for (const w of ['aufenthaltserlaubnis', 'fortgeltungsfiktion', 'sprachkurs', 'aufenthaltserlaubnissen']) {
    assert.equal(surfaces(small, w)?.join(''), w);
  }
});

test('a dropped final e of the first part is restored for the dictionary form (Sprachkurs ← Sprache)', () => {
  assert.deepEqual(bases(small, 'sprachkurs'), ['sprache', 'kurs']);
});

test('an inflection ending stays on the last part', () => {
  assert.deepEqual(surfaces(small, 'aufenthaltserlaubnissen'), ['aufenthalts', 'erlaubnissen']);
});

test('words that are not compounds of known words stay whole', () => {
  for (const w of ['erlaubnis', 'bescheinigung', 'verlängerung', 'aufenthalt', 'xyzabcdefgh']) assert.equal(small.split(w), undefined);
});

test('short function words are no modifiers, so verb prefixes are not split off', () => {
  const d = new Decompounder(words('aus dem Land, die Reise, die Reise, die Reise, aus aus aus, die Einreise. '.repeat(30)));
  assert.equal(d.split('ausreise'), undefined);
});

test('a part unknown on its own still counts before a linking s and a well-known noun (Heiratsurkunde)', () => {
  assert.deepEqual(surfaces(small, 'heiratsurkunde'), ['heirats', 'urkunde']);
  assert.equal(small.split('heiratsurk'), undefined);
});

test('parts() lists the dictionary forms and the written forms of every part', () => {
  assert.deepEqual(small.parts('aufenthaltserlaubnis').sort(), ['aufenthalt', 'aufenthalts', 'erlaubnis']);
  assert.deepEqual(small.parts('duldung'), []);
});

test('with the committed law word list, the compounds of the issue split into their parts', () => {
  const d = decompounderFor(['Die Fiktion gilt. Die Fortgeltung tritt ein.']);
  assert.deepEqual(bases(d, 'niederlassungserlaubnis'), ['niederlassung', 'erlaubnis']);
  assert.deepEqual(bases(d, 'beschäftigungsduldung'), ['beschäftigung', 'duldung']);
  assert.deepEqual(bases(d, 'fortgeltungsfiktion'), ['fort', 'geltung', 'fiktion']);
  assert.deepEqual(bases(d, 'lebensunterhaltssicherung'), ['leben', 'unterhalt', 'sicherung']);
  assert.equal(d.split('bescheinigung'), undefined);
});
