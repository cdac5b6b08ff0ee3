/**
 * Days until a legal change takes effect, in words. Browser-safe (no imports): the build writes
 * the text for its reference date, src/client/briefing-filter.ts rewrites it for the day the page
 * is read, so a countdown never goes stale between builds.
 */

/** Whole days from `from` to `to` (ISO days; positive when `to` is later). */
export function daysUntil(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "noch 12 Tage", "noch 1 Tag", "ab heute", or "seit 3 Tagen in Kraft" once the day has passed. */
export function countdownText(days: number): string {
  if (days > 1) return `noch ${days} Tage`;
  if (days === 1) return 'noch 1 Tag (ab morgen)';
  if (days === 0) return 'ab heute in Kraft';
  return days === -1 ? 'seit gestern in Kraft' : `seit ${-days} Tagen in Kraft`;
}

/** The reader's calendar day as ISO `YYYY-MM-DD` (local time: the office works in local days). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
