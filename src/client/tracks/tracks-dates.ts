/**
 * The start date: entered once in a `[data-start-form]` (track pages, overview), then every
 * week heading `[data-week="N"]` shows its dates and calendar week, and the current week is
 * labelled in words ("diese Woche"), not by colour.
 */
import { planMonday, trackWeek, trackWeekNumberOn, weekRangeText } from '../../tracks/calendar.ts';
import { followTrack, setStartDate } from '../../tracks/progress-model.ts';
import { onChange, progress, update } from './tracks-store.ts';
import { germanDate, isIsoDay, localToday } from '../../model/day.ts';

/**
 * Plan weeks before the page's track begins (`after`): the build writes them as
 * `data-track-offset` on the element holding the weeks; 0 without.
 */
export function pageOffset(root: ParentNode = document): number {
  const value = Number(root.querySelector<HTMLElement>('[data-track-offset]')?.dataset.trackOffset ?? 0);
  return Number.isInteger(value) && value > 0 ? value : 0;
}

/** Fills the dates of every week heading; `startDate` null clears them. */
export function renderWeekDates(startDate: string | null, root: ParentNode = document, offset = pageOffset(root)): void {
  const current = startDate ? trackWeekNumberOn(startDate, offset, localToday()) : 0;
  for (const week of root.querySelectorAll<HTMLElement>('[data-week]')) {
    const n = Number(week.dataset.week);
    const dates = week.querySelector<HTMLElement>('[data-week-dates]');
    const now = week.querySelector<HTMLElement>('[data-week-now]');
    const plan = startDate ? trackWeek(startDate, offset, n) : undefined;
    if (dates) dates.textContent = plan ? `: ${weekRangeText(plan)} (KW ${plan.kw})` : '';
    if (now) now.hidden = !plan || current !== n;
    week.classList.toggle('track-week-now', Boolean(plan) && current === n);
  }
}

/** One sentence on where the reader stands in time; `offset`: plan weeks before this track begins. */
export function whereText(startDate: string, weeks?: number, offset = 0): string {
  const monday = planMonday(startDate);
  const first = `Ihr erster Arbeitstag: ${germanDate(startDate)}${monday === startDate || offset > 0 ? '' : ` – Woche 1 beginnt am Montag, ${germanDate(monday)}`}.`;
  const n = trackWeekNumberOn(startDate, offset, localToday());
  if (n < 1 && offset > 0) return `${first} Dieser Pfad beginnt nach dem vorherigen Pfad: Woche 1 ist ${weekRangeText(trackWeek(startDate, offset, 1))}.`;
  if (n < 1) return `${first} Ihr Plan beginnt in Kürze.`;
  if (weeks !== undefined && n > weeks) return `${first} Der Plan (${weeks} Wochen) ist abgelaufen; offene Punkte bleiben hier sichtbar.`;
  const week = trackWeek(startDate, offset, n);
  return `${first} Heute ist Woche ${n}${weeks ? ` von ${weeks}` : ''} (${weekRangeText(week)}, KW ${week.kw}).`;
}

export function initStartForm(options: { track?: string; weeks?: number; offset?: number } = {}): void {
  const form = document.querySelector<HTMLFormElement>('[data-start-form]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input[type="date"]')!;
  const status = form.querySelector<HTMLElement>('[data-start-status]')!;
  const error = form.querySelector<HTMLElement>('[data-start-error]')!;
  const show = () => {
    const { startDate } = progress();
    if (startDate && document.activeElement !== input) input.value = startDate;
    status.textContent = startDate
      ? whereText(startDate, options.weeks, options.offset)
      : 'Noch kein Datum gespeichert: Der Plan zeigt dann Wochen ohne Kalenderdaten.';
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value;
    if (!isIsoDay(value)) {
      error.textContent = 'Bitte ein gültiges Datum eingeben, z. B. 02.02.2026.';
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    update((p, now) => {
      const dated = setStartDate(p, value, now);
      return options.track ? followTrack(dated, options.track, now) : dated;
    });
  });
  onChange((p) => {
    show();
    renderWeekDates(p.startDate);
  });
  show();
  renderWeekDates(progress().startDate);
}
