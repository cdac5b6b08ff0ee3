/**
 * The printable plan: dates the weeks from `?beginn=` or the field (for a colleague, so not
 * stored), falling back to the reader's own stored start date.
 */
import { renderWeekDates } from './tracks-dates.ts';
import { wirePrintButtons } from './tracks-dom.ts';
import { progress } from './tracks-store.ts';
import { germanDate, isIsoDay } from '../../model/day.ts';

const form = document.querySelector<HTMLFormElement>('[data-plan-form]');
const input = form?.querySelector<HTMLInputElement>('input[type="date"]');
const line = document.querySelector<HTMLElement>('[data-plan-start]');

function show(startDate: string | null): void {
  renderWeekDates(startDate);
  if (line) line.textContent = startDate ? `Erster Arbeitstag: ${germanDate(startDate)}` : '';
  if (input && startDate) input.value = startDate;
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const value = input?.value ?? '';
  const url = new URL(window.location.href);
  if (isIsoDay(value)) url.searchParams.set('beginn', value);
  else url.searchParams.delete('beginn');
  window.history.replaceState(null, '', url);
  show(isIsoDay(value) ? value : null);
});

const fromUrl = new URLSearchParams(window.location.search).get('beginn');
wirePrintButtons();
show(isIsoDay(fromUrl) ? fromUrl : progress().startDate);
