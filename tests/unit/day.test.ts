/** Calendar days (src/model/day.ts): the one module the build, the schemas and the browser ask. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, daysBetween, germanDate, hasIsoDayForm, isIsoDay, lastDayOfMonth, localToday } from '../../src/model/day.ts';

test('a real ISO day is accepted; impossible days, other forms and non-strings are not', () => {
  for (const day of ['2026-01-01', '2024-02-29', '2026-12-31']) assert.equal(isIsoDay(day), true, day);
  for (const day of [
    '2026-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-01-00',
    '26-01-01',
    '2026-1-1',
    ' 2026-01-01',
    20260101,
    undefined,
  ])
    assert.equal(isIsoDay(day), false, String(day));
  assert.equal(hasIsoDayForm('2026-02-30'), true);
  assert.equal(hasIsoDayForm('30.02.2026'), false);
});

test('month lengths follow the Gregorian leap years', () => {
  assert.deepEqual(
    [2023, 2024, 1900, 2000].map((y) => lastDayOfMonth(y, 2)),
    [28, 29, 28, 29],
  );
  assert.equal(lastDayOfMonth(2026, 4), 30);
  assert.equal(lastDayOfMonth(2026, 13), 0);
});

test('arithmetic crosses months, years and the change to summer time without drifting', () => {
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  assert.equal(addDays('2026-03-28', 2), '2026-03-30');
  assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
  assert.equal(daysBetween('2026-11-25', '2026-11-10'), -15);
});

test("the German form is DD.MM.YYYY, and today is the reader's local calendar day", () => {
  assert.equal(germanDate('2024-06-27'), '27.06.2024');
  // 23:30 local time is still that day, whatever UTC says.
  assert.equal(localToday(new Date(2026, 11, 7, 23, 30)), '2026-12-07');
  assert.equal(localToday(new Date(2026, 0, 1, 0, 5)), '2026-01-01');
});
