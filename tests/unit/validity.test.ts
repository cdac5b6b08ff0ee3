import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayBefore, validityOf, validityText, versionIndexOn } from '../../src/model/validity.ts';

// Real dates of § 10 StAG: before 27.06.2024 (8 years), from 27.06.2024 (5 years), from 30.10.2025 (no 3-year track).
const stag10 = ['2000-01-01', '2024-06-27', '2025-10-30'];

test('a version applies until the day before the next version starts', () => {
  assert.deepEqual(validityOf(stag10, 1, '2026-01-01'), { validFrom: '2024-06-27', validUntil: '2025-10-29', status: 'superseded' });
});

test('the latest started version is current and open-ended', () => {
  assert.deepEqual(validityOf(stag10, 2, '2025-10-30'), { validFrom: '2025-10-30', validUntil: null, status: 'current' });
});

test('on the day before a new version starts, the old one is still current and the new one announced', () => {
  assert.equal(validityOf(stag10, 1, '2025-10-29').status, 'current');
  assert.equal(validityOf(stag10, 2, '2025-10-29').status, 'announced');
});

test('what applied on a date is the last version started on or before it', () => {
  assert.equal(versionIndexOn(stag10, '2024-06-26'), 0);
  assert.equal(versionIndexOn(stag10, '2024-06-27'), 1);
  assert.equal(versionIndexOn(stag10, '1999-12-31'), -1);
});

test('dayBefore crosses month and leap-year boundaries', () => {
  assert.equal(dayBefore('2024-03-01'), '2024-02-29');
  assert.equal(dayBefore('2026-01-01'), '2025-12-31');
});

test('validity is stated in German words', () => {
  assert.equal(validityText(validityOf(stag10, 1, '2026-01-01')), 'gültig vom 27.06.2024 bis 29.10.2025');
  assert.equal(validityText(validityOf(stag10, 2, '2026-01-01')), 'gilt seit 30.10.2025');
  assert.equal(validityText(validityOf(stag10, 2, '2025-01-01')), 'gilt ab 30.10.2025 — angekündigt');
});
