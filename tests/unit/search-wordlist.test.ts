import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, formatWordList, isNounStats, mergeWordCounts, parseWordList } from '../../src/search/build/wordlist.ts';

test('a word capitalised inside sentences counts as a noun, one capitalised only at sentence starts does not', () => {
  const counts = countWords('Die Duldung wird erteilt. Erteilt wird die Duldung nur, wenn die Duldung vorliegt. Erteilt ist erteilt.', new Map());
  assert.equal(isNounStats(counts.get('duldung')!), true);
  assert.equal(isNounStats(counts.get('erteilt')!), false);
  assert.equal(counts.get('duldung')!.count, 3);
});

test('words shorter than three letters are not counted', () => {
  assert.equal(countWords('AE zu ab', new Map()).size, 0);
});

test('the word list file format reads back as written', () => {
  const counts = countWords('Die Erlaubnis, die Erlaubnis, die Erlaubnis wird erteilt, erteilt.', new Map());
  const text = formatWordList(counts, 2);
  assert.match(text, /^die\t3\t0\nerlaubnis\t3\t1\nerteilt\t2\t0\n$/);
  const back = parseWordList(text);
  assert.equal(back.get('erlaubnis')!.count, 3);
  assert.equal(isNounStats(back.get('erlaubnis')!), true);
  assert.equal(isNounStats(back.get('erteilt')!), false);
  assert.equal(back.has('wird'), false);
});

test('merging adds counts of the same word', () => {
  const a = countWords('Die Duldung.', new Map());
  const merged = mergeWordCounts(a, countWords('Die Duldung, die Duldung.', new Map()));
  assert.equal(merged.get('duldung')!.count, 3);
});
