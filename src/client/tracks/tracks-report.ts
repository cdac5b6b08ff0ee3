/**
 * "Mein Einarbeitungsstand": renders, from the stored progress, one section per track the
 * reader works on – overall count, a table of modules (done, self-check results) and the open
 * items in plan order, 'neu lesen' included – headed by today's date and the start date.
 * The track data (/einarbeitung/daten.json) is fetched only when the reader works on a track.
 */
import { trackWeek, weekNumberOn, weekRangeText } from '../../tracks/calendar.ts';
import type { TrackData } from '../../tracks/data.ts';
import type { Progress } from '../../tracks/progress-model.ts';
import { countText, myTracks, percent, trackStatus, type ModuleStatus } from '../../tracks/status.ts';
import { h, wirePrintButtons } from './tracks-dom.ts';
import { onChange, progress, sharedTracks, start, versionDay } from './tracks-store.ts';
import { germanDate, localToday } from '../../model/day.ts';

const host = document.querySelector<HTMLElement>('[data-report]');

function weekCell(week: number, startDate: string | null, offset: number): string {
  return startDate ? `${week} (${weekRangeText(trackWeek(startDate, offset, week))})` : String(week);
}

function quizCell(m: ModuleStatus): string {
  if (m.quiz.length === 0) return '–';
  const attempts = m.quiz.reduce((n, q) => n + (q.mark?.attempts ?? 0), 0);
  return `${m.quizCorrect} von ${m.quiz.length} richtig${attempts > 0 ? ` (${attempts} ${attempts === 1 ? 'Versuch' : 'Versuche'})` : ''}`;
}

function openItems(modules: ModuleStatus[]): HTMLElement[] {
  const items: HTMLElement[] = [];
  for (const m of modules) {
    const where = `Woche ${m.module.week}, ${m.module.title}`;
    for (const r of m.read) {
      if (r.status.state === 'done') continue;
      const what = r.status.state === 'reread' ? `neu lesen (gelesen: v${r.status.readVersion}, jetzt v${r.status.currentVersion})` : 'lesen';
      const pinned = r.item.versioned?.pin ? `, Fassung v${r.item.versioned.pin}` : '';
      items.push(h('li', {}, `${where} – ${what}: `, h('a', { href: r.item.url }, r.item.title), ` (${r.item.type}${pinned})`));
    }
    for (const t of m.tasks) if (!t.done) items.push(h('li', {}, `${where} – Aufgabe: ${t.text}`));
    for (const q of m.quiz) {
      if (q.mark?.correct) continue;
      items.push(h('li', {}, `${where} – Selbstcheck: ${q.question} (${q.mark ? 'noch nicht richtig beantwortet' : 'noch nicht beantwortet'})`));
    }
  }
  return items;
}

function trackSection(track: TrackData, p: Progress, day: string): HTMLElement {
  const status = trackStatus(track, p, day);
  const id = `stand-${track.slug}`;
  const rows = status.modules.map((m) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, m.module.title),
      h('td', {}, weekCell(m.module.week, p.startDate, track.offset ?? 0)),
      h('td', {}, m.total === 0 ? '–' : `${m.done} von ${m.total}${m.done === m.total ? ' – abgeschlossen' : ''}`),
      h('td', {}, quizCell(m)),
    ),
  );
  const open = openItems(status.modules);
  return h(
    'section',
    { class: 'report-track', 'aria-labelledby': id, 'data-report-track': track.slug },
    h('h2', { id }, h('a', { href: track.url }, track.title)),
    h('p', {}, `Gesamt: ${countText(status)} (${percent(status)} %) · ${status.modulesDone} von ${track.modules.length} Modulen abgeschlossen.`),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'report-table' },
        h('caption', { class: 'visually-hidden' }, `Module des Pfads ${track.title}`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Modul'),
            h('th', { scope: 'col' }, 'Woche'),
            h('th', { scope: 'col' }, 'Erledigt'),
            h('th', { scope: 'col' }, 'Selbstcheck'),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
    h('h3', {}, `Offene Punkte (${open.length})`),
    open.length === 0 ? h('p', {}, 'Keine offenen Punkte.') : h('ul', { class: 'compact-list', 'data-open-items': '' }, ...open),
  );
}

async function render(): Promise<void> {
  if (!host) return;
  const payload = progress().tracks.length > 0 ? await sharedTracks() : undefined;
  const p = progress();
  const today = localToday();
  const mine = payload ? myTracks(payload.tracks, p) : [];
  const when = p.startDate
    ? ` · Erster Arbeitstag: ${germanDate(p.startDate)}${weekNumberOn(p.startDate, today) >= 1 ? ` (heute Woche ${weekNumberOn(p.startDate, today)})` : ''}`
    : ' · Erster Arbeitstag: nicht eingetragen';
  const head = h('p', { class: 'report-date' }, h('strong', {}, `Stand: ${germanDate(today)}`), when);
  if (p.tracks.length > 0 && !payload) {
    host.replaceChildren(
      head,
      h('p', {}, 'Ihr Stand kann gerade nicht angezeigt werden (siehe Hinweis oben). Export und Import unten funktionieren trotzdem.'),
    );
    return;
  }
  if (!payload || mine.length === 0) {
    host.replaceChildren(
      head,
      h(
        'p',
        {},
        'Sie haben noch keinen Einarbeitungspfad begonnen. ',
        h('a', { href: '/einarbeitung/' }, 'Zu den Pfaden'),
        '. Haben Sie an einem anderen Computer begonnen? Dann importieren Sie Ihre Datei unten.',
      ),
    );
    return;
  }
  const day = versionDay(payload);
  host.replaceChildren(head, ...mine.map((t) => trackSection(t, p, day)));
}

start();
wirePrintButtons();
onChange(() => void render());
void render();
