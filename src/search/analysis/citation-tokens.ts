/**
 * Search words for legal provisions. Pagefind indexes words, not citations, so every page
 * carries one made-up word per provision it cites (in hidden metadata, see index-html.ts), and a
 * citation typed into the search box is turned into the same word:
 *
 *   § 81 AufenthG             → qq81qaufenthgq        (the paragraph)
 *   § 81 Abs. 4 AufenthG      → qq81qaufenthgq4q      (the paragraph and its Absatz)
 *   Art. 16a GG               → qa16aqggq
 *   "§ 81" (no law, in the search box) → qq81q     (prefix of every law's § 81)
 *
 * Pagefind matches prefixes, so the letters q/qq frame each value: "qq8q…" is no prefix of
 * "qq81q…", and § 81 without Absatz finds the pages that cite any Absatz of it. The words
 * contain only a–z and 0–9 so that Pagefind neither splits nor stems them.
 */
import type { Provision, QueryProvision } from '../../norms/types.ts';

/** Lowercase letters and digits of a law abbreviation: "SGB II" → "sgbii", "FreizügG/EU" → "freizuggeu". */
export function lawSlug(abbr: string): string {
  return abbr
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

function clean(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function unitPrefix(unit: string): string {
  return unit === 'Art.' ? 'qa' : 'qq';
}

/** The word for the paragraph (or article) a provision belongs to. */
export function paragraphToken(p: Pick<Provision, 'unit' | 'paragraph'> & { law?: string }): string {
  const head = `${unitPrefix(p.unit)}${clean(p.paragraph)}q`;
  return p.law ? `${head}${lawSlug(p.law)}q` : head;
}

/** The word for paragraph + Absatz, or undefined when the provision names no Absatz. */
export function absatzToken(p: QueryProvision): string | undefined {
  if (!p.law || !p.absatz || !/^\d+[a-z]?$/.test(p.absatz)) return undefined;
  return `${paragraphToken(p)}${clean(p.absatz)}q`;
}

/** All words a cited provision contributes to a page. */
export function provisionTokens(p: Provision): string[] {
  const absatz = absatzToken(p);
  return absatz ? [paragraphToken(p), absatz] : [paragraphToken(p)];
}

/** True for words made by this module (they are never shown to readers). */
export function isCitationToken(word: string): boolean {
  return /^q[qa][0-9]/.test(word);
}
