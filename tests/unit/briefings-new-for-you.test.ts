/** "Neu für Sie" (src/briefings/new-for-you.ts): the data the build writes and the visit rules the browser runs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baselineOf, markRead, newForYouData, newItems, parseState, startVisit, type NewForYouData } from '../../src/briefings/new-for-you.ts';
import type { Briefing } from '../../src/model/types.ts';

const urls = { briefing: (slug: string) => `/rechtsaenderungen/${slug}/`, version: (_k: string, slug: string, v: number) => `/checklisten/${slug}/v${v}/` };
const b = (slug: string, published: string, effective: string) => ({ slug, data: { title: slug, published, effective } }) as unknown as Briefing;
// A version without changeType is major: the schema's default (src/schemas/versioned.ts).
const doc = (slug: string, versions: [string, ('major' | 'minor')?][]) => ({
  kind: 'checklist' as const,
  slug,
  versions: versions.map(([validFrom, changeType = 'major'], i) => ({ version: i + 1, data: { title: slug, validFrom, changeType } })),
});

test('the data holds briefings by publication day and major versions from v2 on, one year back, future included', () => {
  const data = newForYouData(
    [b('alt', '2025-11-24', '2026-01-01'), b('neu', '2026-10-15', '2026-11-01')],
    [doc('x', [['2024-01-01'], ['2026-01-01'], ['2026-06-01', 'minor'], ['2027-03-01']])],
    '2026-11-25',
    urls,
  );
  assert.deepEqual(
    data.items.map((i) => `${i.k} ${i.u} ${i.d}`),
    ['c /checklisten/x/v4/ 2027-03-01', 'b /rechtsaenderungen/neu/ 2026-10-15', 'c /checklisten/x/v2/ 2026-01-01'],
  );
  assert.equal(data.items[1].e, '2026-11-01');
  assert.equal(data.items[0].v, 4);
});

const data: NewForYouData = {
  date: '2026-11-25',
  items: [
    { k: 'c', u: '/c/v3/', t: 'C3', d: '2027-01-04', v: 3 },
    { k: 'b', u: '/b/neu/', t: 'Neu', d: '2026-11-20', e: '2027-03-01' },
    { k: 'b', u: '/b/okt/', t: 'Okt', d: '2026-10-15', e: '2026-11-01' },
    { k: 'c', u: '/c/v2/', t: 'C2', d: '2026-01-01', v: 2 },
  ],
};

test('a first visit shows the last 30 days', () => {
  const state = startVisit(undefined, '2026-11-10');
  assert.equal(baselineOf(state, '2026-11-10'), '2026-10-11');
  assert.deepEqual(
    newItems(data, state, '2026-11-10').map((i) => i.u),
    ['/b/okt/'],
  );
});

test('a later visit shows what came since the previous visit, up to today, not the future', () => {
  const first = startVisit(undefined, '2026-11-10');
  const second = startVisit(first, '2026-11-25');
  assert.equal(second.previous, '2026-11-10');
  assert.deepEqual(
    newItems(data, second, '2026-11-25').map((i) => i.u),
    ['/b/neu/'],
  );
  // An announced version appears once its day has come.
  assert.deepEqual(
    newItems(data, startVisit(second, '2027-01-05'), '2027-01-05').map((i) => i.u),
    ['/c/v3/'],
  );
});

test('reloading on the same day keeps the baseline, so unread items stay', () => {
  const state = startVisit(startVisit(undefined, '2026-11-10'), '2026-11-25');
  assert.deepEqual(startVisit(state, '2026-11-25'), state);
});

test('items marked read disappear; read marks of items no longer published are dropped', () => {
  let state = startVisit(undefined, '2026-11-25');
  state = { ...state, read: ['/weg/'] };
  assert.deepEqual(
    newItems(data, state, '2026-11-25').map((i) => i.u),
    ['/b/neu/'],
  );
  state = markRead(state, ['/b/neu/'], data);
  assert.deepEqual(state.read, ['/b/neu/']);
  assert.deepEqual(newItems(data, state, '2026-11-25'), []);
});

test('stored state is read defensively', () => {
  assert.equal(parseState(null), undefined);
  assert.equal(parseState('{kaputt'), undefined);
  assert.equal(parseState('{"last":"gestern"}'), undefined);
  assert.deepEqual(parseState('{"last":"2026-11-10","previous":"x","read":["/a/",3]}'), { last: '2026-11-10', read: ['/a/'] });
});
