/**
 * Reading and writing progress files (export/import between computers) and the stored browser
 * state. Validation is strict and names what is wrong in German, because the person importing
 * is a new colleague at a new desk, not a developer: a damaged or foreign file must be refused
 * with a reason, never half-imported.
 */
import { PROGRESS_FORMAT, PROGRESS_VERSION, type Progress, type QuizMark } from './progress-model.ts';
import { isIsoDay } from '../model/day.ts';

export const MAX_FILE_BYTES = 2_000_000;
const MAX_ENTRIES = 20_000;

const READ_KEY = /^(checklists|guidelines|briefings|tracks)\/[a-z0-9-]+(@v[1-9]\d*)?$/;
const ITEM_KEY = /^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/;
const SLUG = /^[a-z0-9-]+$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export type ParseResult = { ok: true; progress: Progress } | { ok: false; error: string };

class Invalid extends Error {}

const fail = (message: string): never => {
  throw new Invalid(message);
};

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, field: string): Json {
  return isObject(value) ? value : fail(`Feld „${field}“: erwartet ein Objekt, gefunden ${describe(value)}`);
}

function onlyKeys(value: Json, allowed: readonly string[], field: string): void {
  const unknown = Object.keys(value).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) fail(`${field ? `Feld „${field}“: ` : ''}unbekanntes Feld „${unknown[0]}“ (erlaubt: ${allowed.join(', ')})`);
}

function day(value: unknown, field: string): string {
  return isIsoDay(value) ? value : fail(`Feld „${field}“: ${describe(value)} ist kein Datum (erwartet JJJJ-MM-TT)`);
}

function count(value: unknown, field: string, min: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min
    ? value
    : fail(`Feld „${field}“: erwartet eine ganze Zahl ab ${min}, gefunden ${describe(value)}`);
}

function timestamp(value: unknown, field: string): string {
  return typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))
    ? value
    : fail(`Feld „${field}“: ${describe(value)} ist kein Zeitstempel (erwartet z. B. 2026-02-02T08:00:00.000Z)`);
}

function bool(value: unknown, field: string): boolean {
  return typeof value === 'boolean' ? value : fail(`Feld „${field}“: erwartet true oder false, gefunden ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nichts';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'eine Liste';
  if (typeof value === 'object') return 'ein Objekt';
  if (typeof value !== 'string') return String(value);
  return `„${value.length > 40 ? `${value.slice(0, 40)}…` : value}“`;
}

function entries(value: unknown, field: string, key: RegExp, keyHint: string): [string, Json][] {
  const list = Object.entries(object(value, field));
  if (list.length > MAX_ENTRIES) fail(`Feld „${field}“: mehr als ${MAX_ENTRIES} Einträge`);
  return list.map(([k, v]) => {
    if (!key.test(k)) fail(`Feld „${field}“: „${k}“ ist kein gültiger Schlüssel (erwartet ${keyHint})`);
    return [k, object(v, `${field}.${k}`)];
  });
}

/** Checks an already parsed value; throws `Invalid` with the first problem. */
function check(data: unknown): Progress {
  if (!isObject(data)) return fail('die Datei enthält kein Objekt – es ist keine Lotse-Fortschrittsdatei');
  if (data.format !== PROGRESS_FORMAT) {
    fail(
      data.format === undefined
        ? 'es ist keine Lotse-Fortschrittsdatei (die Kennung „format“ fehlt)'
        : `es ist keine Lotse-Fortschrittsdatei (Kennung „format“ ist ${describe(data.format)}, erwartet „${PROGRESS_FORMAT}“)`,
    );
  }
  if (data.version !== PROGRESS_VERSION) {
    fail(
      typeof data.version === 'number' && data.version > PROGRESS_VERSION
        ? `die Datei hat die Formatversion ${data.version}; diese Lotse-Version liest nur Version ${PROGRESS_VERSION} – bitte Lotse aktualisieren lassen`
        : `Feld „version“: erwartet ${PROGRESS_VERSION}, gefunden ${describe(data.version)}`,
    );
  }
  onlyKeys(data, ['format', 'version', 'startDate', 'tracks', 'read', 'tasks', 'quiz', 'updatedAt', 'exportedAt'], '');
  const startDate = data.startDate === null ? null : day(data.startDate, 'startDate');
  if (!Array.isArray(data.tracks)) fail(`Feld „tracks“: erwartet eine Liste, gefunden ${describe(data.tracks)}`);
  const tracks = (data.tracks as unknown[]).map((t, i) =>
    typeof t === 'string' && SLUG.test(t) ? t : fail(`Feld „tracks[${i}]“: ${describe(t)} ist kein Pfad-Kürzel`),
  );
  const read: Progress['read'] = {};
  for (const [key, mark] of entries(data.read, 'read', READ_KEY, 'z. B. „checklists/duldung“')) {
    onlyKeys(mark, ['version', 'at'], `read.${key}`);
    read[key] = { version: mark.version === null ? null : count(mark.version, `read.${key}.version`, 1), at: day(mark.at, `read.${key}.at`) };
  }
  const tasks: Progress['tasks'] = {};
  for (const [key, mark] of entries(data.tasks, 'tasks', ITEM_KEY, '„pfad/modul/aufgabe“')) {
    onlyKeys(mark, ['at'], `tasks.${key}`);
    tasks[key] = { at: day(mark.at, `tasks.${key}.at`) };
  }
  const quiz: Progress['quiz'] = {};
  for (const [key, mark] of entries(data.quiz, 'quiz', ITEM_KEY, '„pfad/modul/frage“')) {
    onlyKeys(mark, ['correct', 'last', 'lastCorrect', 'attempts', 'at'], `quiz.${key}`);
    const q: QuizMark = {
      correct: bool(mark.correct, `quiz.${key}.correct`),
      last: count(mark.last, `quiz.${key}.last`, 0),
      lastCorrect: bool(mark.lastCorrect, `quiz.${key}.lastCorrect`),
      attempts: count(mark.attempts, `quiz.${key}.attempts`, 1),
      at: day(mark.at, `quiz.${key}.at`),
    };
    if (q.lastCorrect && !q.correct) fail(`Feld „quiz.${key}“: die letzte Antwort ist richtig, aber „correct“ ist false`);
    quiz[key] = q;
  }
  const updatedAt = timestamp(data.updatedAt, 'updatedAt');
  if (data.exportedAt !== undefined) timestamp(data.exportedAt, 'exportedAt');
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, startDate, tracks, read, tasks, quiz, updatedAt };
}

/** Parses the text of a progress file or of the stored state. */
export function parseProgress(text: string): ParseResult {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, error: `die Datei ist zu groß (über ${MAX_FILE_BYTES / 1_000_000} MB) – eine Fortschrittsdatei ist wenige KB groß` };
  if (text.trim() === '') return { ok: false, error: 'die Datei ist leer' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'die Datei ist beschädigt oder unvollständig (kein gültiges JSON)' };
  }
  try {
    return { ok: true, progress: check(data) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

/** The export file: the state plus when it was exported, readable by people too. */
export function serializeProgress(p: Progress, exportedAt: string): string {
  return `${JSON.stringify({ ...p, exportedAt }, null, 2)}\n`;
}

/** `lotse-einarbeitung-2026-11-25.json` */
export function exportFileName(day: string): string {
  return `${PROGRESS_FORMAT}-${day}.json`;
}
