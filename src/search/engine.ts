/**
 * Runs a query against Pagefind the way query.ts planned it (browser; Pagefind is passed in, so
 * tests can use a fake). Pagefind requires every word of a query and knows no synonyms, so:
 *
 * - each combination of alternatives (AE | Aufenthaltserlaubnis, Einbuergerung | Einbürgerung)
 *   is one Pagefind search; a page scores its best combination (times the alternative's weight);
 * - with several words and few pages that contain all of them, pages with some of them follow;
 * - a citation is searched by its search words (citation-tokens.ts); pages that list the
 *   provision as legal basis rank first, then by how often they name it;
 * - Pagefind falls back to words that merely begin the query word ("auf" for
 *   "aufentaltserlaubnis"). When none of the top pages really contains a word of 6+ letters,
 *   the word is checked against the site's vocabulary (spelling.ts) and searched as corrected.
 */
import type { Lexicon } from './lexicon.ts';
import { cleanText } from './excerpt.ts';
import { bare, commonPrefix } from './fold.ts';
import { glossaryIndex, planQuery, variants, type QueryPlan, type TermGroup, type Why } from './query.ts';
import { corrections, lengthsFor, type VocabularyWord } from './spelling.ts';

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  matchedMetaFields?: string[];
  data(): Promise<PagefindData>;
}

export interface PagefindApi {
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchOptions {
  /** Include superseded versions ("frühere Fassungen einbeziehen"). */
  includeSuperseded?: boolean;
  /** Filter values per Pagefind filter (typ, team, gesetz); a page must match one value of each. */
  filters?: Record<string, string[]>;
}

export interface Hit {
  id: string;
  score: number;
  result: PagefindResult;
  /** How the page was found (for explanations). */
  why: Set<Why | 'citation' | 'partial'>;
}

export interface Outcome {
  plan: QueryPlan;
  hits: Hit[];
  /** Words searched in another spelling because the query's spelling found nothing. */
  corrected: { from: string; to: string }[];
}

export const SUPERSEDED = 'frühere Fassung';
const TOKEN_FIELDS = ['rechtsgrundlage', 'zitate'];
const VERIFY = 8;

export class SearchEngine {
  private readonly pf: PagefindApi;
  readonly lexicon: Lexicon;
  private readonly glossary: ReturnType<typeof glossaryIndex>;
  /** The site's words of one length (spelling-vocabulary.ts). */
  readonly vocabulary: (length: number) => Promise<VocabularyWord[]>;
  /** Per result object: Pagefind binds the excerpt to the search that returned it. */
  private readonly dataCache = new WeakMap<PagefindResult, Promise<PagefindData>>();

  constructor(pf: PagefindApi, lexicon: Lexicon, vocabulary: (length: number) => Promise<VocabularyWord[]>) {
    this.pf = pf;
    this.lexicon = lexicon;
    this.glossary = glossaryIndex(lexicon.glossary);
    this.vocabulary = vocabulary;
  }

  plan(query: string): QueryPlan {
    return planQuery(query, this.lexicon.laws, this.glossary);
  }

  /** The result's data, loaded once. */
  data(result: PagefindResult): Promise<PagefindData> {
    let cached = this.dataCache.get(result);
    if (!cached) {
      cached = result.data();
      this.dataCache.set(result, cached);
    }
    return cached;
  }

  async search(query: string, options: SearchOptions = {}): Promise<Outcome> {
    const plan = this.plan(query);
    const filters = pagefindFilters(options);
    const corrected: Outcome['corrected'] = [];
    let hits: Map<string, Hit>;
    if (plan.citation) {
      hits = await this.citationHits(plan, filters);
      if (plan.groups.length > 0) {
        const words = await this.wordHits(plan.groups, filters);
        const both = [...hits.values()].filter((h) => words.has(h.id));
        if (both.length > 0) hits = new Map(both.map((h) => [h.id, { ...h, score: h.score + (words.get(h.id)?.score ?? 0) }]));
      }
    } else {
      hits = await this.wordHits(plan.groups, filters);
      const weak = await this.weakGroups(plan.groups, ranked(hits));
      if (weak.length > 0) {
        for (const group of weak) {
          const word = group.alternatives[0].words[0];
          const lists = await Promise.all(lengthsFor(word).map((n) => this.vocabulary(n).catch(() => [])));
          for (const c of corrections(word, lists.flat())) {
            group.alternatives.push({ words: [c.word], weight: 0.9, why: 'spelling' });
            corrected.push({ from: word, to: c.word });
          }
        }
        if (corrected.length > 0) {
          const again = await this.wordHits(plan.groups, filters);
          for (const hit of hits.values()) hit.score *= 0.5;
          merge(hits, again.values());
        }
      }
    }
    return { plan, hits: ranked(hits), corrected };
  }

  private async run(text: string, filters: Record<string, unknown>): Promise<PagefindResult[]> {
    const response = await this.pf.search(text, { filters });
    return response?.results ?? [];
  }

  /** Pages that contain every group (in some alternative); pages with some groups follow. */
  private async wordHits(groups: readonly TermGroup[], filters: Record<string, unknown>): Promise<Map<string, Hit>> {
    const hits = new Map<string, Hit>();
    if (groups.length === 0) return hits;
    const all = variants(groups);
    const responses = await Promise.all(all.map((v) => this.run(v.text, filters)));
    all.forEach((variant, i) => {
      for (const result of responses[i]) add(hits, result, result.score * variant.weight, variant.picks.map((p) => p.why));
    });
    if (groups.length > 1 && hits.size < 10) {
      const partial = new Map<string, { result: PagefindResult; score: number; groups: number }>();
      const perGroup = await Promise.all(groups.map((g) => Promise.all(g.alternatives.slice(0, 3).map((alt) => this.run(alt.words.join(' '), filters)))));
      groups.forEach((group, gi) => {
        const best = new Map<string, { result: PagefindResult; score: number }>();
        group.alternatives.slice(0, 3).forEach((alt, ai) => {
          for (const result of perGroup[gi][ai]) {
            const score = result.score * alt.weight;
            if ((best.get(result.id)?.score ?? -1) < score) best.set(result.id, { result, score });
          }
        });
        for (const [id, b] of best) {
          const p = partial.get(id) ?? { result: b.result, score: 0, groups: 0 };
          p.score += b.score;
          p.groups += 1;
          partial.set(id, p);
        }
      });
      const floor = Math.min(...[...hits.values()].map((h) => h.score), Infinity);
      for (const [id, p] of partial) {
        if (hits.has(id)) continue;
        const share = p.groups / groups.length;
        const score = Math.min(floor * 0.99, (p.score / groups.length) * share);
        add(hits, p.result, score, ['partial']);
      }
    }
    return hits;
  }

  private async citationHits(plan: QueryPlan, filters: Record<string, unknown>): Promise<Map<string, Hit>> {
    const citation = plan.citation!;
    const legal = new Set<string>();
    const found = new Map<string, PagefindResult>();
    const [byToken, byAbsatz, byText] = await Promise.all([
      Promise.all(citation.tokens.map((t) => this.run(t, filters))),
      Promise.all(citation.absatzTokens.map((t) => this.run(t, filters))),
      this.run(citation.plain, filters),
    ]);
    for (const results of byToken) {
      for (const r of results) {
        const fields = r.matchedMetaFields ?? [];
        if (!fields.some((f) => TOKEN_FIELDS.includes(f))) continue;
        found.set(r.id, r);
        if (fields.includes('rechtsgrundlage')) legal.add(r.id);
      }
    }
    const absatz = new Set<string>();
    for (const results of byAbsatz) for (const r of results) if ((r.matchedMetaFields ?? []).some((f) => TOKEN_FIELDS.includes(f))) absatz.add(r.id);
    const text = new Map(byText.map((r) => [r.id, r.score]));
    const top = Math.max(1, ...text.values());
    const hits = new Map<string, Hit>();
    for (const [id, r] of found) {
      const score = 1 + (legal.has(id) ? 4 : 0) + (absatz.has(id) ? 2 : 0) + (3 * (text.get(id) ?? 0)) / top;
      add(hits, r, score, ['citation']);
    }
    return hits;
  }

  /** Groups whose word (6+ letters) none of the top pages really contains. */
  private async weakGroups(groups: readonly TermGroup[], hits: readonly Hit[]): Promise<TermGroup[]> {
    const candidates = groups.filter((g) => g.alternatives[0].why === 'original' && g.alternatives[0].words.length === 1 && g.alternatives[0].words[0].length >= 6 && !/\d/.test(g.alternatives[0].words[0]));
    if (candidates.length === 0) return [];
    const top = hits.slice(0, VERIFY);
    const datas = await Promise.all(top.map((h) => this.data(h.result)));
    const matched = top.map((h, i) => matchedWords(datas[i].content, h.result.words));
    return candidates.filter((g) => {
      const terms = g.alternatives.filter((a) => a.words.length === 1).map((a) => bare(a.words[0]));
      return !matched.some((words) => words.some((w) => terms.some((t) => strongMatch(w, t))));
    });
  }
}

function add(hits: Map<string, Hit>, result: PagefindResult, score: number, why: readonly (Why | 'citation' | 'partial')[]): void {
  const hit = hits.get(result.id);
  if (!hit) {
    hits.set(result.id, { id: result.id, score, result, why: new Set(why) });
    return;
  }
  for (const w of why) hit.why.add(w);
  if (score > hit.score) {
    hit.score = score + hit.score * 0.05;
    hit.result = result;
  } else {
    hit.score += score * 0.05;
  }
}

function merge(into: Map<string, Hit>, more: Iterable<Hit>): void {
  for (const h of more) add(into, h.result, h.score, [...h.why]);
}

function ranked(hits: Map<string, Hit>): Hit[] {
  return [...hits.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/** Pagefind filters: superseded versions out unless asked for, plus the reader's choices. */
export function pagefindFilters(options: SearchOptions): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (!options.includeSuperseded) filters.status = { none: [SUPERSEDED] };
  for (const [name, values] of Object.entries(options.filters ?? {})) {
    if (values.length > 0) filters[name] = { any: values };
  }
  return filters;
}

/** The words of the page content at the matched positions, split at compound marks. */
export function matchedWords(content: string, locations: readonly number[]): string[] {
  const words = content.split(' ');
  return locations.flatMap((l) => {
    const word = words[l] ?? '';
    return [bare(cleanText(word)), ...word.split('\u00AD-').map((p) => bare(p))];
  });
}

/** A page word that really is the query word: same start for most of its length (Duldungen ~ Duldung). */
export function strongMatch(word: string, term: string): boolean {
  if (!word || !term) return false;
  const need = Math.min(term.length, Math.max(4, Math.ceil(term.length * 0.7)));
  return commonPrefix(word, term) >= need;
}
