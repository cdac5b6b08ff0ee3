/**
 * The word list the compound splitter works with: the committed list from the law texts
 * (src/search/data/wortliste.tsv, see scripts/build-search-wordlist.ts) plus every word of the
 * content set being built, so that the office's own terms (Fiktion, Fortgeltung, Chancenkarte)
 * count as words even where the laws do not use them. Built once per process.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../config/env.ts';
import { Decompounder } from './decompound.ts';
import { countWords, parseWordList, type WordCounts } from './wordlist.ts';

export const WORDLIST_PATH = join(repoRoot, 'src/search/data/wortliste.tsv');

let lawWords: WordCounts | undefined;

/** A fresh copy of the law word list (callers add their own words to it). */
export function lawWordList(): WordCounts {
  lawWords ??= parseWordList(readFileSync(WORDLIST_PATH, 'utf8'));
  return new Map([...lawWords].map(([word, stats]) => [word, { ...stats }]));
}

/** A splitter that knows the law words and the words of `texts`. */
export function decompounderFor(texts: Iterable<string>): Decompounder {
  const words = lawWordList();
  for (const text of texts) countWords(text, words);
  return new Decompounder(words);
}
