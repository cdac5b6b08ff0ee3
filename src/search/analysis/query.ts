/**
 * What a query means, before anything is searched (pure, runs in the browser):
 *
 *   "AE verlängern"      → [AE | Aufenthaltserlaubnis] [verlängern]
 *   "Einbuergerung"      → [Einbuergerung | Einbürgerung]
 *   "81 IV AufenthG"     → citation § 81 Abs. 4 AufenthG
 *   "ZAB"                → [ZAB | Zentralstelle … Bildungswesen | Zentrale Ausländerbehörde]
 *   "Unterlagen für die Einbürgerung" → [Unterlagen] [Einbürgerung]   (function words dropped)
 *
 * Abbreviations and synonyms come from the content's glossary (lexicon.json), laws from laws.yaml.
 */
import { parseQueryCitation } from '../../norms/parse.ts';
import type { LawRef, QueryProvision } from '../../norms/types.ts';
import { absatzToken, paragraphToken } from './citation-tokens.ts';
import { fold, withEszett, withUmlauts } from './fold.ts';
import { parseQueryDate, type QueryDate } from './query-date.ts';
import { isFiller, STOPWORDS } from './filler.ts';

export { isFiller };

export type Why = 'original' | 'umlaut' | 'inflection' | 'abbreviation' | 'synonym' | 'spelling';

export interface Alternative {
  words: string[];
  weight: number;
  why: Why;
  /**
   * Abbreviations and synonyms of a term the reader typed in full: searched only when the term
   * itself finds few pages (the site spells abbreviations out on first use, so "AE" pages
   * already contain "Aufenthaltserlaubnis"; skipping them saves index downloads).
   */
  lazy?: boolean;
}

export interface TermGroup {
  /** The words of the query this group stands for. */
  text: string;
  alternatives: Alternative[];
  /** Documents the glossary names for the matched term ("see": references or URLs). */
  see?: string[];
}

export interface CitationQuery {
  text: string;
  provisions: QueryProvision[];
  /** Paragraph words (citation-tokens.ts) and the more specific Absatz words. */
  tokens: string[];
  absatzTokens: string[];
  /** Plain words for ranking among the citing pages: "81 aufenthg". */
  plain: string;
}

export interface QueryPlan {
  raw: string;
  citation?: CitationQuery;
  /** A day the reader asks about ("was galt am 01.03.2024 …"), see query-date.ts. */
  date?: QueryDate;
  groups: TermGroup[];
}

export interface GlossaryForms {
  term: string;
  abbr: readonly string[];
  synonyms: readonly string[];
  /** Documents the entry points to: references (suchindex.json) or { url } (the site's lexicon). */
  see?: readonly (string | { url: string })[];
}

/** Words as Pagefind sees them: letters and digits, hyphenated compounds kept whole ("/" and "." separate, as in the index). */
const WORD = /[\p{L}\p{N}§][\p{L}\p{N}§-]*/gu;

export function queryWords(text: string): string[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((m) => m[0].replace(/-+$/, '')).filter(Boolean);
}

/**
 * Finds one citation among the whitespace-separated tokens of a query ("§ 81 Abs. 4 AufenthG",
 * "81 IV AufenthG", "AufenthG § 81", "Fiktion § 81 AufenthG"): the whole query, else the longest
 * run of tokens that parses.
 */
export function findQueryCitation(words: readonly string[], laws: readonly LawRef[]): { start: number; end: number; provisions: QueryProvision[] } | undefined {
  const whole = parseQueryCitation(words.join(' '), laws);
  if (whole.length > 0) return { start: 0, end: words.length, provisions: whole };
  for (let length = Math.min(words.length - 1, 10); length >= 2; length -= 1) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const slice = words.slice(start, start + length);
      if (!slice.some((w) => /\d/.test(w))) continue;
      const provisions = parseQueryCitation(slice.join(' '), laws);
      if (provisions.length > 0) return { start, end: start + length, provisions };
    }
  }
  const marked = words.findIndex((w) => /^§+\d/.test(w) || w === '§' || w === '§§');
  if (marked >= 0) {
    const provisions = parseQueryCitation(words.slice(marked, marked + 2).join(' '), laws);
    if (provisions.length > 0) return { start: marked, end: Math.min(words.length, marked + 2), provisions };
  }
  return undefined;
}

function citationQuery(text: string, provisions: QueryProvision[]): CitationQuery {
  const tokens = [...new Set(provisions.map((p) => paragraphToken(p)))];
  const absatzTokens = [...new Set(provisions.flatMap((p) => absatzToken(p) ?? []))];
  const plain = [...new Set(provisions.map((p) => `${p.paragraph}${p.law ? ` ${p.law}` : ''}`))].join(' ');
  return { text, provisions, tokens, absatzTokens, plain };
}

/** Index of the glossary by folded form; every form points to its entries. */
export function glossaryIndex(entries: readonly GlossaryForms[]): Map<string, { entry: GlossaryForms; form: string; isAbbr: boolean }[]> {
  const index = new Map<string, { entry: GlossaryForms; form: string; isAbbr: boolean }[]>();
  for (const entry of entries) {
    const forms: [string, boolean][] = [
      [entry.term, false],
      ...entry.abbr.map((a): [string, boolean] => [a, true]),
      ...entry.synonyms.map((s): [string, boolean] => [s, false]),
    ];
    for (const [form, isAbbr] of forms) {
      for (const key of new Set([fold(form), fold(contentWords(form).join(' '))])) {
        if (!key) continue;
        const list = index.get(key) ?? [];
        list.push({ entry, form, isAbbr });
        index.set(key, list);
      }
    }
  }
  return index;
}

function contentWords(text: string): string[] {
  const words = queryWords(text);
  const kept = words.filter((w) => !STOPWORDS.has(w.toLocaleLowerCase('de')));
  return kept.length > 0 ? kept : words;
}

/** Glossary matches for words[start..start+n): exact folded form, or one word with an inflection ending. */
function glossaryMatch(words: readonly string[], start: number, n: number, index: ReturnType<typeof glossaryIndex>) {
  const key = fold(words.slice(start, start + n).join(' '));
  const exact = index.get(key);
  if (exact) return exact;
  if (n >= 2) {
    const longer = [...index].filter(([form]) => form.startsWith(`${key} `)).flatMap(([, hits]) => hits);
    return longer.length > 0 ? longer : undefined;
  }
  if (key.length < 6) return undefined;
  for (let cut = 1; cut <= 3; cut += 1) {
    const hit = index.get(key.slice(0, -cut))?.filter((m) => !m.isAbbr);
    if (hit && hit.length > 0) return hit;
  }
  return undefined;
}

export function planQuery(raw: string, laws: readonly LawRef[], index: ReturnType<typeof glossaryIndex>): QueryPlan {
  const date = parseQueryDate(raw);
  const tokens = (date ? date.rest : raw).normalize('NFC').trim().split(/\s+/).filter(Boolean);
  let citation: CitationQuery | undefined;
  const found = findQueryCitation(tokens, laws);
  let rest = tokens;
  if (found) {
    citation = citationQuery(tokens.slice(found.start, found.end).join(' '), found.provisions);
    rest = [...tokens.slice(0, found.start), ...tokens.slice(found.end)];
  }
  let words = queryWords(rest.join(' '));
  const meaningful = words.filter((w) => !isFiller(w));
  if (meaningful.length > 0 && (meaningful.length < words.length || citation)) words = meaningful;

  const groups: TermGroup[] = [];
  for (let i = 0; i < words.length;) {
    let matched = false;
    for (let n = Math.min(4, words.length - i); n >= 1 && !matched; n -= 1) {
      const hits = glossaryMatch(words, i, n, index);
      if (!hits) continue;
      const text = words.slice(i, i + n).join(' ');
      const group: TermGroup = { text, alternatives: [{ words: words.slice(i, i + n), weight: 1, why: 'original' }] };
      const seen = new Set([fold(text), fold(contentWords(text).join(' '))]);
      for (const hit of hits) {
        const typedTerm = fold(hit.form) === fold(hit.entry.term);
        const forms: [string, Why][] = [
          [hit.entry.term, hit.isAbbr ? 'abbreviation' : 'synonym'],
          ...hit.entry.abbr.map((a): [string, Why] => [a, 'abbreviation']),
          ...hit.entry.synonyms.map((s): [string, Why] => [s, 'synonym']),
        ];
        for (const [form, why] of forms) {
          const key = fold(contentWords(form).join(' '));
          if (seen.has(key)) continue;
          seen.add(key);
          const lazy = typedTerm && form !== hit.entry.term;
          group.alternatives.push({ words: contentWords(form), weight: why === 'abbreviation' ? 0.95 : 0.9, why, ...(lazy ? { lazy } : {}) });
        }
      }
      const see = [...new Set(hits.flatMap((h) => (h.entry.see ?? []).map((x) => (typeof x === 'string' ? x : x.url))))];
      if (see.length > 0) group.see = see;
      addSpellings(group);
      groups.push(group);
      i += n;
      matched = true;
    }
    if (!matched) {
      const group: TermGroup = { text: words[i], alternatives: [{ words: [words[i]], weight: 1, why: 'original' }] };
      addSpellings(group);
      groups.push(group);
      i += 1;
    }
  }
  return { raw, citation, ...(date ? { date } : {}), groups };
}

/**
 * Adds the umlaut/ß spelling of the query word when it is written in ASCII (not for
 * abbreviations), and the word without its inflection ending: Pagefind stems, but the Snowball
 * stemmer keeps "Erlaubnisse" apart from "Erlaubnis" and "verlängert" apart from "verlängern";
 * the shorter word matches both as a prefix.
 */
function addSpellings(group: TermGroup): void {
  for (const alt of [...group.alternatives]) {
    if (alt.why !== 'original' || alt.words.length !== 1 || alt.words[0].length < 4 || alt.words[0] === alt.words[0].toUpperCase()) continue;
    const add = (variant: string | undefined, why: Why, weight: number) => {
      if (variant && !group.alternatives.some((a) => a.words.length === 1 && a.words[0] === variant))
        group.alternatives.push({ words: [variant], weight, why });
    };
    const before = group.alternatives.length;
    add(withUmlauts(alt.words[0]), 'umlaut', alt.weight);
    // With ae/oe/ue written out, the umlaut spelling is the likely one; the ASCII spelling is
    // searched too when it finds little (another index chunk to load otherwise).
    if (group.alternatives.length > before && alt.why === 'original') alt.lazy = true;
    add(withEszett(alt.words[0]), 'umlaut', alt.weight);
    add(withoutEnding(alt.words[0]), 'inflection', alt.weight * 0.95);
  }
}

const ENDINGS = /(?:nisse[ns]?|ten|te|et|en|es|er|e|n|s|t)$/;

/** "Aufenthaltserlaubnisse" → "Aufenthaltserlaubnis", "verlängert" → "verlänger"; undefined for short words. */
export function withoutEnding(word: string): string | undefined {
  if (word.length < 8 || !/^\p{L}+$/u.test(word)) return undefined;
  const m = ENDINGS.exec(word.toLocaleLowerCase('de'));
  if (!m) return undefined;
  const cut = m[0].startsWith('nisse') ? m[0].length - 3 : m[0].length;
  const base = word.slice(0, word.length - cut);
  return base.length >= 6 ? base : undefined;
}

export interface Variant {
  /** The query as Pagefind gets it (all words must match). */
  text: string;
  weight: number;
  /** Per group, the alternative used. */
  picks: Alternative[];
}

/** Combinations of the groups' alternatives, best first, at most `limit` (lazy ones only when asked). */
export function variants(groups: readonly TermGroup[], limit = 10, withLazy = true): Variant[] {
  let combos: Alternative[][] = [[]];
  for (const group of groups) {
    const next: Alternative[][] = [];
    for (const combo of combos) for (const alt of group.alternatives) if (withLazy || !alt.lazy) next.push([...combo, alt]);
    next.sort((a, b) => product(b) - product(a));
    combos = next.slice(0, limit);
  }
  return combos.filter((c) => c.length > 0).map((picks) => ({ text: picks.flatMap((p) => p.words).join(' '), weight: product(picks), picks }));
}

function product(picks: readonly Alternative[]): number {
  return picks.reduce((w, p) => w * p.weight, 1);
}
