/**
 * Tracks in order (`after`, src/tracks/order.ts) and the calendar of a later track
 * (src/tracks/calendar.ts trackWeek / trackWeekNumberOn): a team track's week 1 begins the
 * Monday after the basics end, in the reader's own calendar.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trackOffsets } from '../../src/tracks/order.ts';
import { trackWeek, trackWeekNumberOn, weekLabel } from '../../src/tracks/calendar.ts';

const t = (slug: string, weeks: number, after?: string) => ({ slug, data: { weeks, ...(after ? { after } : {}) } });

test('offsets add up the weeks of every track before, along the chain', () => {
  const offsets = trackOffsets([t('aufenthalt', 4, 'tracks/grundlagen'), t('grundlagen', 6), t('vertiefung', 2, 'tracks/aufenthalt'), t('solo', 3)]);
  assert.deepEqual(Object.fromEntries(offsets), { aufenthalt: 6, grundlagen: 0, vertiefung: 10, solo: 0 });
});

test('a missing, self or circular `after` ends the chain instead of looping', () => {
  const offsets = trackOffsets([t('a', 2, 'tracks/b'), t('b', 3, 'tracks/a'), t('c', 1, 'tracks/c'), t('d', 1, 'tracks/fehlt')]);
  assert.equal(offsets.get('c'), 0);
  assert.equal(offsets.get('d'), 0);
  // a → b → a (`npm run check` reports it): the chain is cut where it closes, nothing loops.
  assert.deepEqual([offsets.get('a'), offsets.get('b')], [3, 0]);
});

test('week 1 of a track after six weeks of basics is plan week 7 of a reader who started on Wednesday 04.02.2026', () => {
  const start = '2026-02-04';
  assert.equal(weekLabel(trackWeek(start, 0, 1)), 'Woche 1: 02.02.–06.02.2026');
  assert.equal(weekLabel(trackWeek(start, 6, 1)), 'Woche 1: 16.03.–20.03.2026');
  assert.equal(trackWeek(start, 6, 1).kw, 12);
  assert.equal(trackWeekNumberOn(start, 6, '2026-03-13'), 0);
  assert.equal(trackWeekNumberOn(start, 6, '2026-03-16'), 1);
  assert.equal(trackWeekNumberOn(start, 6, '2026-03-29'), 2);
  assert.equal(trackWeekNumberOn(start, 0, '2026-03-16'), 7);
});
