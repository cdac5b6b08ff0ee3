import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  chooseStartDate,
  emptyProgress,
  followTrack,
  markRead,
  mergeProgress,
  recordAnswer,
  setStartDate,
  setTaskDone,
  type Progress,
} from '../../src/tracks/progress-model.ts';

const T = '2026-02-10T08:00:00.000Z';

function sample(): Progress {
  let p = emptyProgress(T);
  p = setStartDate(p, '2026-02-02', T);
  p = followTrack(p, 'grundlagen', T);
  p = markRead(p, 'checklists/duldung', 1, '2026-02-03', T);
  p = setTaskDone(p, 'grundlagen/erste-woche/tabc', true, '2026-02-04', T);
  p = recordAnswer(p, 'grundlagen/erste-woche/qabc', 1, false, '2026-02-05', T);
  return p;
}

test('a wrong answer is recorded without counting as correct; a later right one does', () => {
  let p = sample();
  assert.deepEqual(p.quiz['grundlagen/erste-woche/qabc'], { correct: false, last: 1, lastCorrect: false, attempts: 1, at: '2026-02-05' });
  p = recordAnswer(p, 'grundlagen/erste-woche/qabc', 0, true, '2026-02-06', T);
  assert.deepEqual(p.quiz['grundlagen/erste-woche/qabc'], { correct: true, last: 0, lastCorrect: true, attempts: 2, at: '2026-02-06' });
});

test('the best quiz result stays after a later wrong answer', () => {
  let p = recordAnswer(sample(), 'grundlagen/erste-woche/qabc', 0, true, '2026-02-06', T);
  p = recordAnswer(p, 'grundlagen/erste-woche/qabc', 2, false, '2026-02-07', T);
  assert.equal(p.quiz['grundlagen/erste-woche/qabc'].correct, true);
  assert.equal(p.quiz['grundlagen/erste-woche/qabc'].lastCorrect, false);
});

test('updates never change the state they were given', () => {
  const p = sample();
  const copy = structuredClone(p);
  setTaskDone(p, 'grundlagen/erste-woche/tabc', false, '2026-02-08', T);
  markRead(p, 'checklists/x', 2, '2026-02-08', T);
  assert.deepEqual(p, copy);
});

test('merging keeps every done item of both sides', () => {
  const mine = sample();
  let file = emptyProgress(T);
  file = markRead(file, 'guidelines/gebuehren', null, '2026-02-04', T);
  file = setTaskDone(file, 'einbuergerung/start/tdef', true, '2026-02-04', T);
  file = followTrack(file, 'einbuergerung', T);
  const merged = mergeProgress(mine, file, 'earlier', T);
  assert.deepEqual(Object.keys(merged.read).sort(), ['checklists/duldung', 'guidelines/gebuehren']);
  assert.deepEqual(Object.keys(merged.tasks).sort(), ['einbuergerung/start/tdef', 'grundlagen/erste-woche/tabc']);
  assert.deepEqual(merged.tracks, ['grundlagen', 'einbuergerung']);
  assert.equal(merged.quiz['grundlagen/erste-woche/qabc'].attempts, 1);
});

test('merging keeps the newer read version and the best quiz result', () => {
  const mine = recordAnswer(sample(), 'grundlagen/erste-woche/qabc', 0, true, '2026-02-05', T);
  let file = markRead(emptyProgress(T), 'checklists/duldung', 2, '2026-03-01', T);
  file = recordAnswer(file, 'grundlagen/erste-woche/qabc', 1, false, '2026-03-02', T);
  file = recordAnswer(file, 'grundlagen/erste-woche/qabc', 1, false, '2026-03-02', T);
  const merged = mergeProgress(mine, file, 'earlier', T);
  assert.deepEqual(merged.read['checklists/duldung'], { version: 2, at: '2026-03-01' });
  assert.deepEqual(merged.quiz['grundlagen/erste-woche/qabc'], { correct: true, last: 1, lastCorrect: false, attempts: 2, at: '2026-03-02' });
  const reverse = mergeProgress(file, mine, 'earlier', T);
  assert.equal(reverse.quiz['grundlagen/erste-woche/qabc'].correct, true);
  assert.deepEqual(reverse.read['checklists/duldung'], { version: 2, at: '2026-03-01' });
});

test('merging a file into itself changes nothing but the time stamp', () => {
  const p = sample();
  assert.deepEqual(mergeProgress(p, p, 'earlier', '2026-03-01T00:00:00.000Z'), { ...p, updatedAt: '2026-03-01T00:00:00.000Z' });
});

test('the earlier start date wins unless the reader chooses', () => {
  assert.equal(chooseStartDate('2026-02-09', '2026-02-02', 'earlier'), '2026-02-02');
  assert.equal(chooseStartDate('2026-02-09', '2026-02-02', 'mine'), '2026-02-09');
  assert.equal(chooseStartDate('2026-02-09', '2026-02-02', 'file'), '2026-02-02');
  assert.equal(chooseStartDate('2026-02-02', '2026-02-09', 'file'), '2026-02-09');
  assert.equal(chooseStartDate(null, '2026-02-09', 'mine'), '2026-02-09');
  assert.equal(chooseStartDate('2026-02-02', null, 'file'), '2026-02-02');
});
