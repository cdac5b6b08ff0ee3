/**
 * Retrieval over /api/suchindex.json with the site's query analysis (query.ts): the engine of
 * /api/suche.mjs (suche-module.ts). Pure; runs in Node and in browsers.
 *
 * Scoring (docs/suche.md): BM25F over the version of each document that applies on the asked
 * day, with the fields title, lead (first passage, the summary), headings, body, cited provisions
 * and legal basis. Every term group of the query (a word with its spellings, abbreviations and
 * synonyms) adds its best alternative; no word is required, so filler and case details that no
 * document contains cost nothing, and rare words weigh more than common ones. The sum is scaled
 * by the share of the query's weight a document covers and by a prior per type and status
 * (prior.ts): checklists and guidelines in force before briefings, superseded versions last.
 */
import type { LawRef } from '../../norms/types.ts';
import { findCitations } from '../../norms/parse.ts';
import { provisionTokens } from '../analysis/citation-tokens.ts';
import { glossaryIndex, planQuery, type GlossaryForms, type QueryPlan } from '../analysis/query.ts';
import { prior, type RecordStatus } from '../analysis/prior.ts';
import { foldedWords, stem, terms } from './retrieve-text.ts';
import { corrections } from '../analysis/spelling.ts';
import { Vocabulary } from './retrieve-vocabulary.ts';

export interface IndexVersion {
  version: number | null;
  title?: string;
  status: RecordStatus;
  validFrom: string | null;
  validUntil: string | null;
  url: string;
  legalBasis?: string[];
  passages: string[];
}
export interface IndexDocument {
  reference: string;
  type: string;
  title: string;
  url: string;
  versions: IndexVersion[];
  passages: { id: string; heading?: string; anchor?: string; text: string }[];
}
export interface Suchindex {
  generated?: string;
  lexicon?: { laws: LawRef[]; glossary: GlossaryForms[] };
  documents: IndexDocument[];
}

export interface RetrievalHit {
  reference: string;
  type: string;
  title: string;
  version: number | null;
  validFrom: string | null;
  validUntil: string | null;
  status: RecordStatus;
  url: string;
  heading: string;
  text: string;
  score: number;
}

/**
 * Field order in the term-frequency vectors, with weight and length normalisation (b). Each field
 * saturates on its own (BM25 per field, summed with weights): a word in the title counts even
 * when the body of another document repeats it often.
 */
const FIELDS = [
  { name: 'title', weight: 4, b: 0.3 },
  { name: 'lead', weight: 1.5, b: 0.5 },
  { name: 'heading', weight: 1.2, b: 0.5 },
  { name: 'body', weight: 1, b: 0.75 },
  { name: 'cite', weight: 1.5, b: 0 },
  { name: 'legal', weight: 4, b: 0 },
] as const;
const NF = FIELDS.length;
const K1 = 1.2;

export interface Unit {
  doc: IndexDocument;
  version: IndexVersion;
  lengths: Float64Array;
}

export class Retrieval {
  readonly units: Unit[] = [];
  private readonly postings = new Map<string, Map<number, Float64Array>>();
  /** Distinct documents per term (versions of one document count once). */
  private readonly df = new Map<string, number>();
  private readonly averages = new Float64Array(NF);
  private readonly passageTerms = new Map<IndexDocument, Map<string, Set<string>>>();
  readonly vocabulary: Vocabulary;
  private readonly laws: LawRef[];
  private readonly glossary: ReturnType<typeof glossaryIndex>;
  readonly generated: string | undefined;
  private readonly documents: number;

  constructor(data: Suchindex) {
    this.laws = data.lexicon?.laws ?? [];
    this.glossary = glossaryIndex(data.lexicon?.glossary ?? []);
    this.generated = data.generated;
    this.documents = data.documents.length;
    const counts = new Map<string, number>();
    for (const doc of data.documents) {
      const byPassage = new Map<string, { heading: string[]; text: string[]; cite: string[] }>();
      const sets = new Map<string, Set<string>>();
      for (const p of doc.passages) {
        const text = terms(p.text);
        const cite = findCitations(p.text, this.laws).flatMap((c) => c.provisions.flatMap((pr) => provisionTokens(pr)));
        const entry = { heading: terms(p.heading ?? ''), text, cite };
        byPassage.set(p.id, entry);
        sets.set(p.id, new Set([...entry.heading, ...text, ...cite]));
        for (const w of foldedWords(`${p.heading ?? ''} ${p.text}`)) counts.set(w, (counts.get(w) ?? 0) + 1);
      }
      this.passageTerms.set(doc, sets);
      const seen = new Set<string>();
      for (const version of doc.versions) {
        for (const w of foldedWords(version.title ?? doc.title)) counts.set(w, (counts.get(w) ?? 0) + 1);
        const fields: string[][] = [terms(version.title ?? doc.title), [], [], [], [], []];
        version.passages.forEach((id, i) => {
          const p = byPassage.get(id);
          if (!p) return;
          fields[i === 0 ? 1 : 3].push(...p.text);
          fields[2].push(...p.heading);
          fields[4].push(...p.cite);
        });
        for (const c of version.legalBasis ?? []) {
          const parsed = findCitations(c, this.laws);
          fields[5].push(...parsed.flatMap((x) => x.provisions.flatMap((pr) => provisionTokens(pr))));
        }
        const index = this.units.length;
        const unit: Unit = { doc, version, lengths: new Float64Array(fields.map((f) => f.length)) };
        this.units.push(unit);
        fields.forEach((list, f) => {
          this.averages[f] += list.length;
          for (const term of list) {
            let posting = this.postings.get(term);
            if (!posting) this.postings.set(term, (posting = new Map()));
            let tf = posting.get(index);
            if (!tf) posting.set(index, (tf = new Float64Array(NF)));
            tf[f] += 1;
            if (!seen.has(term)) {
              seen.add(term);
              this.df.set(term, (this.df.get(term) ?? 0) + 1);
            }
          }
        });
      }
    }
    for (let f = 0; f < NF; f += 1) this.averages[f] = Math.max(1, this.averages[f] / Math.max(1, this.units.length));
    this.vocabulary = new Vocabulary([...this.postings.keys()], counts);
  }

  plan(query: string): QueryPlan {
    return planQuery(query, this.laws, this.glossary);
  }

  idf(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.documents - df + 0.5) / (df + 0.5));
  }

  /** BM25F contributions of one index term per unit. */
  wordScoresOfTerm(term: string): Map<number, number> {
    return this.termScores(term);
  }

  private termScores(term: string): Map<number, number> {
    const out = new Map<number, number>();
    const posting = this.postings.get(term);
    if (!posting) return out;
    const idf = this.idf(term);
    for (const [u, tf] of posting) {
      const lengths = this.units[u].lengths;
      let sum = 0;
      for (let f = 0; f < NF; f += 1) {
        if (tf[f] === 0) continue;
        const { weight, b } = FIELDS[f];
        const norm = tf[f] / (1 - b + (b * lengths[f]) / this.averages[f]);
        sum += (weight * norm) / (K1 + norm);
      }
      out.set(u, idf * sum);
    }
    return out;
  }

  /** Per unit, the best score of a query word over its index forms (exact, compound part, prefix, corrected). */
  wordScores(word: string, exactOnly = false): { scores: Map<number, number>; idf: number } {
    const forms = exactOnly ? this.vocabulary.exact(stem(foldedWords(word).join(''))) : this.vocabulary.expand(word);
    if (forms.length === 0 && !exactOnly) {
      const parts = this.vocabulary.split(word);
      if (parts) return this.partScores(parts);
    }
    const scores = new Map<number, number>();
    // A longer word or compound is rarer than the word itself; it must not weigh more than the word.
    const exact = forms.filter((f) => f.weight === 1).map((f) => this.idf(f.term));
    const cap = exact.length > 0 ? Math.max(...exact) : Infinity;
    let idf = 0;
    for (const { term, weight } of forms) {
      const own = this.idf(term);
      const factor = weight * Math.min(1, cap / own);
      idf = Math.max(idf, factor * own);
      for (const [u, s] of this.termScores(term)) scores.set(u, Math.max(scores.get(u) ?? 0, s * factor));
    }
    return { scores, idf };
  }

  /** A split compound: both parts must be there; together they count a little less than the word would. */
  private partScores(parts: readonly string[]): { scores: Map<number, number>; idf: number } {
    const each = parts.map((p) => this.wordScores(p, false));
    const scores = new Map<number, number>();
    for (const [u, first] of each[0].scores) {
      if (!each.every((e) => e.scores.has(u))) continue;
      scores.set(u, (0.8 * each.reduce((sum, e) => sum + (e.scores.get(u) ?? 0), 0)) / Math.sqrt(parts.length) || first);
    }
    return { scores, idf: Math.max(...each.map((e) => e.idf)) };
  }

  /** Spelling corrections for a word no document contains (one edit away, most frequent first). */
  corrected(word: string): string[] {
    return corrections(word, this.vocabulary.words()).map((c) => c.word);
  }

  /** The passage of a unit that matches the query terms best (for heading, text and anchor). */
  bestPassage(unit: Unit, queryTerms: readonly { term: string; weight: number }[]) {
    const sets = this.passageTerms.get(unit.doc)!;
    let best = unit.version.passages[0];
    let top = 0;
    for (const id of unit.version.passages) {
      const set = sets.get(id);
      const score = queryTerms.reduce((s, q) => s + (set?.has(q.term) ? q.weight : 0), 0);
      if (score > top) {
        top = score;
        best = id;
      }
    }
    return unit.doc.passages.find((p) => p.id === best) ?? unit.doc.passages[0];
  }

  prior(unit: Unit, datedQuery = false): number {
    return prior(unit.doc.type, unit.version.status, datedQuery);
  }
}
