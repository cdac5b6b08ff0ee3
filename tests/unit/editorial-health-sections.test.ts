/** The health page's sections and the pager of their full lists (src/editorial/health/health-sections.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { healthListUrl, healthSections, pageWindow } from '../../src/editorial/health/health-sections.ts';

test('every section has its own list address; drafts only in the preview', () => {
  assert.deepEqual(
    healthSections(false).map((s) => healthListUrl(s.slug)),
    [
      '/redaktion/ueberfaellig/',
      '/redaktion/bald-faellig/',
      '/redaktion/anpassung-ausstehend/',
      '/redaktion/nicht-freigegeben/',
      '/redaktion/zu-bestaetigen/',
      '/redaktion/nicht-verlinkt/',
    ],
  );
  assert.equal(healthSections(true).at(-1)?.slug, 'entwuerfe');
  assert.equal(healthListUrl('nicht-verlinkt', 3), '/redaktion/nicht-verlinkt/3/');
});

test('the pager shows first, last and two either side of the current page, with gaps', () => {
  assert.deepEqual(pageWindow(1, 1), [1]);
  assert.deepEqual(pageWindow(2, 4), [1, 2, 3, 4]);
  assert.deepEqual(pageWindow(1, 121), [1, 2, 3, null, 121]);
  assert.deepEqual(pageWindow(60, 121), [1, null, 58, 59, 60, 61, 62, null, 121]);
  assert.deepEqual(pageWindow(121, 121), [1, null, 119, 120, 121]);
});

test('the pager stays short however many pages there are', () => {
  for (const last of [10, 100, 10_000]) for (const current of [1, 5, last]) assert.ok(pageWindow(current, last).length <= 9);
});
