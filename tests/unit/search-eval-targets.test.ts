/**
 * The evaluation's target check (tests/search/eval.ts), which tests/browser/search-eval.spec.ts
 * asserts: a kind below its own floor fails even when the overall figure and the general
 * per-kind floor are met.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { score, shortfalls } from '../search/eval.ts';

const found = (kind: string, q: string) => score({ q, kind, expect: ['/a/'] }, ['/a/']);
const missed = (kind: string, q: string) => score({ q, kind, expect: ['/a/'] }, ['/b/', '/c/', '/d/', '/e/', '/f/', '/a/']);

test('one compound-part miss in 19 (0.947) fails the compound-part floor of 0.95, not the general 0.9', () => {
  const results = [
    ...Array.from({ length: 18 }, (_, i) => found('compound-part', `c${i}`)),
    missed('compound-part', 'Gefahr'),
    ...Array.from({ length: 40 }, (_, i) => found('plain', `p${i}`)),
  ];
  const floor = { overall: 0.95, perKind: 0.9, top1: 0 };
  assert.deepEqual(shortfalls(results, floor), []);
  assert.deepEqual(shortfalls(results, { ...floor, kinds: { 'compound-part': 0.95 } }), ['compound-part 0.947 < 0.95']);
});

test('recall@5 counts the expected documents among the first five; the sixth is a miss', () => {
  assert.equal(missed('plain', 'x').recall, 0);
  assert.equal(missed('plain', 'x').rr, 1 / 6);
  assert.equal(score({ q: 'x', kind: 'synonym', expect: ['/a/', '/g/'] }, ['/a/', '/b/']).recall, 0.5);
});
