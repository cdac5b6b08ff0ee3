/** getStaticPaths for the paginated team lists of checklists and guidelines. */
import type { PaginateFunction } from 'astro';
import type { VersionedKind } from '../model/types.ts';
import { docsOfTeam, PAGE_SIZE } from './listing.ts';
import { getSiteModel } from './model.ts';

export function teamListPaths(kind: VersionedKind, paginate: PaginateFunction) {
  return getSiteModel().content.teams.flatMap((team) => {
    const docs = docsOfTeam(kind, team.id);
    return docs.length === 0 ? [] : paginate(docs, { params: { team: team.id }, props: { team, kind }, pageSize: PAGE_SIZE });
  });
}
