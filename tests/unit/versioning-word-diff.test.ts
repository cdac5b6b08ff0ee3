import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokens, wordDiff } from '../../src/versioning/word-diff.ts';

const changes = (a: string, b: string) =>
  wordDiff(a, b)
    .filter((p) => p.type !== 'same')
    .map((p) => `${p.type}:${p.text}`);

test('an amount changes as one token, with its € sign', () => {
  assert.deepEqual(changes('Mindestgehalt 45.300 € brutto', 'Mindestgehalt 50.700 € brutto'), ['del:45.300 €', 'ins:50.700 €']);
  assert.deepEqual(changes('Gebühr 96 EUR', 'Gebühr 100 EUR'), ['del:96 EUR', 'ins:100 EUR']);
});

test('a date and a citation change as whole tokens', () => {
  assert.deepEqual(changes('gilt ab 01.03.2024', 'gilt ab 01.06.2024'), ['del:01.03.2024', 'ins:01.06.2024']);
  assert.deepEqual(changes('nach § 10 Abs. 1 StAG', 'nach § 10 Abs. 3 StAG'), ['del:§ 10 Abs. 1', 'ins:§ 10 Abs. 3']);
  assert.deepEqual(changes('Art. 6 Abs. 1 GG', 'Art. 6 Abs. 2 GG'), ['del:Art. 6 Abs. 1', 'ins:Art. 6 Abs. 2']);
});

test('tokens keep citations, dates and amounts whole, with ordinary or no-break spaces', () => {
  assert.deepEqual(
    tokens('§\u00a081 Abs.\u00a04 am 12.06.2026: 3,5 %').map((t) => t.trimEnd()),
    ['§\u00a081 Abs.\u00a04', 'am', '12.06.2026', ':', '3,5 %'],
  );
});

test('several replaced words read as one replacement, and unchanged text stays same', () => {
  assert.deepEqual(wordDiff('seit acht Jahren', 'seit fünf Jahren'), [
    { type: 'same', text: 'seit ' },
    { type: 'del', text: 'acht' },
    { type: 'ins', text: 'fünf' },
    { type: 'same', text: ' Jahren' },
  ]);
  assert.deepEqual(changes('a b c d', 'x y z d'), ['del:a b c', 'ins:x y z']);
});

test('joined parts give back both texts', () => {
  const a = 'Die Gebühr beträgt 45.300 € (§ 45 AufenthV), zahlbar bis 01.01.2026.';
  const b = 'Die Gebühr beträgt nun 50.700 € (§ 47 AufenthV), zahlbar bis 31.03.2026!';
  const parts = wordDiff(a, b);
  assert.equal(
    parts
      .filter((p) => p.type !== 'ins')
      .map((p) => p.text)
      .join(''),
    a,
  );
  assert.equal(
    parts
      .filter((p) => p.type !== 'del')
      .map((p) => p.text)
      .join(''),
    b,
  );
});
