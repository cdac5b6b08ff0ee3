/**
 * A document's siblings for the side navigation: the documents of the same kind and first team,
 * in title order, as a window of at most SIBLING_LIMIT around the document itself, so the
 * navigation stays the same size whatever the size of the knowledge base (the full list is
 * one link away). Sorted lists are computed once per build, not once per page.
 */
import type { VersionedDoc, VersionedKind } from '../model/types.ts';
import { docsOfTeam } from './listing.ts';

export const SIBLING_LIMIT = 8;
const cache = new Map<string, VersionedDoc[]>();

function teamDocs(kind: VersionedKind, team: string): VersionedDoc[] {
  const key = `${kind}/${team}`;
  let docs = cache.get(key);
  if (!docs) cache.set(key, (docs = docsOfTeam(kind, team)));
  return docs;
}

export interface Siblings {
  team: string;
  docs: VersionedDoc[];
  total: number;
}

export function siblingsOf(doc: VersionedDoc, team: string, limit = SIBLING_LIMIT): Siblings {
  const all = teamDocs(doc.kind, team);
  const at = Math.max(all.indexOf(doc), 0);
  const start = Math.max(0, Math.min(at - Math.floor(limit / 2), all.length - limit));
  return { team, docs: all.slice(start, start + limit), total: all.length };
}
