/**
 * Days until a legal change takes effect, in words (the days come from src/model/day.ts). Browser-safe: the build writes
 * the text for its reference date, src/client/briefings/briefing-filter.ts rewrites it for the day the page
 * is read, so a countdown never goes stale between builds.
 */

/** "noch 12 Tage", "noch 1 Tag", "ab heute", or "seit 3 Tagen in Kraft" once the day has passed. */
export function countdownText(days: number): string {
  if (days > 1) return `noch ${days} Tage`;
  if (days === 1) return 'noch 1 Tag (ab morgen)';
  if (days === 0) return 'ab heute in Kraft';
  return days === -1 ? 'seit gestern in Kraft' : `seit ${-days} Tagen in Kraft`;
}
