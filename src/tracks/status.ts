/**
 * What is done, open or to be read again – computed from the track data and the stored
 * progress on a given day. The 'neu lesen' rule: a document marked read in version r whose
 * version applying today is c > r, with at least one *major* version in r+1 … c, must be read
 * again (link: comparison r → c). Minor versions (typos, wording) never trigger it; pinned
 * references (`@v<N>`) never do either, since the reader is meant to read exactly that version.
 */
import { currentIndexOn } from '../model/validity.ts';
import type { ModuleData, ReadRef, TrackData } from './data.ts';
import { itemKey } from './ids.ts';
import type { Progress, QuizMark } from './progress-model.ts';

export type ReadState = { state: 'open' } | { state: 'done'; version: number | null } | { state: 'reread'; readVersion: number; currentVersion: number };

/** The version of a read item a reader reads on `date` (the pinned one, else the one in force). */
export function versionToRead(item: ReadRef, date: string): number | null {
  const v = item.versioned;
  if (!v) return null;
  if (v.pin) return v.pin;
  return (
    currentIndexOn(
      v.versions.map(([from]) => from),
      date,
    ) + 1
  );
}

export function readState(item: ReadRef, progress: Progress, date: string): ReadState {
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

/**
 * What status needs of a module: the ids of what can be done. Both the shared data (ModuleData,
 * with titles and texts) and a track page's own data (TrackPagePayload) have it.
 */
export interface CountedModule {
  id: string;
  read: readonly ReadRef[];
  tasks: readonly { id: string }[];
  quiz: readonly { id: string }[];
}

export interface CountedTrack<M extends CountedModule = CountedModule> {
  slug: string;
  modules: readonly M[];
}

/** A module's items with their state; each item keeps the fields it came with (texts in the shared data). */
export interface ModuleStatus<M extends CountedModule = ModuleData> extends Count {
  module: M;
  read: { item: M['read'][number]; status: ReadState }[];
  tasks: (M['tasks'][number] & { done: boolean })[];
  quiz: (M['quiz'][number] & { mark: QuizMark | undefined })[];
  quizCorrect: number;
}

export function moduleStatus<M extends CountedModule>(track: { slug: string }, module: M, progress: Progress, date: string): ModuleStatus<M> {
  const read = module.read.map((item: M['read'][number]) => ({ item, status: readState(item, progress, date) }));
  const tasks = module.tasks.map((t: M['tasks'][number]) => ({ ...t, done: Boolean(progress.tasks[itemKey(track.slug, module.id, t.id)]) }));
  const quiz = module.quiz.map((q: M['quiz'][number]) => ({ ...q, mark: progress.quiz[itemKey(track.slug, module.id, q.id)] }));
  const quizCorrect = quiz.filter((q) => q.mark?.correct).length;
  const done = read.filter((r) => r.status.state === 'done').length + tasks.filter((t) => t.done).length + quizCorrect;
  return { module, read, tasks, quiz, quizCorrect, done, total: read.length + tasks.length + quiz.length };
}

export interface TrackStatus<T extends CountedTrack<CountedModule> = TrackData> extends Count {
  track: T;
  modules: ModuleStatus<T['modules'][number]>[];
  /** Modules with every item done (modules without items do not count as done). */
  modulesDone: number;
  rereads: number;
}

export function trackStatus<T extends CountedTrack<CountedModule>>(track: T, progress: Progress, date: string): TrackStatus<T> {
  const modules = track.modules.map((m: T['modules'][number]) => moduleStatus(track, m, progress, date));
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
export function myTracks<T extends { slug: string }>(tracks: readonly T[], progress: Progress): T[] {
  return tracks.filter((t) => progress.tracks.includes(t.slug));
}
