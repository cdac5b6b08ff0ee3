/**
 * What a test checked beyond pass/fail (pages, requests, ids …): `reportMetrics({ pages: 12 })`
 * prints `[counts] pages=12` for the reader and appends the numbers as a JSON line to
 * LOTSE_METRICS_FILE, from which the test runners sum them for their closing summary.
 */
import { appendFileSync } from 'node:fs';

export function reportMetrics(values: Record<string, number>): void {
  console.log(
    `[counts] ${Object.entries(values)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  if (process.env.LOTSE_METRICS_FILE) appendFileSync(process.env.LOTSE_METRICS_FILE, `${JSON.stringify(values)}\n`);
}
