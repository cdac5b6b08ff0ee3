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

/**
 * A document the glossary names for a term of the query (its `see` list, content/glossary.yaml)
 * is the editors' answer for that term: it counts 1.6 times for the term. The export applies it
 * per term group (retrieve-search.ts), the site to the whole score in proportion to the groups
 * that name the page (rerank.ts); for a one-term query ("ZAB", "EAV") both are ×1.6. Tracks the
 * glossary names are for learning the topic, not answers to look up: they keep their prior
 * (otherwise "Einbürgerung Voraussetzungen Stand März 2024" brought the track before the
 * checklist of that day).
 */
export const SEE_BOOST = 1.6;

/** The boost for a document of `type` the glossary names for a term. */
export function seeBoost(type: string): number {
  return type === 'track' ? 1 : SEE_BOOST;
}

/** The site's factor: 1 + (boost − 1) × the share of the query's term groups whose glossary entry names the page. */
export function seeFactor(type: string, named: number, groups: number): number {
  return groups > 0 ? 1 + (seeBoost(type) - 1) * (named / groups) : 1;
}
