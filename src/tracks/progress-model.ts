/**
 * A reader's onboarding progress, as stored in the browser (localStorage `lotse:progress:v1`)
 * and in export files. Plain data with pure, immutable updates, so that the browser views, the
 * import merge and the unit tests share one definition.
 */

export const PROGRESS_FORMAT = 'lotse-einarbeitung';
export const PROGRESS_VERSION = 1;

export interface ReadMark {
  /** Version that was read; null for documents without versions (briefings, tracks). */
  version: number | null;
  /** Day it was marked read. */
  at: string;
}

export interface DoneMark {
  at: string;
}

export interface QuizMark {
  /** Answered right at least once: the best result, which counts into progress. */
  correct: boolean;
  /** The most recent answer (option index) and whether it was right. */
  last: number;
  lastCorrect: boolean;
  attempts: number;
  /** Day of the most recent answer. */
  at: string;
}

export interface Progress {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  /** First working day, entered once; all plans count weeks from it. */
  startDate: string | null;
  /** Tracks the reader works on (set by any action on a track page). */
  tracks: string[];
  /** Key: document reference, `…@v<N>` when pinned. */
  read: Record<string, ReadMark>;
  /** Key: `<track>/<module>/<task>`. */
  tasks: Record<string, DoneMark>;
  /** Key: `<track>/<module>/<question>`. */
  quiz: Record<string, QuizMark>;
  /** When this state was last changed (ISO timestamp). */
  updatedAt: string;
}

export function emptyProgress(now = new Date().toISOString()): Progress {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, startDate: null, tracks: [], read: {}, tasks: {}, quiz: {}, updatedAt: now };
}

const touch = (p: Progress, now: string): Progress => ({ ...p, updatedAt: now });

export function followTrack(p: Progress, track: string, now: string): Progress {
  return p.tracks.includes(track) ? p : touch({ ...p, tracks: [...p.tracks, track] }, now);
}

export function setStartDate(p: Progress, startDate: string | null, now: string): Progress {
  return touch({ ...p, startDate }, now);
}

export function markRead(p: Progress, key: string, version: number | null, day: string, now: string): Progress {
  return touch({ ...p, read: { ...p.read, [key]: { version, at: day } } }, now);
}

export function setTaskDone(p: Progress, key: string, done: boolean, day: string, now: string): Progress {
  const tasks = { ...p.tasks };
  if (done) tasks[key] = { at: day };
  else delete tasks[key];
  return touch({ ...p, tasks }, now);
}

export function unmarkRead(p: Progress, key: string, now: string): Progress {
  const read = { ...p.read };
  delete read[key];
  return touch({ ...p, read }, now);
}

export function recordAnswer(p: Progress, key: string, choice: number, correct: boolean, day: string, now: string): Progress {
  const before = p.quiz[key];
  const mark: QuizMark = { correct: Boolean(before?.correct) || correct, last: choice, lastCorrect: correct, attempts: (before?.attempts ?? 0) + 1, at: day };
  return touch({ ...p, quiz: { ...p.quiz, [key]: mark } }, now);
}

export type StartDateChoice = 'earlier' | 'mine' | 'file';

/**
 * Merges an imported state into the current one so that nothing is lost: every done item of
 * either side stays done, a document counts as read in the newer of the two versions, a
 * question keeps its best result. The start date is the earlier one unless the reader chose.
 * Merging the same file twice changes nothing.
 */
export function mergeProgress(mine: Progress, file: Progress, choice: StartDateChoice, now: string): Progress {
  const read = { ...mine.read };
  for (const [key, mark] of Object.entries(file.read)) {
    const own = read[key];
    if (!own || (mark.version ?? 0) > (own.version ?? 0) || ((mark.version ?? 0) === (own.version ?? 0) && mark.at < own.at)) read[key] = mark;
  }
  const tasks = { ...mine.tasks };
  for (const [key, mark] of Object.entries(file.tasks)) {
    if (!tasks[key] || mark.at < tasks[key].at) tasks[key] = mark;
  }
  const quiz = { ...mine.quiz };
  for (const [key, mark] of Object.entries(file.quiz)) {
    const own = quiz[key];
    if (!own) {
      quiz[key] = mark;
      continue;
    }
    const latest = mark.at > own.at ? mark : own;
    quiz[key] = {
      correct: own.correct || mark.correct,
      last: latest.last,
      lastCorrect: latest.lastCorrect,
      attempts: Math.max(own.attempts, mark.attempts),
      at: latest.at,
    };
  }
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    startDate: chooseStartDate(mine.startDate, file.startDate, choice),
    tracks: [...mine.tracks, ...file.tracks.filter((t) => !mine.tracks.includes(t))],
    read,
    tasks,
    quiz,
    updatedAt: now,
  };
}

export function chooseStartDate(mine: string | null, file: string | null, choice: StartDateChoice): string | null {
  if (!mine || !file) return mine ?? file;
  if (choice === 'mine') return mine;
  if (choice === 'file') return file;
  return mine < file ? mine : file;
}

/** Counts for the import summary. */
export function progressCounts(p: Progress): { read: number; tasks: number; quiz: number } {
  return { read: Object.keys(p.read).length, tasks: Object.keys(p.tasks).length, quiz: Object.values(p.quiz).filter((q) => q.correct).length };
}
