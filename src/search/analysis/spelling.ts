/**
 * Spelling help: words of the site one edit away from a query word (a letter wrong, missing,
 * extra, or two letters swapped), compared with umlauts written out (ä = ae) and dropped (ä = a),
 * so "Niederlasungserlaubnis", "Einbuergerng" and "Duldnug" find their words. The vocabulary
 * comes from the index stage (spelling-vocabulary.ts) in one file per word length.
 */
import { bare, fold } from './fold.ts';

/** Word lengths the vocabulary files cover (spelling-vocabulary.ts writes one file per length in between). */
export const MIN_LENGTH = 5;
export const MAX_LENGTH = 40;

export interface VocabularyWord {
  word: string;
  count: number;
}

/** Damerau–Levenshtein distance, but only answers "0, 1 or more" (returns 2 for more). */
export function withinOneEdit(a: string, b: string): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return 2;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return 1;
    if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 1;
    return 2;
  }
  return la > lb ? (a.slice(i + 1) === b.slice(i) ? 1 : 2) : a.slice(i) === b.slice(i + 1) ? 1 : 2;
}

/** Vocabulary words one edit away from `word` (6+ letters), most frequent first. */
export function corrections(word: string, vocabulary: readonly VocabularyWord[], limit = 2): VocabularyWord[] {
  if (word.length < 6) return [];
  const forms = [fold(word).replace(/ /g, ''), bare(word)];
  const found: VocabularyWord[] = [];
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.word.length - word.length) > 2) continue;
    const cf = fold(candidate.word).replace(/ /g, '');
    const cb = bare(candidate.word);
    if (cf === forms[0] || cb === forms[1]) return [];
    if (withinOneEdit(cf, forms[0]) === 1 || withinOneEdit(cb, forms[1]) === 1) found.push(candidate);
  }
  return found.sort((a, b) => b.count - a.count).slice(0, limit);
}

/** Lengths of vocabulary files that may hold a correction for `word` (umlauts may shrink it). */
export function lengthsFor(word: string): number[] {
  const n = word.length;
  return [n - 2, n - 1, n, n + 1].filter((l) => l >= MIN_LENGTH - 1 && l <= MAX_LENGTH + 1);
}

export function parseVocabulary(text: string): VocabularyWord[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [word, count] = line.split('\t');
      return { word, count: Number(count) };
    });
}
