/**
 * Entry of /api/suche.mjs, the search client shipped with every build (bundled by
 * suche-bundle.ts into one self-contained ES module; format in docs/suchindex.md):
 *
 *   import { createSearch } from 'https://lotse.example/api/suche.mjs';
 *   const suche = createSearch(await (await fetch('https://lotse.example/api/suchindex.json')).json());
 *   suche.search('Darf ein Geduldeter arbeiten?');                // what applies today
 *   suche.search('Blaue Karte', { date: '2024-03-01' });           // what applied then
 *
 * The same query analysis as the site's search (query.ts: citations, glossary abbreviations and
 * synonyms, ae/oe/ue, inflection, compound parts, spelling, question words and dates).
 */
import { Retrieval, type RetrievalHit, type Suchindex } from './retrieve.ts';
import { runSearch, type SearchOptions } from './retrieve-search.ts';
import { germanQueryDate } from '../analysis/query-date.ts';

export type { RetrievalHit, Suchindex, SearchOptions };

export interface Search {
  /** Ranked hits for the version valid on `date` (default: a date named in the query, else today). */
  search(query: string, options?: SearchOptions): RetrievalHit[];
  /** How the query was understood: the day searched, the date named in it, the words and their alternatives. */
  explain(query: string, options?: SearchOptions): { date: string; namedDate?: string; groups: { text: string; alternatives: string[] }[]; citation?: string };
}

export function createSearch(suchindex: Suchindex): Search {
  const retrieval = new Retrieval(suchindex);
  return {
    search: (query, options) => runSearch(retrieval, query, options).hits,
    explain(query, options) {
      const { plan, date } = runSearch(retrieval, query, { ...options, limit: 0 });
      return {
        date,
        ...(plan.date ? { namedDate: germanQueryDate(plan.date) } : {}),
        groups: plan.groups.map((g) => ({ text: g.text, alternatives: g.alternatives.map((a) => a.words.join(' ')) })),
        ...(plan.citation ? { citation: plan.citation.text } : {}),
      };
    },
  };
}
