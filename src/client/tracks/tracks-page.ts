/**
 * A track page (/einarbeitung/<slug>/): marks reading and tasks done, runs the self-checks,
 * shows progress per module and for the track, the plan's dates, and 'neu lesen' where a
 * document read earlier has since changed in a major version (status.ts has the rule). Its data
 * (ids, version histories, answers) is the page's JSON island (TrackPagePayload in data.ts).
 */
import type { ReadRef, TrackPagePayload } from '../../tracks/data.ts';
import { itemKey } from '../../tracks/ids.ts';
import { followTrack, markRead, setTaskDone, unmarkRead } from '../../tracks/progress-model.ts';
import { countText, moduleStatus, percent, trackStatus, versionToRead, type ReadState } from '../../tracks/status.ts';
import { compareUrl } from '../../site/urls.ts';
import { initStartForm } from './tracks-dates.ts';
import { initQuestion } from './tracks-quiz.ts';
import { onChange, progress, start, trackPagePayload, update, versionDay } from './tracks-store.ts';
import { germanDate } from '../../model/day.ts';

type PageModule = TrackPagePayload['track']['modules'][number];

const payload = trackPagePayload();
const track = payload?.track;
const live = document.querySelector<HTMLElement>('[data-track-live]');

function announce(message: string): void {
  if (!live) return;
  // Clearing first makes screen readers repeat an identical message.
  live.textContent = '';
  window.setTimeout(() => (live.textContent = message), 50);
}

function setBar(bar: HTMLProgressElement | null, done: number, total: number): void {
  if (!bar) return;
  bar.max = Math.max(total, 1);
  bar.value = done;
}

function renderReread(box: HTMLElement, item: ReadRef, state: ReadState): void {
  const note = box.querySelector<HTMLElement>('[data-reread]');
  const info = box.querySelector<HTMLElement>('[data-read-info]');
  box.classList.toggle('track-item-reread', state.state === 'reread');
  box.classList.toggle('track-item-done', state.state === 'done');
  if (info) {
    const mark = progress().read[item.key];
    info.textContent = state.state === 'done' && mark ? `gelesen am ${germanDate(mark.at)}${mark.version ? ` (v${mark.version})` : ''}` : '';
  }
  if (!note) return;
  note.hidden = state.state !== 'reread';
  if (state.state !== 'reread' || !item.versioned) return;
  const badge = Object.assign(document.createElement('strong'), { className: 'badge badge-reread', textContent: 'neu lesen' });
  const link = Object.assign(document.createElement('a'), {
    href: compareUrl(item.versioned.kind, item.versioned.slug, state.readVersion, state.currentVersion),
    textContent: `Änderungen v${state.readVersion} → v${state.currentVersion} ansehen`,
  });
  note.replaceChildren(badge, ` Sie haben v${state.readVersion} gelesen; inzwischen gilt v${state.currentVersion} mit wesentlichen Änderungen. `, link);
}

function render(): void {
  if (!track || !payload) return;
  const day = versionDay(payload);
  const p = progress();
  for (const module of track.modules) {
    const section = document.querySelector<HTMLElement>(`[data-module="${module.id}"]`);
    if (!section) continue;
    const status = moduleStatus(track, module, p, day);
    section.querySelectorAll<HTMLElement>('[data-read-item]').forEach((box, i) => {
      const entry = status.read[i];
      if (!entry) return;
      box.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked = entry.status.state === 'done';
      renderReread(box, entry.item, entry.status);
    });
    section.querySelectorAll<HTMLInputElement>('[data-task-box]').forEach((box, i) => {
      box.checked = Boolean(status.tasks[i]?.done);
    });
    section.querySelector('[data-module-count]')!.textContent = countText(status);
    setBar(section.querySelector('[data-module-bar]'), status.done, status.total);
    section.classList.toggle('track-module-done', status.total > 0 && status.done === status.total);
  }
  const total = trackStatus(track, p, day);
  const summary = document.querySelector('[data-track-count]');
  if (summary)
    summary.textContent = `${countText(total)} (${percent(total)} %), ${total.modulesDone} von ${track.modules.length} Modulen abgeschlossen${total.rereads > 0 ? ` – ${total.rereads} ${total.rereads === 1 ? 'Dokument' : 'Dokumente'} neu lesen` : ''}`;
  setBar(document.querySelector('[data-track-bar]'), total.done, total.total);
}

function moduleMessage(module: PageModule): string {
  return `Gespeichert. Modul „${module.title}“: ${countText(moduleStatus(track!, module, progress(), versionDay(payload!)))}.`;
}

function wire(module: PageModule): void {
  const section = document.querySelector<HTMLElement>(`[data-module="${module.id}"]`);
  if (!section || !track || !payload) return;
  section.querySelectorAll<HTMLElement>('[data-read-item]').forEach((box, i) => {
    const item = module.read[i];
    const input = box.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!item || !input) return;
    input.addEventListener('change', () => {
      const version = versionToRead(item, versionDay(payload));
      update((p, now, day) => followTrack(input.checked ? markRead(p, item.key, version, day, now) : unmarkRead(p, item.key, now), track.slug, now));
      announce(moduleMessage(module));
    });
  });
  section.querySelectorAll<HTMLInputElement>('[data-task-box]').forEach((input, i) => {
    const task = module.tasks[i];
    if (!task) return;
    input.addEventListener('change', () => {
      update((p, now, day) => followTrack(setTaskDone(p, itemKey(track.slug, module.id, task.id), input.checked, day, now), track.slug, now));
      announce(moduleMessage(module));
    });
  });
  section.querySelectorAll<HTMLElement>('[data-quiz]').forEach((box, i) => {
    const question = module.quiz[i];
    if (question) initQuestion(box, track.slug, itemKey(track.slug, module.id, question.id), question);
  });
}

if (track) {
  start();
  initStartForm({ track: track.slug, weeks: track.weeks, offset: track.offset ?? 0 });
  track.modules.forEach(wire);
  onChange(render);
  render();
}
