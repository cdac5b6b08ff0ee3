/** The timeline of /rechtsaenderungen/ and its countdown texts (src/briefings/timeline.ts, countdown.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { archiveYears, briefingTimeline, filterOptions, lawsOfCitations } from '../../src/briefings/timeline.ts';
import { countdownText } from '../../src/briefings/countdown.ts';
import { lawRefs } from '../../src/model/citation-check.ts';
import type { Briefing } from '../../src/model/types.ts';
import type { Law } from '../../src/schemas/registries.ts';
import { daysBetween, localToday } from '../../src/model/day.ts';

const lawList = parse(readFileSync(new URL('../../content/laws.yaml', import.meta.url), 'utf8')) as Law[];
const laws = lawRefs(lawList);

function briefing(slug: string, published: string, effective: string, legalBasis: string[] = ['§ 81 AufenthG'], teams = ['aufenthalt']): Briefing {
  return { slug, data: { published, effective, legalBasis, teams } } as unknown as Briefing;
}

test('announced briefings come first, soonest first; those in force follow, newest first', () => {
  const t = briefingTimeline(
    [
      briefing('alt', '2024-01-01', '2024-03-01'),
      briefing('bald', '2026-11-01', '2026-12-01'),
      briefing('heute', '2026-11-01', '2026-11-25'),
      briefing('spaeter', '2026-11-20', '2027-07-24'),
      briefing('neu', '2026-10-01', '2026-11-01'),
    ],
    '2026-11-25',
    laws,
  );
  assert.deepEqual(
    t.announced.map((e) => e.briefing.slug),
    ['bald', 'spaeter'],
  );
  assert.deepEqual(
    t.inForce.map((e) => e.briefing.slug),
    ['heute', 'neu', 'alt'],
  );
  assert.deepEqual(
    t.announced.map((e) => e.days),
    [6, 241],
  );
});

test('a briefing taking effect on the reference date is in force, not announced', () => {
  const t = briefingTimeline([briefing('heute', '2026-11-01', '2026-11-25')], '2026-11-25', laws);
  assert.equal(t.inForce[0].state, 'in-force');
  assert.equal(t.inForce[0].days, 0);
});

test('the laws of a briefing come from its legalBasis in laws.yaml order, each once', () => {
  assert.deepEqual(lawsOfCitations(['§ 10 Abs. 1 StAG', '§ 81 AufenthG', '§ 5 AufenthV', '§§ 16a, 16b AufenthG', 'kein Zitat'], laws), [
    'AufenthG',
    'AufenthV',
    'StAG',
  ]);
});

test('filter options offer only teams and laws that occur', () => {
  const t = briefingTimeline([briefing('a', '2026-01-01', '2026-02-01', ['§ 10 StAG'], ['einbuergerung'])], '2026-11-25', laws);
  const options = filterOptions(
    t,
    [
      { id: 'einbuergerung', name: 'Einbürgerung' },
      { id: 'rueckkehr', name: 'Rückkehr' },
    ],
    lawList,
  );
  assert.deepEqual(options.teams, [{ value: 'einbuergerung', label: 'Einbürgerung' }]);
  assert.deepEqual(options.laws, [{ value: 'StAG', label: 'StAG – Staatsangehörigkeitsgesetz' }]);
});

test('countdown texts name the days left and switch once the day has come', () => {
  assert.equal(countdownText(daysBetween('2026-11-25', '2027-03-01')), 'noch 96 Tage');
  assert.equal(countdownText(1), 'noch 1 Tag (ab morgen)');
  assert.equal(countdownText(0), 'ab heute in Kraft');
  assert.equal(countdownText(-1), 'seit gestern in Kraft');
  assert.equal(countdownText(-5), 'seit 5 Tagen in Kraft');
});

test('daysBetween counts calendar days across a daylight-saving change', () => {
  assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2);
  assert.equal(daysBetween('2026-10-24', '2026-10-26'), 2);
});

test('localToday uses the local calendar day', () => {
  assert.equal(localToday(new Date(2026, 10, 25, 23, 59)), '2026-11-25');
  assert.equal(localToday(new Date(2027, 0, 1, 0, 1)), '2027-01-01');
});

test('the archive files every change in force under its year, newest year first, each year complete', () => {
  const t = briefingTimeline(
    [
      briefing('a', '2023-01-01', '2023-03-01'),
      briefing('b', '2024-01-01', '2024-06-27'),
      briefing('c', '2024-01-01', '2024-02-27'),
      briefing('d', '2026-01-01', '2026-06-12'),
    ],
    '2026-11-25',
    laws,
  );
  const years = archiveYears(t.inForce);
  assert.deepEqual(
    years.map((y) => [y.year, y.url, y.entries.map((e) => e.briefing.slug)]),
    [
      ['2026', '/rechtsaenderungen/archiv/2026/', ['d']],
      ['2024', '/rechtsaenderungen/archiv/2024/', ['b', 'c']],
      ['2023', '/rechtsaenderungen/archiv/2023/', ['a']],
    ],
  );
});
