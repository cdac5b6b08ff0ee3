/**
 * "Working documents first": how much a record's type and status lift or lower its score, the
 * same for the site's search (engine.ts) and /api/suche.mjs (retrieve.ts). A plain topic query
 * ("Chancenkarte") should bring the checklist and guideline a colleague works with before the
 * briefings that changed them, and superseded or expired briefings after current ones. The
 * factors are small enough that a query about a change ("Chancenkarte Rechtsänderung 2024")
 * still brings the briefing first. The status is the record's own (suchindex.json `status`,
 * for briefings from src/model/briefing-status.ts); nothing is recomputed here.
 */

/** Status of a version or briefing as exported: current/announced/superseded, briefings also expired or in-force. */
export type RecordStatus = 'current' | 'announced' | 'superseded' | 'expired' | 'in-force' | (string & {});

const TYPE_FACTOR: Record<string, number> = { checklist: 1, guideline: 1, briefing: 0.6, track: 0.5 };

/** True for statuses a result is marked with ("nicht mehr gültig"). */
export function isOutdated(status: RecordStatus): boolean {
  return status === 'superseded' || status === 'expired';
}

/**
 * The factor for a record. `datedQuery`: the reader asked what applied on a day ("was galt am …"),
 * so the versions of that day come before briefings and tracks, whatever their status today.
 */
export function prior(type: string, status: RecordStatus, datedQuery = false): number {
  const base = TYPE_FACTOR[type] ?? 0.8;
  const versioned = type === 'checklist' || type === 'guideline';
  if (datedQuery) return versioned ? 1 : base * 0.4;
  return isOutdated(status) ? base * 0.5 : base;
}
