import { test } from 'node:test';
import assert from 'node:assert/strict';
import { durationText, readingMinutes, wordCount } from '../../src/tracks/reading-time.ts';
import { plainText } from '../../src/site/plain-text.ts';
import { itemIds, moduleIds, shortHash, slugify } from '../../src/tracks/ids.ts';

test('reading time is the plain text at 200 words a minute, rounded up, at least one minute', () => {
  assert.equal(readingMinutes('Wort '.repeat(200)), 1);
  assert.equal(readingMinutes('Wort '.repeat(201)), 2);
  assert.equal(readingMinutes(''), 1);
});

test('markup and lone symbols are not counted as words', () => {
  const text = plainText('## Antrag\n\n- [ ] Eingang **prüfen** – § 81 Abs. 4 AufenthG\n');
  assert.equal(wordCount(text), 7);
});

test('long reading sums are shown in hours and minutes', () => {
  assert.equal(durationText(45), '45 Min.');
  assert.equal(durationText(60), '1 Std.');
  assert.equal(durationText(95), '1 Std. 35 Min.');
});

test('module ids come from titles, with umlauts transliterated and duplicates numbered', () => {
  assert.equal(slugify('Fiktion und Verlängerung'), 'fiktion-und-verlaengerung');
  assert.equal(slugify('Größe & Maß: § 81'), 'groesse-mass-81');
  assert.deepEqual(moduleIds(['Erste Fälle', 'Erste Fälle', '!!!']), ['erste-faelle', 'erste-faelle-2', 'modul']);
});

test('task ids depend on the wording only, so reordering keeps progress', () => {
  const [a, b] = itemIds('t', ['Hospitieren', 'Akte anlegen']);
  const [b2, a2] = itemIds('t', ['Akte anlegen', 'Hospitieren']);
  assert.equal(a, a2);
  assert.equal(b, b2);
  assert.match(a, /^t[0-9a-z]{7}$/);
  assert.notEqual(shortHash('Hospitieren'), shortHash('Hospitieren.'));
});
