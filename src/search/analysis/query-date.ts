/**
 * Dates in a query ("was galt am 01.03.2024 Blaue Karte", "Blaue Karte 2024", "Stand März 2024"):
 * the day whose versions the reader asks for. Pure; shared by the site's search and /api/suche.mjs.
 *
 *   "am 01.03.2024", "1.3.2024", "2024-03-01"  → that day
 *   "März 2024", "Stand 03/2024"                 → the first day of the month
 *   "2024", "Stand 2024"                          → 1 July of the year (mid-year: the version that
 *                                                   applied for most of it); the year also stays a
 *                                                   search word ("Gehaltsgrenzen 2024")
 */
import { lastDayOfMonth } from '../../model/day.ts';

export interface QueryDate {
  /** ISO day. */
  date: string;
  precision: 'day' | 'month' | 'year';
  /** The words of the query that named the date (with "am", "Stand", "galt" …). */
  text: string;
  /** The query without the date and its framing words. */
  rest: string;
}

const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const MONTH_ALIASES: Record<string, number> = {
  jan: 1,
  feb: 2,
  mär: 3,
  maerz: 3,
  marz: 3,
  mrz: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dez: 12,
  jänner: 1,
};

/** Words that frame a date question; dropped together with the date. */
const FRAME =
  /^(?:am|im|zum|per|ab|bis|seit|stand|stichtag|galt|gilt|gültig|gueltig|damals|was|wie|welche|welcher|welches|war|fassung|vom|von|des|der|den|die|das|jahr|jahres|monat)$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(word: string): number | undefined {
  const w = word.toLocaleLowerCase('de').replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  return MONTH_ALIASES[w];
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1) return false;
  return d <= lastDayOfMonth(y, m);
}

/** Finds the first date in the query; undefined when there is none. */
export function parseQueryDate(raw: string): QueryDate | undefined {
  const tokens = raw.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const clean = (t: string) => t.replace(/^[„"(]+|[?!,;:)“"]+$/g, '');
  for (let i = 0; i < tokens.length; i += 1) {
    const t = clean(tokens[i]);
    let found: { date: string; precision: QueryDate['precision']; start: number; end: number } | undefined;
    let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
    if (m && validDay(+m[3], +m[2], +m[1])) found = { date: `${m[3]}-${pad(+m[2])}-${pad(+m[1])}`, precision: 'day', start: i, end: i + 1 };
    m = found ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    if (m && validDay(+m[1], +m[2], +m[3])) found = { date: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day', start: i, end: i + 1 };
    m = found ? null : /^(\d{1,2})\/(\d{4})$/.exec(t);
    if (m && validDay(+m[2], +m[1], 1)) found = { date: `${m[2]}-${pad(+m[1])}-01`, precision: 'month', start: i, end: i + 1 };
    const month = found ? undefined : monthNumber(t);
    const next = clean(tokens[i + 1] ?? '');
    if (month && /^\d{4}$/.test(next) && validDay(+next, month, 1)) found = { date: `${next}-${pad(month)}-01`, precision: 'month', start: i, end: i + 2 };
    if (!found && /^(?:19|20)\d{2}$/.test(t) && !/^§/.test(tokens[i - 1] ?? '')) found = { date: `${t}-07-01`, precision: 'year', start: i, end: i + 1 };
    if (!found) continue;
    let { start, end } = found;
    while (start > 0 && FRAME.test(clean(tokens[start - 1]))) start -= 1;
    while (end < tokens.length && /^(?:galt|gilt|gültig|gueltig)$/i.test(clean(tokens[end]))) end += 1;
    // A year alone stays a search word too (briefings carry it in their titles).
    const kept = found.precision === 'year' ? [t] : [];
    const rest = [...tokens.slice(0, start), ...kept, ...tokens.slice(end)].join(' ');
    return { date: found.date, precision: found.precision, text: tokens.slice(start, end).join(' '), rest };
  }
  return undefined;
}

/** "01.03.2024", "März 2024", "2024" – the date as the reader named it. */
export function germanQueryDate(d: QueryDate): string {
  const [y, m, day] = d.date.split('-');
  if (d.precision === 'year') return y;
  if (d.precision === 'month') return `${MONTHS[+m - 1][0].toUpperCase()}${MONTHS[+m - 1].slice(1)} ${y}`;
  return `${day}.${m}.${y}`;
}
