/**
 * Start page, card "Neu im Team?": what is due this week for the reader's tracks, with the
 * track data fetched from the same site (sharedTracks in tracks-store.ts). Loaded by
 * tracks-due.ts only when there is progress.
 */
import { planWeek, weekNumberOn, weekRangeText } from '../../tracks/calendar.ts';
import type { TracksPayload } from '../../tracks/data.ts';
import { countText, judgementDay, myTracks, trackStatus } from '../../tracks/status.ts';
import { h } from './tracks-dom.ts';
import { progress, sharedTracks } from './tracks-store.ts';
import { germanDate, localToday } from '../../model/day.ts';

const host = document.querySelector<HTMLElement>('[data-due-this-week]');

function render(payload: TracksPayload, box: HTMLElement): void {
  const p = progress();
  const mine = myTracks(payload.tracks, p);
  const heading = h('h3', {}, 'Ihre Einarbeitung diese Woche');
  if (mine.length === 0) return;
  if (!p.startDate) {
    box.replaceChildren(
      heading,
      h('p', {}, 'Tragen Sie ', h('a', { href: `${mine[0].url}#pfad-beginn` }, 'Ihren ersten Arbeitstag'), ' ein, dann steht hier, was diese Woche dran ist.'),
    );
    return;
  }
  const today = localToday();
  const day = judgementDay(today, payload.buildDate);
  // Plan week of the reader; each track runs in its own weeks (`after`: offset plan weeks later).
  const n = weekNumberOn(p.startDate, today);
  const shown = Math.max(n, 1);
  const week = planWeek(p.startDate, shown);
  // The tracks the reader follows and the ones they build on (`after`), so the basics show in their weeks.
  const bySlug = new Map(payload.tracks.map((t) => [t.slug, t]));
  const chain = new Set(mine);
  for (const t of mine) {
    for (let before = t.after && bySlug.get(t.after.slug); before && !chain.has(before); before = before.after && bySlug.get(before.after.slug))
      chain.add(before);
  }
  const all = payload.tracks.filter((t) => chain.has(t));
  const running = all.filter((t) => shown - (t.offset ?? 0) >= 1 && shown - (t.offset ?? 0) <= t.weeks);
  const where = running.map((t) => `${t.title} (Woche ${shown - (t.offset ?? 0)} von ${t.weeks})`).join(', ');
  const now = where ? ` Es läuft: ${where}.` : ' Zurzeit läuft keiner Ihrer Pfade.';
  const lead =
    n < 1
      ? `Ihre Einarbeitung beginnt am ${germanDate(p.startDate)}. Woche 1: ${weekRangeText(week)}.${now}`
      : `Woche ${n}: ${weekRangeText(week)} (KW ${week.kw}).${now}`;
  const due: HTMLElement[] = [];
  let earlierOpen = 0;
  for (const track of all) {
    const own = shown - (track.offset ?? 0);
    const status = trackStatus(track, p, day);
    for (const m of status.modules) {
      if (m.module.week === own)
        due.push(
          h(
            'li',
            { 'data-due-track': track.slug },
            h('a', { href: `${track.url}#pfad-modul-${m.module.id}` }, m.module.title),
            ` (${track.title}) – ${countText(m)}`,
          ),
        );
      else if (m.module.week < own) earlierOpen += m.total - m.done;
    }
  }
  const parts = [heading, h('p', {}, lead), due.length > 0 ? h('ul', {}, ...due) : h('p', {}, 'In dieser Woche beginnt kein neues Modul.')];
  if (earlierOpen > 0)
    parts.push(
      h(
        'p',
        {},
        `Aus früheren Wochen noch offen: ${earlierOpen} ${earlierOpen === 1 ? 'Punkt' : 'Punkte'}. `,
        h('a', { href: '/einarbeitung/stand/' }, 'Mein Einarbeitungsstand'),
      ),
    );
  box.replaceChildren(...parts);
}

export async function showDueThisWeek(): Promise<void> {
  const p = progress();
  if (!host || (p.tracks.length === 0 && !p.startDate)) return;
  const payload = await sharedTracks();
  if (payload) render(payload, host);
}
