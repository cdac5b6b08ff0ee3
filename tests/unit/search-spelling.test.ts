import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corrections, lengthsFor, parseVocabulary, withinOneEdit } from '../../src/search/analysis/spelling.ts';

const vocabulary = parseVocabulary('niederlassungserlaubnis\t40\neinbürgerung\t90\nduldung\t120\nduldungen\t5\nerlaubnis\t30');

test('one wrong, missing, extra or swapped letter is one edit', () => {
  assert.equal(withinOneEdit('duldung', 'duldnug'), 1);
  assert.equal(withinOneEdit('duldung', 'dulung'), 1);
  assert.equal(withinOneEdit('duldung', 'dulldung'), 1);
  assert.equal(withinOneEdit('duldung', 'dulbung'), 1);
  assert.equal(withinOneEdit('duldung', 'duldung'), 0);
  assert.equal(withinOneEdit('duldung', 'dlduung'), 2);
});

test("a misspelt word of 6+ letters finds the site's word, also across umlaut spellings", () => {
  assert.deepEqual(
    corrections('Niederlasungserlaubnis', vocabulary).map((c) => c.word),
    ['niederlassungserlaubnis'],
  );
  assert.deepEqual(
    corrections('Einbuergerng', vocabulary).map((c) => c.word),
    ['einbürgerung'],
  );
  assert.deepEqual(
    corrections('Duldnug', vocabulary).map((c) => c.word),
    ['duldung'],
  );
});

test('a word the site uses is not corrected, and short words are left alone', () => {
  assert.deepEqual(corrections('Duldungen', vocabulary), []);
  assert.deepEqual(corrections('Dulng', vocabulary), []);
});

test('the vocabulary files to load cover lengths one shorter and one longer, and umlauts written out', () => {
  assert.deepEqual(lengthsFor('duldnug'), [5, 6, 7, 8]);
});
