/**
 * The site's last ranking step (engine.ts), shared rules with /api/suche.mjs (prior.ts): the
 * first pages Pagefind ranks are loaded (the result list shows them anyway) and
 *
 * - scaled by the type/status prior: checklists and guidelines in force before briefings and
 *   tracks, superseded versions and superseded or expired briefings after current ones;
 * - lifted when the glossary names the page for a term of the query (`see`, prior.ts seeFactor),
 *   as the export does: "ZAB" brings the Passersatz checklist the entry names;
 * - for a query that names a day ("was galt am 01.03.2024 Blaue Karte"), versions that did not
 *   apply that day are dropped and the others link their version page (/…/v1/).
 *
 * Pages carry their type, status and validity as Pagefind metadata (pagefind.ts: art, status,
 * von, bis).
 */
import { prior, seeFactor } from '../analysis/prior.ts';

export interface RankedPage {
  score: number;
  meta: Record<string, string>;
  url: string;
}

export interface Reranked<T> {
  item: T;
  score: number;
  /** The version page to link for a dated query. */
  url?: string;
}

const validOn = (from: string | undefined, until: string | undefined, day: string) => (from || '0000-00-00') <= day && (!until || day <= until);

/**
 * Re-scores pages (best first); with `day`, versions not valid that day are left out. `exactDay`:
 * the reader named a day or month, so the versions count before briefings; a year alone
 * ("Gehälter 2026") is as often the year in a briefing's title. `see`: per term group of the
 * query, the document URLs its glossary entry names (query.ts TermGroup.see).
 */
export function rerankPages<T>(
  pages: readonly { item: T; page: RankedPage }[],
  day?: string,
  exactDay = day !== undefined,
  see: readonly (readonly string[])[] = [],
): Reranked<T>[] {
  const out: Reranked<T>[] = [];
  const named = (url: string) => {
    const doc = url.replace(/v\d+\/$/, '');
    return see.filter((urls) => urls.includes(doc)).length;
  };
  for (const { item, page } of pages) {
    const type = page.meta.art ?? '';
    const versioned = type === 'checklist' || type === 'guideline';
    if (day && versioned && !validOn(page.meta.von, page.meta.bis, day)) continue;
    const score = page.score * prior(type, page.meta.status ?? 'current', exactDay) * seeFactor(type, named(page.url), see.length);
    const versionPage = day && versioned && page.meta.fassung && !/\/v\d+\/$/.test(page.url) ? `${page.url}${page.meta.fassung}/` : undefined;
    out.push({ item, score, ...(versionPage ? { url: versionPage } : {}) });
  }
  return out.sort((a, b) => b.score - a.score);
}
