import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportFileName, parseProgress, serializeProgress } from '../../src/tracks/progress-file.ts';
import { emptyProgress, markRead, recordAnswer, setStartDate, setTaskDone } from '../../src/tracks/progress-model.ts';

const T = '2026-02-10T08:00:00.000Z';
const full = () => {
  let p = setStartDate(emptyProgress(T), '2026-02-02', T);
  p = { ...p, tracks: ['grundlagen'] };
  p = markRead(p, 'checklists/duldung', 2, '2026-02-03', T);
  p = markRead(p, 'briefings/geas-reform', null, '2026-02-03', T);
  p = markRead(p, 'guidelines/gebuehren@v1', 1, '2026-02-03', T);
  p = setTaskDone(p, 'grundlagen/start/tabc1234', true, '2026-02-04', T);
  return recordAnswer(p, 'grundlagen/start/qabc1234', 1, true, '2026-02-05', T);
};
const withField = (patch: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(serializeProgress(full(), T)), ...patch });
const error = (text: string) => {
  const result = parseProgress(text);
  assert.equal(result.ok, false, 'die Datei hätte abgelehnt werden müssen');
  return result.ok ? '' : result.error;
};

test('an exported file reads back to the same progress', () => {
  const result = parseProgress(serializeProgress(full(), '2026-02-10T09:00:00.000Z'));
  assert.deepEqual(result, { ok: true, progress: full() });
});

test('the export file is named after the format and the day', () => {
  assert.equal(exportFileName('2026-02-10'), 'lotse-einarbeitung-2026-02-10.json');
});

test('a damaged file is refused as damaged', () => {
  const text = serializeProgress(full(), T);
  assert.equal(error(text.slice(0, text.length / 2)), 'die Datei ist beschädigt oder unvollständig (kein gültiges JSON)');
  assert.equal(error('   '), 'die Datei ist leer');
});

test('a foreign file is refused by its missing or wrong format marker', () => {
  assert.equal(error('{"name":"Einkaufsliste"}'), 'es ist keine Lotse-Fortschrittsdatei (die Kennung „format“ fehlt)');
  assert.equal(
    error(withField({ format: 'lotse-checkliste' })),
    'es ist keine Lotse-Fortschrittsdatei (Kennung „format“ ist „lotse-checkliste“, erwartet „lotse-einarbeitung“)',
  );
  assert.equal(error('[1,2,3]'), 'die Datei enthält kein Objekt – es ist keine Lotse-Fortschrittsdatei');
});

test('a file from a newer format version is refused with a hint', () => {
  assert.equal(
    error(withField({ version: 2 })),
    'die Datei hat die Formatversion 2; diese Lotse-Version liest nur Version 1 – bitte Lotse aktualisieren lassen',
  );
});

test('a wrong field is named with its path', () => {
  assert.equal(error(withField({ startDate: '2026-02-30' })), 'Feld „startDate“: „2026-02-30“ ist kein Datum (erwartet JJJJ-MM-TT)');
  assert.equal(
    error(withField({ read: { 'checklists/duldung': { version: 0, at: '2026-02-03' } } })),
    'Feld „read.checklists/duldung.version“: erwartet eine ganze Zahl ab 1, gefunden 0',
  );
  assert.equal(
    error(withField({ tasks: { 'nicht gültig': { at: '2026-02-03' } } })),
    'Feld „tasks“: „nicht gültig“ ist kein gültiger Schlüssel (erwartet „pfad/modul/aufgabe“)',
  );
  assert.equal(
    error(withField({ quiz: { 'a/b/c': { correct: 'ja', last: 0, lastCorrect: true, attempts: 1, at: '2026-02-03' } } })),
    'Feld „quiz.a/b/c.correct“: erwartet true oder false, gefunden „ja“',
  );
  assert.equal(error(withField({ tracks: 'grundlagen' })), 'Feld „tracks“: erwartet eine Liste, gefunden „grundlagen“');
});

test('unknown fields are refused rather than silently dropped', () => {
  assert.equal(
    error(withField({ name: 'Kim' })),
    'unbekanntes Feld „name“ (erlaubt: format, version, startDate, tracks, read, tasks, quiz, updatedAt, exportedAt)',
  );
  assert.equal(error(withField({ tasks: { 'a/b/c': { at: '2026-02-03', by: 'Kim' } } })), 'Feld „tasks.a/b/c“: unbekanntes Feld „by“ (erlaubt: at)');
});

test('contradictory quiz results are refused', () => {
  assert.equal(
    error(withField({ quiz: { 'a/b/c': { correct: false, last: 0, lastCorrect: true, attempts: 1, at: '2026-02-03' } } })),
    'Feld „quiz.a/b/c“: die letzte Antwort ist richtig, aber „correct“ ist false',
  );
});

test('an oversized file is refused before parsing', () => {
  assert.match(error(' '.repeat(2_000_001)), /zu groß/);
});
