/**
 * Briefing pages: recomputes countdowns and the briefing status (abgelöst, ausgelaufen) for the
 * day the page is read (the build wrote them for its own date) and runs the team/law/status filter of
 * /rechtsaenderungen/. The filter choice is kept in the address, so a filtered view can be
 * bookmarked and shared.
 */
import { countdownText } from '../../briefings/countdown.ts';
import { refreshBriefingStatus } from './briefing-status.ts';
import { daysBetween, localToday } from '../../model/day.ts';

const today = localToday();
// Superseded or expired since the build: badge, status line and notice say so on the reading day.
refreshBriefingStatus(today);
for (const el of document.querySelectorAll<HTMLElement>('[data-countdown]')) {
  const effective = el.dataset.countdown ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(effective)) el.textContent = countdownText(daysBetween(today, effective));
}

const panel = document.querySelector<HTMLElement>('[data-briefing-filter]');
if (panel) {
  const team = panel.querySelector<HTMLSelectElement>('select[name="team"]');
  const law = panel.querySelector<HTMLSelectElement>('select[name="gesetz"]');
  const state = panel.querySelector<HTMLSelectElement>('select[name="status"]');
  const status = panel.querySelector<HTMLElement>('[data-filter-status]');
  const items = [...document.querySelectorAll<HTMLElement>('li[data-briefing][data-teams]')];
  const sections = [...document.querySelectorAll<HTMLElement>('[data-timeline-section]')];
  const params = new URLSearchParams(location.search);
  const preset = (select: HTMLSelectElement | null, value: string | null) => {
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  preset(team, params.get('team'));
  preset(law, params.get('gesetz'));
  preset(state, params.get('status'));

  const apply = (announce: boolean) => {
    const t = team?.value ?? '';
    const l = law?.value ?? '';
    // The option carries the status key; items carry the status of the reading day (data-state).
    const s = state?.selectedOptions[0]?.dataset.state ?? '';
    let shown = 0;
    for (const item of items) {
      const match =
        (!t || (item.dataset.teams ?? '').split(' ').includes(t)) &&
        (!l || (item.dataset.laws ?? '').split('|').includes(l)) &&
        (!s || item.dataset.state === s);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const section of sections) {
      const empty = section.querySelector<HTMLElement>('[data-section-empty]');
      const list = section.querySelectorAll<HTMLElement>('li[data-briefing]');
      if (empty && list.length > 0) empty.hidden = [...list].some((li) => !li.hidden);
    }
    const total = items.length;
    const text =
      shown === total ? `${total === 1 ? '1 Rechtsänderung' : `${total} Rechtsänderungen`}` : `${shown} von ${total} Rechtsänderungen passen zu den Filtern`;
    if (status && (announce || status.textContent !== text)) status.textContent = text;
    const next = new URLSearchParams();
    if (t) next.set('team', t);
    if (l) next.set('gesetz', l);
    if (s && state) next.set('status', state.value);
    const query = next.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  panel.addEventListener('change', () => apply(true));
  panel.querySelector('[data-filter-reset]')?.addEventListener('click', () => {
    if (team) team.value = '';
    if (law) law.value = '';
    if (state) state.value = '';
    apply(true);
    team?.focus();
  });
  panel.hidden = false;
  apply(false);
}
