/**
 * What is done, open or to be read again – computed from the track data and the stored
 * progress on a given day. The 'neu lesen' rule: a document marked read in version r whose
 * version applying today is c > r, with at least one *major* version in r+1 … c, must be read
 * again (link: comparison r → c). Minor versions (typos, wording) never trigger it; pinned
 * references (`@v<N>`) never do either, since the reader is meant to read exactly that version.
 */
import { versionIndexOn } from '../model/validity.ts';
import type { ModuleData, ReadItem, TrackData } from './data.ts';
import { itemKey } from './ids.ts';
import type { Progress, QuizMark } from './progress-model.ts';

export type ReadState = { state: 'open' } | { state: 'done'; version: number | null } | { state: 'reread'; readVersion: number; currentVersion: number };

/** The version of a read item a reader reads on `date` (the pinned one, else the one in force). */
export function versionToRead(item: ReadItem, date: string): number | null {
  const v = item.versioned;
  if (!v) return null;
  if (v.pin) return v.pin;
  return Math.max(versionIndexOn(v.versions.map(([from]) => from), date), 0) + 1;
}

export function readState(item: ReadItem, progress: Progress, date: string): ReadState {
  const mark = progress.read[item.key];
  if (!mark) return { state: 'open' };
  const v = item.versioned;
  if (!v || v.pin || mark.version === null) return { state: 'done', version: mark.version };
  const current = versionToRead(item, date) ?? 1;
  const majorSince = v.versions.slice(mark.version, current).some(([, major]) => major === 1);
  return majorSince ? { state: 'reread', readVersion: mark.version, currentVersion: current } : { state: 'done', version: mark.version };
}

export interface Count {
  done: number;
  total: number;
}

export interface ModuleStatus extends Count {
  module: ModuleData;
  read: { item: ReadItem; status: ReadState }[];
  tasks: { id: string; text: string; done: boolean }[];
  quiz: { id: string; question: string; mark: QuizMark | undefined }[];
  quizCorrect: number;
}

export function moduleStatus(track: TrackData, module: ModuleData, progress: Progress, date: string): ModuleStatus {
  const read = module.read.map((item) => ({ item, status: readState(item, progress, date) }));
  const tasks = module.tasks.map((t) => ({ id: t.id, text: t.text, done: Boolean(progress.tasks[itemKey(track.slug, module.id, t.id)]) }));
  const quiz = module.quiz.map((q) => ({ id: q.id, question: q.question, mark: progress.quiz[itemKey(track.slug, module.id, q.id)] }));
  const quizCorrect = quiz.filter((q) => q.mark?.correct).length;
  const done = read.filter((r) => r.status.state === 'done').length + tasks.filter((t) => t.done).length + quizCorrect;
  return { module, read, tasks, quiz, quizCorrect, done, total: read.length + tasks.length + quiz.length };
}

export interface TrackStatus extends Count {
  track: TrackData;
  modules: ModuleStatus[];
  /** Modules with every item done (modules without items do not count as done). */
  modulesDone: number;
  rereads: number;
}

export function trackStatus(track: TrackData, progress: Progress, date: string): TrackStatus {
  const modules = track.modules.map((m) => moduleStatus(track, m, progress, date));
  return {
    track,
    modules,
    done: modules.reduce((n, m) => n + m.done, 0),
    total: modules.reduce((n, m) => n + m.total, 0),
    modulesDone: modules.filter((m) => m.total > 0 && m.done === m.total).length,
    rereads: modules.reduce((n, m) => n + m.read.filter((r) => r.status.state === 'reread').length, 0),
  };
}

/** `3 von 5 erledigt` */
export function countText(c: Count): string {
  return c.total === 0 ? 'nichts abzuhaken' : `${c.done} von ${c.total} erledigt`;
}

/** Whole percent for progress bars (0 when there is nothing to do). */
export function percent(c: Count): number {
  return c.total === 0 ? 0 : Math.round((100 * c.done) / c.total);
}

/** The day on which the browser judges which version applies: today, never before the build. */
export function judgementDay(today: string, buildDate: string): string {
  return today > buildDate ? today : buildDate;
}

/** Tracks the reader works on, in the order of the site. */
export function myTracks(tracks: readonly TrackData[], progress: Progress): TrackData[] {
  return tracks.filter((t) => progress.tracks.includes(t.slug));
}
