import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReadItem, TrackData, TrackPagePayload } from '../../src/tracks/data.ts';
import { jsonIsland } from '../../src/tracks/build-data.ts';
import { emptyProgress, markRead, recordAnswer, setTaskDone } from '../../src/tracks/progress-model.ts';
import { judgementDay, readState, trackStatus, versionToRead } from '../../src/tracks/status.ts';

const T = '2026-02-10T08:00:00.000Z';
/** v1 2025, v2 minor from 2026-12-01, v3 major from 2027-01-04 (like the fixture checklist). */
const item: ReadItem = {
  key: 'checklists/titel',
  title: 'Titel',
  type: 'Checkliste',
  url: '/checklisten/titel/',
  minutes: 2,
  versioned: {
    kind: 'checklist',
    slug: 'titel',
    versions: [
      ['2025-01-01', 1],
      ['2026-12-01', 0],
      ['2027-01-04', 1],
    ],
  },
};
const readIn = (version: number) => markRead(emptyProgress(T), item.key, version, '2026-01-05', T);

test('the version to read is the one in force on the day', () => {
  assert.equal(versionToRead(item, '2026-11-25'), 1);
  assert.equal(versionToRead(item, '2026-12-01'), 2);
  assert.equal(versionToRead(item, '2027-01-04'), 3);
});

test('a document not yet marked is open', () => {
  assert.deepEqual(readState(item, emptyProgress(T), '2026-11-25'), { state: 'open' });
});

test('a minor version after the one read keeps the document read', () => {
  assert.deepEqual(readState(item, readIn(1), '2026-12-10'), { state: 'done', version: 1 });
});

test('a major version after the one read asks to read again, comparing read and current version', () => {
  assert.deepEqual(readState(item, readIn(1), '2027-01-10'), { state: 'reread', readVersion: 1, currentVersion: 3 });
  assert.deepEqual(readState(item, readIn(2), '2027-01-10'), { state: 'reread', readVersion: 2, currentVersion: 3 });
});

test('reading the current version again clears "neu lesen"', () => {
  assert.deepEqual(readState(item, readIn(3), '2027-01-10'), { state: 'done', version: 3 });
});

test('an announced major version does not ask to read again before it applies', () => {
  assert.deepEqual(readState(item, readIn(1), '2027-01-03'), { state: 'done', version: 1 });
});

test('a pinned reference is never "neu lesen"', () => {
  const pinned: ReadItem = { ...item, key: 'checklists/titel@v1', versioned: { ...item.versioned!, pin: 1 } };
  const p = markRead(emptyProgress(T), pinned.key, 1, '2026-01-05', T);
  assert.deepEqual(readState(pinned, p, '2027-01-10'), { state: 'done', version: 1 });
  assert.equal(versionToRead(pinned, '2027-01-10'), 1);
});

test('the browser never judges validity before the build date', () => {
  assert.equal(judgementDay('2026-01-01', '2026-11-25'), '2026-11-25');
  assert.equal(judgementDay('2027-01-10', '2026-11-25'), '2027-01-10');
});

const track: TrackData = {
  slug: 'probe',
  title: 'Probe',
  url: '/einarbeitung/probe/',
  weeks: 2,
  teams: ['aufenthalt'],
  modules: [
    {
      id: 'eins',
      title: 'Eins',
      week: 1,
      read: [item],
      tasks: [
        { id: 'ta', text: 'A' },
        { id: 'tb', text: 'B' },
      ],
      quiz: [{ id: 'qa', question: 'Q?' }],
    },
    { id: 'zwei', title: 'Zwei', week: 2, read: [], tasks: [], quiz: [] },
  ],
};

test('progress counts read documents, done tasks and correctly answered questions per module and track', () => {
  let p = readIn(1);
  p = setTaskDone(p, 'probe/eins/ta', true, '2026-02-03', T);
  p = recordAnswer(p, 'probe/eins/qa', 1, false, '2026-02-03', T);
  let status = trackStatus(track, p, '2026-11-25');
  assert.deepEqual([status.done, status.total, status.modulesDone], [2, 4, 0]);
  p = setTaskDone(p, 'probe/eins/tb', true, '2026-02-03', T);
  p = recordAnswer(p, 'probe/eins/qa', 0, true, '2026-02-03', T);
  status = trackStatus(track, p, '2026-11-25');
  assert.deepEqual([status.modules[0].done, status.modules[0].total, status.modulesDone], [4, 4, 1]);
});

test('a document to read again no longer counts as done', () => {
  let p = readIn(1);
  p = setTaskDone(p, 'probe/eins/ta', true, '2026-02-03', T);
  const status = trackStatus(track, p, '2027-01-10');
  assert.deepEqual([status.done, status.rereads], [1, 1]);
});

test('a track page counts the same from its slim data (ids and versions only) as from the full data', () => {
  const slim: TrackPagePayload['track'] = {
    slug: track.slug,
    weeks: track.weeks,
    modules: track.modules.map((m) => ({
      id: m.id,
      title: m.title,
      read: m.read.map((r) => ({ key: r.key, versioned: r.versioned })),
      tasks: m.tasks.map((t) => ({ id: t.id })),
      quiz: m.quiz.map((q) => ({ id: q.id, answer: 0, explanation: 'E' })),
    })),
  };
  let p = readIn(1);
  p = setTaskDone(p, 'probe/eins/tb', true, '2026-02-03', T);
  p = recordAnswer(p, 'probe/eins/qa', 0, true, '2026-02-03', T);
  for (const day of ['2026-11-25', '2027-01-10']) {
    const full = trackStatus(track, p, day);
    const page = trackStatus(slim, p, day);
    assert.deepEqual([page.done, page.total, page.modulesDone, page.rereads], [full.done, full.total, full.modulesDone, full.rereads], day);
  }
  // The report's texts come with the full data's items.
  assert.equal(trackStatus(track, p, '2026-11-25').modules[0].tasks[1].text, 'B');
  assert.equal(trackStatus(track, p, '2026-11-25').modules[0].quiz[0].question, 'Q?');
});

test('the JSON island of a track page cannot end its script element', () => {
  const text = jsonIsland({ explanation: 'a </script><script>alert(1)</script> <!-- b' });
  assert.doesNotMatch(text, /</);
  assert.deepEqual(JSON.parse(text), { explanation: 'a </script><script>alert(1)</script> <!-- b' });
});
