/**
 * Runs a query against Pagefind the way query.ts planned it (browser; Pagefind is passed in, so
 * tests can use a fake). Pagefind requires every word of a query and knows no synonyms, so:
 *
 * - each combination of alternatives (AE | Aufenthaltserlaubnis, Einbuergerung | Einbürgerung)
 *   is one Pagefind search; a page scores its best combination (times the alternative's weight);
 * - with several words, pages that contain only some of them are added at a lower score;
 * - a citation is searched by its search words (citation-tokens.ts); pages that list the
 *   provision as legal basis rank first, then by how often they name it;
 * - Pagefind falls back to words that merely begin the query word ("auf" for
 *   "aufentaltserlaubnis"). When none of the top pages really contains a word of 6+ letters,
 *   the word is checked against the site's vocabulary (spelling.ts) and searched as corrected.
 */
import type { Lexicon } from '../analysis/lexicon.ts';
import { cleanText } from './excerpt.ts';
import { bare, commonPrefix } from '../analysis/fold.ts';
import { glossaryIndex, planQuery, queryWords, variants, type QueryPlan, type TermGroup, type Why } from '../analysis/query.ts';
import { corrections, lengthsFor, type VocabularyWord } from '../analysis/spelling.ts';
import { rerankPages } from './rerank.ts';

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
  /** How many of the first pages are re-ranked by type, status and date (their fragments are loaded): as many as are shown. */
  rerank?: number;
  /** True once the search is overtaken (the reader typed on): page fragments are not loaded then. */
  stale?: () => boolean;
}

export interface Hit {
  id: string;
  score: number;
  result: PagefindResult;
  /** The version page to link instead of the page's own URL (dated queries, rerank.ts). */
  url?: string;
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

/** Which index a search runs on, with which filters. */
interface Scope {
  pf: PagefindApi;
  filters: Record<string, unknown>;
}
const TOKEN_FIELDS = ['rechtsgrundlage', 'zitate'];
const VERIFY = 8;
/** Pages re-ranked by type, status and date: the result page shows ten anyway. */
const RERANK = 10;
const RERANK_DATED = 20;
/** With fewer pages than this, lazy alternatives are searched too. */
const ENOUGH = 5;

export class SearchEngine {
  private readonly pf: PagefindApi;
  readonly lexicon: Lexicon;
  private readonly glossary: ReturnType<typeof glossaryIndex>;
  /** The site's words of one length (spelling-vocabulary.ts). */
  readonly vocabulary: (length: number) => Promise<VocabularyWord[]>;
  /** Per result object: Pagefind binds the excerpt to the search that returned it. */
  private readonly dataCache = new WeakMap<PagefindResult, Promise<PagefindData>>();

  /** Abbreviations of the glossary (folded): searched as whole words, not as prefixes ("NE" is no "neue"). */
  private readonly abbreviations: Set<string>;

  /**
   * The index with superseded versions merged in (index-site.ts writes them to a bundle of
   * their own, so that ordinary searches need no status filter and load less).
   */
  private readonly withSuperseded?: () => Promise<PagefindApi>;

  constructor(pf: PagefindApi, lexicon: Lexicon, vocabulary: (length: number) => Promise<VocabularyWord[]>, withSuperseded?: () => Promise<PagefindApi>) {
    this.pf = pf;
    this.withSuperseded = withSuperseded;
    this.lexicon = lexicon;
    this.glossary = glossaryIndex(lexicon.glossary);
    this.vocabulary = vocabulary;
    this.abbreviations = new Set(
      lexicon.glossary
        .flatMap((e) => e.abbr.flatMap((a) => queryWords(a)))
        .filter((w) => w.length <= 5)
        .map((w) => bare(w)),
    );
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
    // A query that names a day searches earlier versions too (rerank.ts keeps those of that day).
    const withOld = (options.includeSuperseded || plan.date !== undefined) && this.withSuperseded;
    const scope: Scope = { pf: withOld ? await this.withSuperseded!() : this.pf, filters: pagefindFilters(options) };
    const corrected: Outcome['corrected'] = [];
    let hits: Map<string, Hit>;
    if (plan.citation) {
      hits = await this.citationHits(plan, scope);
      if (plan.groups.length > 0) {
        const words = await this.wordHits(plan.groups, scope);
        const both = [...hits.values()].filter((h) => words.has(h.id));
        if (both.length > 0) hits = new Map(both.map((h) => [h.id, { ...h, score: h.score + (words.get(h.id)?.score ?? 0) }]));
      }
    } else {
      hits = await this.wordHits(plan.groups, scope);
      const weak = options.stale?.() ? [] : await this.weakGroups(plan.groups, ranked(hits));
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
          const again = await this.wordHits(plan.groups, scope);
          for (const hit of hits.values()) hit.score *= 0.5;
          merge(hits, again.values());
        } else if (plan.groups.length === 1) {
          hits = await this.withoutFallbackNoise(hits, plan.groups[0]);
        }
      }
    }
    const list = ranked(hits);
    return { plan, hits: options.stale?.() ? list : await this.rerank(list, plan, options.rerank ?? RERANK), corrected };
  }

  /** Prior and dated versions for the first pages (rerank.ts); the rest keeps Pagefind's order. */
  private async rerank(list: Hit[], plan: QueryPlan, count: number): Promise<Hit[]> {
    const k = plan.date ? Math.max(count, RERANK_DATED) : count;
    const head = list.slice(0, k);
    const datas = await Promise.all(head.map((h) => this.data(h.result)));
    const pages = head.map((hit, i) => ({ item: hit, page: { score: hit.score, meta: datas[i].meta ?? {}, url: datas[i].url } }));
    const see = plan.groups.map((g) => g.see ?? []);
    const reranked = rerankPages(pages, plan.date?.date, plan.date !== undefined && plan.date.precision !== 'year', see).map((r) => ({
      ...r.item,
      score: r.score,
      ...(r.url ? { url: r.url } : {}),
    }));
    return [...reranked, ...list.slice(k)];
  }

  private async run(text: string, scope: Scope): Promise<PagefindResult[]> {
    const response = await scope.pf.search(text, { filters: scope.filters });
    return response?.results ?? [];
  }

  /**
   * Pages containing all `words`. Pagefind matches words as prefixes; abbreviations are searched
   * as exact words (one exact search each, Pagefind's quoted form) and intersected with the rest.
   */
  private async runWords(words: readonly string[], scope: Scope): Promise<PagefindResult[]> {
    const exact = words.filter((w) => this.abbreviations.has(bare(w)));
    if (exact.length === 0) return this.run(words.join(' '), scope);
    const rest = words.filter((w) => !exact.includes(w));
    const lists = await Promise.all([...exact.map((w) => this.run(`"${w}"`, scope)), ...(rest.length > 0 ? [this.run(rest.join(' '), scope)] : [])]);
    const [first, ...others] = lists;
    const scores = others.map((l) => new Map(l.map((r) => [r.id, r.score])));
    return first
      .filter((r) => scores.every((m) => m.has(r.id)))
      .map((r) => {
        const score = r.score + scores.reduce((sum, m) => sum + (m.get(r.id) ?? 0), 0);
        return { ...r, score, data: () => r.data() };
      });
  }

  /**
   * Pages that contain every group (in some alternative); pages with some groups follow. Lazy
   * alternatives (abbreviations and synonyms of a term typed in full) join when few pages are found.
   */
  private async wordHits(groups: readonly TermGroup[], scope: Scope): Promise<Map<string, Hit>> {
    const hits = await this.wordHitsOnce(groups, scope, false);
    if (hits.size < ENOUGH && groups.some((g) => g.alternatives.some((a) => a.lazy))) merge(hits, (await this.wordHitsOnce(groups, scope, true)).values());
    return hits;
  }

  /**
   * Drops an alternative of several words ("Visum der Kategorie C") when one of its words is on no
   * page: Pagefind would silently search the others ("Visum c…"), so the alternative would no
   * longer mean what it says. Its glossary term ("Schengen-Visum") remains. The export does the
   * same (retrieve-search.ts: every word of a multi-word alternative must be there). Only the
   * alternatives about to be searched are checked: their words' index chunks load anyway.
   */
  private async withPresentWords(groups: readonly TermGroup[], scope: Scope, withLazy: boolean): Promise<TermGroup[]> {
    const words = [...new Set(groups.flatMap((g) => g.alternatives.filter((a) => a.words.length > 1 && (withLazy || !a.lazy)).flatMap((a) => a.words)))];
    if (words.length === 0) return [...groups];
    const found = await Promise.all(words.map((w) => this.runWords([w], scope)));
    const absent = new Set(words.filter((_, i) => found[i].length === 0));
    if (absent.size === 0) return [...groups];
    return groups.map((g) => {
      const kept = g.alternatives.filter((a) => a.words.length === 1 || !a.words.some((w) => absent.has(w)));
      return kept.length > 0 && kept.length < g.alternatives.length ? { ...g, alternatives: kept } : g;
    });
  }

  private async wordHitsOnce(planned: readonly TermGroup[], scope: Scope, withLazy: boolean): Promise<Map<string, Hit>> {
    const hits = new Map<string, Hit>();
    if (planned.length === 0) return hits;
    const groups = await this.withPresentWords(planned, scope, withLazy);
    const all = variants(groups, 10, withLazy);
    const responses = await Promise.all(
      all.map((v) =>
        this.runWords(
          v.picks.flatMap((p) => p.words),
          scope,
        ),
      ),
    );
    all.forEach((variant, i) => {
      for (const result of responses[i])
        add(
          hits,
          result,
          result.score * variant.weight,
          variant.picks.map((p) => p.why),
        );
    });
    if (groups.length > 1) {
      const partial = new Map<string, { result: PagefindResult; score: number; weight: number }>();
      const usable = (g: TermGroup) => g.alternatives.filter((a) => withLazy || !a.lazy).slice(0, 3);
      const perGroup = await Promise.all(groups.map((g) => Promise.all(usable(g).map((alt) => this.runWords(alt.words, scope)))));
      // A group no page contains (a case detail such as a town or a relative) weighs nothing.
      // (Weighing the others by rarity measured worse: Pagefind's scores already hold an idf.)
      const weights: number[] = perGroup.map((lists) => (lists.some((l) => l.length > 0) ? 1 : 0));
      const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
      groups.forEach((group, gi) => {
        const best = new Map<string, { result: PagefindResult; score: number }>();
        usable(group).forEach((alt, ai) => {
          for (const result of perGroup[gi][ai]) {
            const score = result.score * alt.weight;
            if ((best.get(result.id)?.score ?? -1) < score) best.set(result.id, { result, score });
          }
        });
        for (const [id, b] of best) {
          const p = partial.get(id) ?? { result: b.result, score: 0, weight: 0 };
          p.score += b.score * weights[gi];
          p.weight += weights[gi];
          partial.set(id, p);
        }
      });
      // Pages with only some of the words: their weighted mean score, scaled by the square of
      // the share of the query's weight they cover, so that a page about the telling word can
      // still outrank thin pages with many of the common ones.
      for (const [id, p] of partial) {
        if (hits.has(id)) continue;
        const share = p.weight / totalWeight;
        add(hits, p.result, (p.score / totalWeight) * share * share, ['partial']);
      }
    }
    return hits;
  }

  private async citationHits(plan: QueryPlan, scope: Scope): Promise<Map<string, Hit>> {
    const citation = plan.citation!;
    const legal = new Set<string>();
    const found = new Map<string, PagefindResult>();
    const [byToken, byAbsatz, byText] = await Promise.all([
      Promise.all(citation.tokens.map((t) => this.run(t, scope))),
      Promise.all(citation.absatzTokens.map((t) => this.run(t, scope))),
      this.run(citation.plain, scope),
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

  /**
   * For a word nothing on the site contains and no correction fits, keeps only pages where
   * Pagefind's fallback matched a word that makes up most of the query word ("Einbürgerungsantrag"
   * for "Einbürgerungsantragsteller"), not a short one such as "auf".
   */
  private async withoutFallbackNoise(hits: Map<string, Hit>, group: TermGroup): Promise<Map<string, Hit>> {
    const term = bare(group.alternatives[0].words[0]);
    const top = ranked(hits).slice(0, VERIFY);
    const datas = await Promise.all(top.map((h) => this.data(h.result)));
    const kept = top.filter((h, i) =>
      matchedWords(datas[i].content, h.result.words).some((w) => w.length >= Math.max(4, term.length * 0.6) && term.startsWith(w)),
    );
    return new Map(kept.map((h) => [h.id, h]));
  }

  /** Groups whose word (6+ letters) none of the top pages really contains. */
  private async weakGroups(groups: readonly TermGroup[], hits: readonly Hit[]): Promise<TermGroup[]> {
    // Groups the glossary knows are found through their other forms; only plain words are checked.
    const plain = (g: TermGroup) => g.alternatives.every((a) => a.why === 'original' || a.why === 'umlaut' || a.why === 'inflection');
    const candidates = groups.filter(
      (g) => plain(g) && g.alternatives[0].words.length === 1 && g.alternatives[0].words[0].length >= 6 && !/\d/.test(g.alternatives[0].words[0]),
    );
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

/** Pagefind filters for the reader's choices (superseded versions live in their own index). */
export function pagefindFilters(options: SearchOptions): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
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

/**
 * A page word that really is the query word: it continues the query word (Duldung… for
 * "Duldung") or is the query word without an ending of up to three letters (Duldung for
 * "Duldungen"). Pagefind's fallback to shorter words ("einbürger" for "Einbürgerng") is not.
 */
export function strongMatch(word: string, term: string): boolean {
  if (!word || !term) return false;
  if (word.startsWith(term)) return true;
  return word.length >= 4 && word.length >= term.length - 3 && commonPrefix(word, term) === word.length;
}
