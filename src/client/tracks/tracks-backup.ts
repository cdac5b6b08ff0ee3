/**
 * Export the progress as a file, import it on another computer. A file is checked completely
 * before anything changes; a damaged or foreign one is refused with the reason. Import merges
 * (src/tracks/progress-model.ts), so nothing already done here is lost.
 */
import { exportFileName, parseProgress, serializeProgress } from '../../tracks/progress-file.ts';
import { mergeProgress, progressCounts, type Progress, type StartDateChoice } from '../../tracks/progress-model.ts';
import { progress, update } from './tracks-store.ts';
import { germanDate, localToday } from '../../model/day.ts';

const form = document.querySelector<HTMLFormElement>('[data-backup-form]');
const fileInput = form?.querySelector<HTMLInputElement>('input[type="file"]');
const preview = document.querySelector<HTMLElement>('[data-backup-preview]');
const errorBox = document.querySelector<HTMLElement>('[data-backup-error]');
const doneBox = document.querySelector<HTMLElement>('[data-backup-done]');
const choice = document.querySelector<HTMLFieldSetElement>('[data-backup-choice]');
let pending: { name: string; progress: Progress } | undefined;

function summary(p: Progress): string {
  const c = progressCounts(p);
  const parts = [
    c.read === 1 ? '1 gelesenes Dokument' : `${c.read} gelesene Dokumente`,
    c.tasks === 1 ? '1 erledigte Aufgabe' : `${c.tasks} erledigte Aufgaben`,
    c.quiz === 1 ? '1 richtig beantwortete Frage' : `${c.quiz} richtig beantwortete Fragen`,
  ];
  return `${parts.join(', ')}${p.startDate ? `, erster Arbeitstag ${germanDate(p.startDate)}` : ''}`;
}

/** Live regions stay in the page and empty; a message is a child, so it is announced. */
function say(box: HTMLElement | null, text: string, className = 'backup-message'): void {
  if (!box) return;
  if (!text) return box.replaceChildren();
  box.replaceChildren(Object.assign(document.createElement('p'), { className, textContent: text }));
}

function clearMessages(): void {
  for (const box of [preview, errorBox, doneBox]) say(box, '');
  fileInput?.removeAttribute('aria-invalid');
}

document.querySelector('[data-backup-export]')?.addEventListener('click', () => {
  const name = exportFileName(localToday());
  const blob = new Blob([serializeProgress(progress(), new Date().toISOString())], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(
    document.querySelector('[data-backup-export-result]'),
    `Die Datei „${name}“ wurde erstellt (${summary(progress())}). Sie liegt in Ihrem Download-Ordner; übertragen Sie sie z. B. über Ihr persönliches Laufwerk.`,
  );
});

fileInput?.addEventListener('change', async () => {
  clearMessages();
  pending = undefined;
  if (choice) choice.hidden = true;
  const file = fileInput.files?.[0];
  if (!file) return;
  const result = parseProgress(await file.text());
  if (!result.ok) {
    fileInput.setAttribute('aria-invalid', 'true');
    say(errorBox, `Die Datei „${file.name}“ kann nicht importiert werden: ${result.error}. Ihr bisheriger Fortschritt bleibt unverändert.`, 'track-error');
    return;
  }
  pending = { name: file.name, progress: result.progress };
  const mine = progress().startDate;
  const theirs = result.progress.startDate;
  const conflict = Boolean(mine && theirs && mine !== theirs);
  if (choice) {
    choice.hidden = !conflict;
    const dates: Record<StartDateChoice, string> = {
      earlier: germanDate(mine && theirs && mine < theirs ? mine : (theirs ?? mine ?? '')),
      mine: germanDate(mine ?? ''),
      file: germanDate(theirs ?? ''),
    };
    for (const span of choice.querySelectorAll<HTMLElement>('[data-choice-date]')) span.textContent = `(${dates[span.dataset.choiceDate as StartDateChoice]})`;
  }
  say(
    preview,
    `Die Datei „${file.name}“ ist in Ordnung. Sie enthält: ${summary(result.progress)}.${conflict ? ' Die ersten Arbeitstage unterscheiden sich – bitte unten wählen.' : ''} Zum Übernehmen „Importieren und zusammenführen“ wählen.`,
  );
});

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!pending) {
    if (!errorBox?.textContent) say(errorBox, 'Bitte zuerst eine Fortschrittsdatei auswählen.', 'track-error');
    fileInput?.focus();
    return;
  }
  const selected = (form.querySelector<HTMLInputElement>('input[name="startChoice"]:checked')?.value ?? 'earlier') as StartDateChoice;
  const imported = pending;
  update((p, now) => mergeProgress(p, imported.progress, selected, now));
  clearMessages();
  say(
    doneBox,
    `Importiert aus „${imported.name}“. Ihr Stand jetzt: ${summary(progress())}. Nichts von Ihrem bisherigen Fortschritt wurde gelöscht.`,
    'notice notice-ok',
  );
  pending = undefined;
  form.reset();
  if (choice) choice.hidden = true;
});
