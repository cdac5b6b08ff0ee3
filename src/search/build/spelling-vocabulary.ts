/**
 * The words of the indexed pages, for spelling help in the browser (src/search/analysis/spelling.ts):
 * one file per word length, /suche/woerter/<length>.txt, lines `word<TAB>count`, most frequent
 * first. A word of length n with one wrong letter is found among the words of length n-1, n and
 * n+1, so a query loads three small files, and only when a word of it found nothing.
 * Compound parts count as words too ("erlaubnis" from "Aufenthaltserlaubnis").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Decompounder } from './decompound.ts';
import type { WordCounts } from './wordlist.ts';

import { MAX_LENGTH, MIN_LENGTH } from '../analysis/spelling.ts';

/** Words of the site (counted by countWords) of 5+ letters, plus their compound parts. */
export function vocabulary(words: WordCounts, decompounder?: Decompounder): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string, n: number) => {
    if (word.length >= MIN_LENGTH && word.length <= MAX_LENGTH) counts.set(word, (counts.get(word) ?? 0) + n);
  };
  for (const [word, stats] of words) {
    add(word, stats.count);
    if (decompounder && word.length >= MIN_LENGTH) for (const part of decompounder.parts(word)) add(part, stats.count);
  }
  return counts;
}

export function writeVocabulary(dir: string, words: WordCounts, decompounder?: Decompounder): void {
  const byLength = new Map<number, [string, number][]>();
  for (const [word, n] of vocabulary(words, decompounder)) {
    const list = byLength.get(word.length) ?? [];
    list.push([word, n]);
    byLength.set(word.length, list);
  }
  mkdirSync(dir, { recursive: true });
  for (let length = MIN_LENGTH - 1; length <= MAX_LENGTH + 1; length += 1) {
    const list = (byLength.get(length) ?? []).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    writeFileSync(join(dir, `${length}.txt`), list.map(([w, n]) => `${w}\t${n}`).join('\n'));
  }
}
