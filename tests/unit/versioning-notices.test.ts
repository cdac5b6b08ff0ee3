/**
 * The date-dependent notices and answers that the build writes and the browser recomputes:
 * superseded, announced, "new version announced", overdue review, "Was galt am …?".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentLink, validityNotices, versionOnDate, type Notice, type ValidityData } from '../../src/versioning/notices.ts';
import { standRows, matchesFilter, type StandDocument } from '../../src/versioning/stand.ts';

// The checklist fixture: § 10 StAG before 27.06.2024, from 27.06.2024, from 30.10.2025, then two later versions.
const data = (index: number): ValidityData => ({
  kind: 'checklist',
  slug: 'einbuergerung-zehn-stag',
  index,
  versions: [
    { v: 1, from: '2023-01-01' },
    { v: 2, from: '2024-06-27', change: 'Fünf statt acht Jahre' },
    { v: 3, from: '2025-10-30', change: 'Turbo-Einbürgerung gestrichen' },
    { v: 4, from: '2026-12-01', change: 'Hinweis zur Identität' },
    { v: 5, from: '2027-03-01', change: 'Abschnitt Abschluss' },
  ],
  reviewDue: '2027-06-30',
  owner: 'Teamleitung Einbürgerung',
});
const BUILD = '2026-11-25';
const text = (n: Notice) => [n.title, ...n.lines.map((l) => l.map((s) => (typeof s === 'string' ? s : `[${s.text}](${s.href})`)).join(''))].join(' | ');

test('a superseded version links to the current one and to the comparison with it', () => {
  const [notice, ...rest] = validityNotices(data(1), BUILD, BUILD);
  assert.equal(rest.length, 0);
  assert.equal(notice!.id, 'superseded');
  assert.equal(
    text(notice!),
    'Achtung: Diese Fassung gilt nicht mehr. | Sie galt vom 27.06.2024 bis 29.10.2025. Für Fälle, die nach heutigem Recht zu entscheiden sind, gilt [die aktuelle Fassung v3](/checklisten/einbuergerung-zehn-stag/). | [Änderungen von v2 zu v3](/checklisten/einbuergerung-zehn-stag/vergleich/v2-v3/)',
  );
});

test('the current version lists every announced version with its start date and change', () => {
  const notices = validityNotices(data(2), BUILD, BUILD);
  assert.deepEqual(
    notices.map((n) => n.id),
    ['announced-next'],
  );
  assert.equal(
    text(notices[0]!),
    'Neue Fassungen angekündigt | [v4 gilt ab 01.12.2026](/checklisten/einbuergerung-zehn-stag/v4/): Hinweis zur Identität – [Änderungen gegenüber v3](/checklisten/einbuergerung-zehn-stag/vergleich/v3-v4/) | [v5 gilt ab 01.03.2027](/checklisten/einbuergerung-zehn-stag/v5/): Abschnitt Abschluss – [Änderungen gegenüber v3](/checklisten/einbuergerung-zehn-stag/vergleich/v3-v5/)',
  );
});

test('an announced version says from when it applies and what applies until then', () => {
  const [notice] = validityNotices(data(4), BUILD, BUILD);
  assert.equal(
    text(notice!),
    'Angekündigte Fassung: gilt erst ab 01.03.2027. | Bis dahin gilt [Fassung v3](/checklisten/einbuergerung-zehn-stag/). | [Änderungen gegenüber v3](/checklisten/einbuergerung-zehn-stag/vergleich/v3-v5/)',
  );
});

test('read after v4 has started, the page built with v3 as current tells the new truth and links to v4 itself', () => {
  const later = '2026-12-05';
  assert.deepEqual(currentLink(data(2), later, BUILD), { href: '/checklisten/einbuergerung-zehn-stag/v4/', index: 3 });
  const [v3] = validityNotices(data(2), later, BUILD);
  assert.equal(v3!.id, 'superseded');
  assert.match(text(v3!), /gilt \[die aktuelle Fassung v4\]\(\/checklisten\/einbuergerung-zehn-stag\/v4\/\)/);
  const v4 = validityNotices(data(3), later, BUILD);
  assert.deepEqual(
    v4.map((n) => n.id),
    ['announced-next'],
  );
  assert.match(text(v4[0]!), /v5 gilt ab 01\.03\.2027/);
});

test('a review date in the past adds the overdue notice, but not on superseded versions', () => {
  assert.deepEqual(
    validityNotices(data(4), '2027-07-01', BUILD).map((n) => n.id),
    ['overdue'],
  );
  assert.deepEqual(
    validityNotices(data(0), '2027-07-01', BUILD).map((n) => n.id),
    ['superseded'],
  );
});

test('"Was galt am …?" names the version of that day with its full validity', () => {
  assert.equal(versionOnDate(data(2), '2024-06-26', BUILD).text, 'Am 26.06.2024 galt Fassung v1 (gültig vom 01.01.2023 bis 26.06.2024).');
  assert.equal(versionOnDate(data(2), '2024-06-27', BUILD).text, 'Am 27.06.2024 galt Fassung v2 (gültig vom 27.06.2024 bis 29.10.2025).');
  assert.equal(versionOnDate(data(2), '2027-05-01', BUILD).text, 'Am 01.05.2027 gilt Fassung v5 (gültig ab 01.03.2027, ohne Enddatum).');
  assert.equal(versionOnDate(data(2), '2022-12-31', BUILD).index, -1);
});

const docs: StandDocument[] = [
  {
    ref: 'checklists/einbuergerung-zehn-stag',
    type: 'checklist',
    title: 'Anspruchseinbürgerung nach § 10 StAG prüfen',
    url: '/checklisten/einbuergerung-zehn-stag/',
    versions: [
      [1, '2023-01-01'],
      [2, '2024-06-27'],
      [3, '2025-10-30'],
    ],
  },
  { ref: 'guidelines/neu', type: 'guideline', title: 'Neuer Leitfaden', url: '/leitfaeden/neu/', versions: [[1, '2026-01-01']] },
];

test('the site-wide "Stand" gives each document the version of that day and today\'s status of it', () => {
  const [stag, neu] = standRows(docs, '2024-06-27', BUILD);
  assert.deepEqual(
    { ...stag!, doc: undefined },
    {
      doc: undefined,
      version: 2,
      url: '/checklisten/einbuergerung-zehn-stag/v2/',
      validFrom: '2024-06-27',
      validUntil: '2025-10-29',
      today: 'superseded',
      firstFrom: '2023-01-01',
    },
  );
  assert.equal(neu!.version, undefined);
  assert.equal(neu!.firstFrom, '2026-01-01');
});

test('the title filter ignores case and umlauts', () => {
  assert.ok(matchesFilter(docs[0]!, 'EINBURGERUNG'));
  assert.ok(matchesFilter(docs[0]!, 'zehn-stag'));
  assert.ok(!matchesFilter(docs[1]!, 'StAG'));
});
