import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoWeek, planMonday, planWeek, weekLabel, weekNumberOn, weekRangeText } from '../../src/tracks/calendar.ts';
import { germanDate, isIsoDay, localToday } from '../../src/model/day.ts';

test('week 1 begins on the Monday of the start week', () => {
  assert.equal(planMonday('2026-02-04'), '2026-02-02'); // Wednesday → Monday before
  assert.equal(planMonday('2026-02-02'), '2026-02-02');
  assert.equal(planMonday('2026-02-06'), '2026-02-02'); // Friday
});

test('a start on a weekend begins the plan on the following Monday', () => {
  assert.equal(planMonday('2026-02-07'), '2026-02-09');
  assert.equal(planMonday('2026-02-08'), '2026-02-09');
});

test('the plan shows week number, Monday to Friday in German form', () => {
  assert.equal(weekLabel(planWeek('2026-02-02', 2)), 'Woche 2: 09.02.–13.02.2026');
  assert.equal(weekLabel(planWeek('2026-02-04', 1)), 'Woche 1: 02.02.–06.02.2026');
});

test('a week across the year end names both years', () => {
  assert.equal(weekRangeText(planWeek('2025-12-29', 1)), '29.12.2025–02.01.2026');
});

test('calendar weeks follow ISO 8601, including week 53 and week 1 starting in December', () => {
  assert.deepEqual(isoWeek('2026-02-09'), { year: 2026, week: 7 });
  assert.deepEqual(isoWeek('2026-12-31'), { year: 2026, week: 53 });
  assert.deepEqual(isoWeek('2027-01-03'), { year: 2026, week: 53 });
  assert.deepEqual(isoWeek('2025-12-29'), { year: 2026, week: 1 });
  assert.deepEqual(isoWeek('2024-12-30'), { year: 2025, week: 1 });
  assert.equal(planWeek('2026-02-02', 2).kw, 7);
});

test('the current plan week counts from the plan Monday; weekends belong to the week before', () => {
  assert.equal(weekNumberOn('2026-02-04', '2026-02-02'), 1);
  assert.equal(weekNumberOn('2026-02-04', '2026-02-08'), 1);
  assert.equal(weekNumberOn('2026-02-04', '2026-02-09'), 2);
  assert.equal(weekNumberOn('2026-02-04', '2026-01-30'), 0);
  assert.equal(weekNumberOn('2026-02-07', '2026-02-09'), 1);
});

test('only real calendar days are ISO days', () => {
  assert.equal(isIsoDay('2026-02-28'), true);
  assert.equal(isIsoDay('2026-02-30'), false);
  assert.equal(isIsoDay('2026-2-3'), false);
  assert.equal(isIsoDay(20260203), false);
});

test('dates are written the German way and today is the local day', () => {
  assert.equal(germanDate('2026-02-09'), '09.02.2026');
  assert.equal(localToday(new Date(2026, 1, 9, 23, 59)), '2026-02-09');
});
