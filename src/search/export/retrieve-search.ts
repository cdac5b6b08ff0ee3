/**
 * One query against the retrieval engine (retrieve.ts): the plan from the shared query
 * analysis (query.ts), the versions that apply on the asked day, BM25F per term group, coverage
 * and the type/status prior. Returns hits in the form of /api/suche.mjs.
 */
import type { QueryPlan, TermGroup } from '../analysis/query.ts';
import type { Retrieval, RetrievalHit } from './retrieve.ts';
import { seeBoost } from '../analysis/prior.ts';

export interface SearchOptions {
  /** ISO day whose versions are searched (default: a date in the query, else today). */
  date?: string;
  limit?: number;
}

export interface SearchOutcome {
  plan: QueryPlan;
  date: string;
  hits: RetrievalHit[];
}

const today = () => new Date().toISOString().slice(0, 10);
const validOn = (from: string | null, until: string | null, day: string) => (from ?? '0000-00-00') <= day && (until === null || day <= until);

/** Units (document versions) to search on `day`: the version in force; a document not yet in force by its first version. */
function candidates(r: Retrieval, day: string): Set<number> {
  const byDoc = new Map<object, number[]>();
  r.units.forEach((u, i) => byDoc.set(u.doc, [...(byDoc.get(u.doc) ?? []), i]));
  const out = new Set<number>();
  for (const list of byDoc.values()) {
    const valid = list.find((i) => r.units[i].version.version === null || validOn(r.units[i].version.validFrom, r.units[i].version.validUntil, day));
    if (valid !== undefined) out.add(valid);
    else if (r.units[list[0]].version.validFrom && r.units[list[0]].version.validFrom! > day) out.add(list[0]);
  }
  return out;
}

interface GroupScore {
  scores: Map<number, number>;
  importance: number;
  terms: { term: string; weight: number }[];
}

function isAbbreviation(word: string): boolean {
  return word.length <= 5 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

function scoreGroup(r: Retrieval, group: TermGroup): GroupScore {
  const scores = new Map<number, number>();
  let importance = 0;
  const terms: GroupScore['terms'] = [];
  for (const alt of group.alternatives) {
    const weight = alt.weight * (alt.lazy ? 0.95 : 1);
    // The index splits hyphenated compounds ("Chancen-Aufenthaltsrecht"); so does the query.
    const words = alt.words.flatMap((w) => w.split(/[-‐–]+/).filter(Boolean));
    const perWord = words.map((w) => r.wordScores(w, isAbbreviation(w)));
    if (perWord.some((p) => p.scores.size === 0)) continue;
    importance = Math.max(importance, weight * Math.min(...perWord.map((p) => p.idf)));
    for (const w of words) for (const f of r.vocabulary.expand(w)) terms.push({ term: f.term, weight: f.weight * weight });
    const units = new Set(perWord.flatMap((p) => [...p.scores.keys()]));
    for (const u of units) {
      // Every word of a multi-word alternative ("Blue Card") must be there.
      if (!perWord.every((p) => p.scores.has(u))) continue;
      const s = (weight * perWord.reduce((sum, p) => sum + (p.scores.get(u) ?? 0), 0)) / Math.sqrt(words.length);
      if (s > (scores.get(u) ?? 0)) scores.set(u, s);
    }
  }
  return { scores, importance, terms };
}

export function runSearch(r: Retrieval, query: string, options: SearchOptions = {}): SearchOutcome {
  const plan = r.plan(query);
  const day = plan.date?.date ?? options.date ?? today();
  const allowed = candidates(r, day);
  const groups = plan.groups.map((g) => {
    let scored = scoreGroup(r, g);
    const word = g.alternatives[0].words[0];
    if (scored.scores.size === 0 && g.alternatives[0].words.length === 1 && word.length >= 6 && !/\d/.test(word)) {
      for (const c of r.corrected(word)) g.alternatives.push({ words: [c], weight: 0.85, why: 'spelling' });
      scored = scoreGroup(r, g);
    }
    return scored;
  });
  const total = new Map<number, number>();
  const covered = new Map<number, number>();
  const totalImportance = groups.reduce((s, g) => s + g.importance, 0) || 1;
  groups.forEach((g, gi) => {
    // The glossary names the documents for a term ("see"): they count more for it (prior.ts).
    const see = new Set(plan.groups[gi].see ?? []);
    for (const [u, s] of g.scores) {
      if (!allowed.has(u)) continue;
      const named = see.has(r.units[u].doc.reference) || see.has(r.units[u].doc.url);
      total.set(u, (total.get(u) ?? 0) + s * (named ? seeBoost(r.units[u].doc.type) : 1));
      covered.set(u, (covered.get(u) ?? 0) + g.importance);
    }
  });
  const queryTerms = groups.flatMap((g) => g.terms);
  if (plan.citation) {
    const cite = citationScores(r, [...plan.citation.tokens, ...plan.citation.absatzTokens]);
    const citing = [...cite.keys()].filter((u) => allowed.has(u));
    if (citing.length > 0) {
      for (const u of [...total.keys()]) if (!cite.has(u)) total.delete(u);
      for (const u of citing) total.set(u, (total.get(u) ?? 0) + 3 * cite.get(u)!);
      queryTerms.push(...[...plan.citation.tokens, ...plan.citation.absatzTokens].map((term) => ({ term, weight: 3 })));
    }
  }
  const scored = [...total].map(([u, s]) => {
    const share = plan.citation ? 1 : (covered.get(u) ?? 0) / totalImportance;
    // Not yet in force on the day asked (an announced version or briefing): after what applies.
    const from = r.units[u].version.validFrom;
    const pending = from !== null && from > day ? 0.8 : 1;
    return { u, score: s * (0.4 + 0.6 * share * share) * r.prior(r.units[u], plan.date !== undefined && plan.date.precision !== 'year') * pending };
  });
  scored.sort((a, b) => b.score - a.score || a.u - b.u);
  const hits = scored.slice(0, options.limit ?? 10).map(({ u, score }) => {
    const unit = r.units[u];
    const passage = r.bestPassage(unit, queryTerms);
    const isFirst = passage.id === unit.version.passages[0];
    // Asked about a day: link the version page (/…/v2/), also for the version in force today.
    const page = plan.date && unit.version.version !== null ? `${unit.doc.url}v${unit.version.version}/` : unit.version.url;
    return {
      reference: unit.doc.reference,
      type: unit.doc.type,
      title: unit.version.title ?? unit.doc.title,
      version: unit.version.version,
      validFrom: unit.version.validFrom,
      validUntil: unit.version.validUntil,
      status: unit.version.status,
      url: passage.anchor && !isFirst ? `${page}#${passage.anchor}` : page,
      heading: passage.heading ?? '',
      text: passage.text,
      score: Math.round(score * 1000) / 1000,
    };
  });
  return { plan, date: day, hits };
}

/** Units citing a provision (paragraph words are prefixes: "§ 81" without a law finds every § 81). */
function citationScores(r: Retrieval, tokens: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const token of tokens) {
    for (const { term } of r.vocabulary.startingWith(token)) {
      for (const [u, s] of r.wordScoresOfTerm(term)) out.set(u, (out.get(u) ?? 0) + s);
    }
  }
  return out;
}
