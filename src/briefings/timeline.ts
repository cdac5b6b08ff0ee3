/**
 * The briefings timeline of /rechtsaenderungen/: announced changes (effective after the reference
 * date) first, soonest first, each with its countdown; then the changes in force, newest first;
 * then the superseded and expired ones (still published, marked). The status comes from the one
 * status module (src/model/briefing-status.ts). Pure; the laws a briefing changes come from its
 * `legalBasis` through the one citation parser.
 */
import { parseCitation } from '../norms/parse.ts';
import type { LawRef } from '../norms/types.ts';
import { statusFacts, statusOn, type BriefingStatus, type StatusFacts } from '../model/briefing-status.ts';
import type { Briefing } from '../model/types.ts';
import { daysBetween } from '../model/day.ts';

export type BriefingState = BriefingStatus;

export interface TimelineEntry {
  briefing: Briefing;
  state: BriefingState;
  /** What the status depends on, for the browser's re-check on the reading day. */
  facts: StatusFacts;
  /** Days from the reference date to `effective` (negative once in force). */
  days: number;
  /** Law abbreviations the briefing changes, in laws.yaml order. */
  laws: string[];
}

export interface Timeline {
  announced: TimelineEntry[];
  inForce: TimelineEntry[];
  /** Superseded or expired on the reference date, newest effective day first. */
  ended: TimelineEntry[];
}

/** The status of `briefing` among `briefings` on `date` (asks src/model/briefing-status.ts). */
export function briefingState(briefing: Briefing, date: string, briefings: readonly Briefing[] = [briefing]): BriefingState {
  return statusOn(statusFacts(briefing, briefings), date).status;
}

/** Law abbreviations named by a list of citations, in the order of `laws`; unparsable entries are skipped. */
export function lawsOfCitations(citations: readonly string[], laws: readonly LawRef[]): string[] {
  const found = new Set<string>();
  for (const text of citations) {
    const parsed = parseCitation(text, laws);
    if (parsed.ok) for (const p of parsed.citation.provisions) found.add(p.law);
  }
  return laws.map((l) => l.abbr).filter((abbr) => found.has(abbr));
}

export function briefingTimeline(briefings: readonly Briefing[], date: string, laws: readonly LawRef[]): Timeline {
  const entries = briefings.map((briefing): TimelineEntry => {
    const facts = statusFacts(briefing, briefings);
    return {
      briefing,
      state: statusOn(facts, date).status,
      facts,
      days: daysBetween(date, briefing.data.effective),
      laws: lawsOfCitations(briefing.data.legalBasis, laws),
    };
  });
  const newestFirst = (a: TimelineEntry, b: TimelineEntry) =>
    b.briefing.data.effective.localeCompare(a.briefing.data.effective) || b.briefing.data.published.localeCompare(a.briefing.data.published) || bySlug(a, b);
  const bySlug = (a: TimelineEntry, b: TimelineEntry) => a.briefing.slug.localeCompare(b.briefing.slug);
  return {
    announced: entries
      .filter((e) => e.state === 'announced')
      .sort((a, b) => a.briefing.data.effective.localeCompare(b.briefing.data.effective) || bySlug(a, b)),
    inForce: entries.filter((e) => e.state === 'in-force').sort(newestFirst),
    ended: entries.filter((e) => e.state === 'superseded' || e.state === 'expired').sort(newestFirst),
  };
}

/** The values the timeline's filters offer: only teams and laws that occur, in registry order. */
export function filterOptions(
  timeline: Pick<Timeline, 'announced' | 'inForce'> & Partial<Pick<Timeline, 'ended'>>,
  teams: readonly { id: string; name: string }[],
  laws: readonly { abbr: string; name: string }[],
) {
  const all = [...timeline.announced, ...timeline.inForce, ...(timeline.ended ?? [])];
  const teamIds = new Set(all.flatMap((e) => e.briefing.data.teams));
  const lawAbbrs = new Set(all.flatMap((e) => e.laws));
  return {
    teams: teams.filter((t) => teamIds.has(t.id)).map((t) => ({ value: t.id, label: t.name })),
    laws: laws.filter((l) => lawAbbrs.has(l.abbr)).map((l) => ({ value: l.abbr, label: `${l.abbr} – ${l.name}` })),
  };
}

/** Changes in force shown on /rechtsaenderungen/ itself; all of them are in the yearly archive. */
export const INDEX_IN_FORCE = 25;

export interface ArchiveYear {
  year: string;
  url: string;
  entries: TimelineEntry[];
}

/**
 * The yearly archive (/rechtsaenderungen/archiv/<year>/) of the changes in force, newest year
 * first, each year complete. Keeps the index page from growing with the years.
 */
export function archiveYears(inForce: readonly TimelineEntry[]): ArchiveYear[] {
  const years = new Map<string, TimelineEntry[]>();
  const newestFirst = [...inForce].sort(
    (a, b) => b.briefing.data.effective.localeCompare(a.briefing.data.effective) || a.briefing.slug.localeCompare(b.briefing.slug),
  );
  for (const entry of newestFirst) {
    const year = entry.briefing.data.effective.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, entries]) => ({ year, url: `/rechtsaenderungen/archiv/${year}/`, entries }));
}
