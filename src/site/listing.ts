/**
 * Lists of documents that stay small whatever the size of the knowledge base: an index page
 * shows everything only while that is short, otherwise the teams with counts and links to
 * paginated team lists.
 */
import type { VersionedDoc, VersionedKind } from '../model/types.ts';
import { currentVersion, getSiteModel } from './model.ts';
import { docsOf } from './paths.ts';

export const PAGE_SIZE = 50;
/** Up to this many documents an index page lists them all. */
export const FULL_LIST_LIMIT = 60;

export function sortedDocs(kind: VersionedKind): VersionedDoc[] {
  const { date } = getSiteModel();
  return [...docsOf(kind)].sort((a, b) => currentVersion(a, date).data.title.localeCompare(currentVersion(b, date).data.title, 'de'));
}

export function docsOfTeam(kind: VersionedKind, team: string): VersionedDoc[] {
  const { date } = getSiteModel();
  return sortedDocs(kind).filter((d) => currentVersion(d, date).data.teams.includes(team));
}

/** The documents whose newest version started most recently (for "zuletzt geändert"). */
export function recentlyChanged(kind: VersionedKind | undefined, limit: number): VersionedDoc[] {
  const { date, docs } = getSiteModel();
  return docs
    .filter((d) => kind === undefined || d.kind === kind)
    .map((d) => ({ d, from: currentVersion(d, date).data.validFrom }))
    .sort((a, b) => b.from.localeCompare(a.from) || a.d.slug.localeCompare(b.d.slug))
    .slice(0, limit)
    .map((x) => x.d);
}

export function listPath(base: string, team: string, page: number): string {
  return `${base}team/${team}/${page > 1 ? `${page}/` : ''}`;
}
