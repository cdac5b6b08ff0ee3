/**
 * The index terms of the retrieval engine (retrieve.ts) and how a query word reaches them:
 * the word's stem, longer words it begins ("Einbürgerung" → "Einbürgerungsantrag") and compounds
 * it ends ("Erlaubnis" → "Aufenthaltserlaubnis"), each with a weight below the exact form. The
 * engine's own compound matching: no compound list is shipped.
 */
import { foldedWords, stem } from './retrieve-text.ts';
import type { VocabularyWord } from '../analysis/spelling.ts';

export interface Form {
  term: string;
  weight: number;
}

const PREFIX_WEIGHT = 0.6;
const SUFFIX_WEIGHT = 0.75;
/** The word is a whole part of a compound ("Einbürgerungs|voraussetzungen", "Aufenthalts|erlaubnis"). */
const PART_WEIGHT = 0.9;

function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const reverse = (s: string) => [...s].reverse().join('');

export class Vocabulary {
  private readonly sorted: string[];
  private readonly reversed: string[];
  private readonly known: Set<string>;
  private readonly counts: Map<string, number>;
  private readonly cache = new Map<string, Form[]>();
  private list?: VocabularyWord[];

  constructor(terms: readonly string[], counts: Map<string, number>) {
    this.known = new Set(terms);
    this.sorted = [...terms].sort();
    this.reversed = terms.map(reverse).sort();
    this.counts = counts;
  }

  /** A known word of 4+ letters (as stem or as written). */
  private isWord(part: string): boolean {
    return part.length >= 4 && (this.known.has(part) || this.known.has(stem(part)));
  }

  exact(term: string): Form[] {
    return this.known.has(term) ? [{ term, weight: 1 }] : [];
  }

  has(term: string): boolean {
    return this.known.has(term);
  }

  /** Index terms for a query word (one or more folded words are joined: "Blue-Card" → "bluecard"). */
  expand(word: string): Form[] {
    const folded = foldedWords(word).join('');
    const cached = this.cache.get(folded);
    if (cached) return cached;
    const s = stem(folded);
    const forms = new Map<string, number>();
    const put = (term: string, weight: number) => forms.set(term, Math.max(forms.get(term) ?? 0, weight));
    if (this.known.has(s)) put(s, 1);
    if (this.known.has(folded)) put(folded, 1);
    if (!/\d/.test(s) && s.length >= 4) {
      if (s.length >= 5) {
        for (let i = lowerBound(this.sorted, s); i < this.sorted.length && this.sorted[i].startsWith(s); i += 1) {
          const term = this.sorted[i];
          put(term, this.isWord(term.slice(s.length).replace(/^s(?=.{4})/, '')) ? PART_WEIGHT : PREFIX_WEIGHT);
        }
      }
      const r = reverse(s);
      for (let i = lowerBound(this.reversed, r); i < this.reversed.length && this.reversed[i].startsWith(r); i += 1) {
        const term = reverse(this.reversed[i]);
        // A compound ends with the word: "aufenthaltserlaubnis" for "erlaubnis", not "ung" in everything.
        if (term.length - s.length >= 3) put(term, this.isWord(term.slice(0, term.length - s.length).replace(/s$/, '')) ? PART_WEIGHT : SUFFIX_WEIGHT);
      }
    }
    const out = [...forms].map(([term, weight]) => ({ term, weight }));
    this.cache.set(folded, out);
    return out;
  }

  /**
   * A compound query word no document contains, split into two words that documents do contain:
   * "Informatikstudium" → informatik + studium, "Abschiebungstermin" → abschiebung + termin
   * (with the linking s). The split with the longest shorter part wins.
   */
  split(word: string): [string, string] | undefined {
    const folded = foldedWords(word).join('');
    if (folded.length < 8 || /\d/.test(folded)) return undefined;
    let best: [string, string] | undefined;
    let score = 0;
    for (let i = 4; i <= folded.length - 4; i += 1) {
      const right = folded.slice(i);
      if (!this.known.has(stem(right)) && !this.known.has(right)) continue;
      for (const left of [folded.slice(0, i), folded.slice(0, i).replace(/s$/, '')]) {
        if (left.length < 4 || !(this.known.has(stem(left)) || this.known.has(left))) continue;
        const s = Math.min(left.length, right.length);
        if (s > score) {
          score = s;
          best = [left, right];
        }
      }
    }
    return best;
  }

  /** Index terms beginning with `prefix` (citation words: "qq81q" for § 81 of any law). */
  startingWith(prefix: string): Form[] {
    const out: Form[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length && this.sorted[i].startsWith(prefix); i += 1)
      out.push({ term: this.sorted[i], weight: 1 });
    return out;
  }

  /** The documents' words with their counts (for spelling corrections). */
  words(): VocabularyWord[] {
    this.list ??= [...this.counts].filter(([w]) => w.length >= 5 && !/\d/.test(w)).map(([word, count]) => ({ word, count }));
    return this.list;
  }
}
