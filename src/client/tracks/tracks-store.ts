/**
 * The reader's progress in this browser only: one versioned localStorage key, read and written
 * through the strict parser, so a damaged entry is never taken for an empty one. A damaged
 * entry is set aside under its own key (not deleted) and the page says so; a browser that
 * refuses storage gets a notice instead of silently forgetting. Other tabs stay in step via
 * the `storage` event.
 */
import type { TrackPagePayload, TracksPayload } from '../../tracks/data.ts';
import { parseProgress } from '../../tracks/progress-file.ts';
import { emptyProgress, type Progress } from '../../tracks/progress-model.ts';
import { judgementDay } from '../../tracks/status.ts';
import { STORAGE_KEY_NAME } from './tracks-key.ts';
import { localToday } from '../../model/day.ts';

export const STORAGE_KEY = STORAGE_KEY_NAME;

type Listener = (progress: Progress) => void;
const listeners: Listener[] = [];
let problem: string | undefined;
/** A failed load of the shared track data; shown like a storage problem. */
let dataProblem: string | undefined;
let state = load();

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function load(): Progress {
  const store = storage();
  if (!store) {
    problem =
      'Ihr Browser erlaubt dieser Seite nicht, Daten zu speichern. Ihr Fortschritt gilt nur, bis Sie die Seite schließen. Sichern Sie ihn vorher über „Fortschritt exportieren“.';
    return emptyProgress();
  }
  const text = store.getItem(STORAGE_KEY);
  if (text === null) return emptyProgress();
  const result = parseProgress(text);
  if (result.ok) return result.progress;
  const aside = `${STORAGE_KEY}:beschaedigt:${new Date().toISOString()}`;
  try {
    store.setItem(aside, text);
    store.removeItem(STORAGE_KEY);
  } catch {
    // Keep the damaged entry where it is rather than lose it; saving will be refused below.
  }
  problem = `Der gespeicherte Fortschritt in diesem Browser war beschädigt (${result.error}) und wurde beiseitegelegt, nicht gelöscht. Falls Sie eine exportierte Datei haben, importieren Sie sie auf der Seite „Mein Einarbeitungsstand“.`;
  return emptyProgress();
}

export function progress(): Progress {
  return state;
}

/** Applies a change, saves it and tells every view. Returns false when saving failed. */
export function update(change: (p: Progress, now: string, day: string) => Progress): boolean {
  state = change(state, new Date().toISOString(), localToday());
  let saved = false;
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(state));
    saved = Boolean(storage());
  } catch {
    problem =
      'Ihr Fortschritt konnte in diesem Browser nicht gespeichert werden (Speicher voll oder gesperrt). Sichern Sie ihn über „Fortschritt exportieren“.';
  }
  notify();
  return saved;
}

export function onChange(listener: Listener): void {
  listeners.push(listener);
}

function notify(): void {
  for (const listener of listeners) listener(state);
  showProblem();
}

/** Shows a storage problem in every `[data-track-problem]` box of the page. */
function showProblem(): void {
  const text = [problem, dataProblem].filter(Boolean).join(' ');
  for (const box of document.querySelectorAll<HTMLElement>('[data-track-problem]')) {
    box.textContent = text;
    box.hidden = !text;
  }
}

window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return;
  const result = event.newValue === null ? { ok: true as const, progress: emptyProgress() } : parseProgress(event.newValue);
  if (!result.ok) return;
  state = result.progress;
  notify();
});

/** A track page's own data, from its JSON island (see TrackPagePayload). */
export function trackPagePayload(): TrackPagePayload | undefined {
  const island = document.querySelector('script[data-track-data]');
  if (!island?.textContent) return undefined;
  return JSON.parse(island.textContent) as TrackPagePayload;
}

let shared: Promise<TracksPayload | undefined> | undefined;

/**
 * Every track without answers (/einarbeitung/daten.json), fetched once per page and only when a
 * view needs it – that is, when the reader has progress. A failed load says so on the page and
 * is tried again on the next change.
 */
export function sharedTracks(): Promise<TracksPayload | undefined> {
  shared ??= fetch('/einarbeitung/daten.json')
    .then((response) => (response.ok ? (response.json() as Promise<TracksPayload>) : undefined))
    .catch(() => undefined)
    .then((payload) => {
      dataProblem = payload
        ? undefined
        : 'Die Daten der Einarbeitungspfade konnten nicht geladen werden, daher fehlt Ihr Stand hier. Bitte laden Sie die Seite später neu; Ihr gespeicherter Fortschritt bleibt erhalten.';
      if (!payload) shared = undefined;
      showProblem();
      return payload;
    });
  return shared;
}

/** The day on which this page judges which document version applies. */
export function versionDay(payload: { buildDate: string }): string {
  return judgementDay(localToday(), payload.buildDate);
}

export function start(): void {
  showProblem();
}
