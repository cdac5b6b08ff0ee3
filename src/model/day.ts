/**
 * Calendar days, the one module for them: ISO days (`YYYY-MM-DD`) and their validation,
 * arithmetic, the German form (`27.06.2024`) and the reader's local today. Build code, the
 * schemas, the search and the browser scripts all ask this module; it imports nothing, so it is
 * safe in every bundle. Arithmetic runs in UTC, so no result depends on a time zone; only
 * `localToday` reads the reader's clock, in local time, because the office works in local days.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a string in the form `YYYY-MM-DD`, whether or not the day exists. */
export function hasIsoDayForm(value: string): boolean {
  return ISO_DAY.test(value);
}

/** True for a real calendar day in ISO form (rejects `2026-02-30` and `2026-13-01`). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  return Number(match[3]) >= 1 && Number(match[3]) <= lastDayOfMonth(Number(match[1]), Number(match[2]));
}

/** The number of days in month `month` (1–12) of `year`; 0 for a month that does not exist. */
export function lastDayOfMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO day `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The German form `27.06.2024` of the ISO day `2024-06-27`. */
export function germanDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

/** The reader's calendar day as an ISO day, in local time (a colleague's Monday is Monday in Wuppertal). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
