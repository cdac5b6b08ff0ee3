/** getStaticPaths for the paginated team lists of checklists and guidelines. */
import type { PaginateFunction } from 'astro';
import type { VersionedKind } from '../model/types.ts';
import { docsOfTeam, PAGE_SIZE } from './listing.ts';
import { getSiteModel } from './model.ts';

/** The paged team lists of one kind; `section` is the route's URL section parameter (src/pages/[section]/team/). */
export function teamListPaths(kind: VersionedKind, paginate: PaginateFunction, section: string) {
  return getSiteModel().content.teams.flatMap((team) => {
    const docs = docsOfTeam(kind, team.id);
    return docs.length === 0 ? [] : paginate(docs, { params: { section, team: team.id }, props: { team, kind }, pageSize: PAGE_SIZE });
  });
}
