/**
 * Word counts for the compound splitter: how often a word occurs and whether it is a noun.
 * German capitalises nouns, so a word written with a capital letter inside a sentence (after a
 * letter, digit, comma or dash, not after a full stop or a list number) is taken as a noun.
 *
 * File format (src/search/data/wortliste.tsv, written by scripts/build-search-wordlist.ts):
 * `word<TAB>count<TAB>noun` with noun = 1 or 0, one word per line, lowercase, sorted.
 */

export interface WordStats {
  count: number;
  /** Occurrences inside a sentence, and how many of those were capitalised. */
  inner: number;
  capitalized: number;
  /** Capitalised occurrences anywhere (headings, sentence starts included). */
  anyCapitalized: number;
}

export type WordCounts = Map<string, WordStats>;

const WORD = /\p{L}+/gu;

/** True for a character after which a word is inside a sentence: letter, digit, comma, semicolon, dash. */
function innerBefore(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000) ||
    code === 44 ||
    code === 59 ||
    code === 45 ||
    code === 0x2013
  );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;
}

/** Adds the words of `text` to `counts` (lowercase keys). */
export function countWords(text: string, counts: WordCounts): WordCounts {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    if (word.length < 3 || word.length > 30) continue;
    const key = word.toLocaleLowerCase('de');
    let stats = counts.get(key);
    if (!stats) {
      stats = { count: 0, inner: 0, capitalized: 0, anyCapitalized: 0 };
      counts.set(key, stats);
    }
    stats.count += 1;
    const upper = word[0] !== key[0];
    if (upper) stats.anyCapitalized += 1;
    let i = m.index - 1;
    while (i >= 0 && isSpace(text.charCodeAt(i))) i -= 1;
    if (i >= 0 && innerBefore(text.charCodeAt(i))) {
      stats.inner += 1;
      if (upper) stats.capitalized += 1;
    }
  }
  return counts;
}

/** Adds the counts of `more` to `into` (returned). */
export function mergeWordCounts(into: WordCounts, more: WordCounts): WordCounts {
  for (const [word, s] of more) {
    const t = into.get(word);
    if (!t) into.set(word, { ...s });
    else {
      t.count += s.count;
      t.inner += s.inner;
      t.capitalized += s.capitalized;
      t.anyCapitalized += s.anyCapitalized;
    }
  }
  return into;
}

/**
 * A word is a noun when most of its occurrences inside sentences are capitalised; a word seen
 * only at the start of sentences or in headings counts when it is always capitalised.
 */
export function isNounStats(stats: WordStats): boolean {
  if (stats.inner > 0) return stats.capitalized / stats.inner >= 0.5;
  return stats.anyCapitalized === stats.count && stats.count > 0;
}

export function formatWordList(counts: WordCounts, minCount: number): string {
  const lines = [...counts]
    .filter(([, s]) => s.count >= minCount)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, s]) => `${word}\t${s.count}\t${isNounStats(s) ? 1 : 0}`);
  return `${lines.join('\n')}\n`;
}

/** Reads the TSV format back; a noun counts as one capitalised inner occurrence, so
 * that words of the content set (counted by countWords) outvote it only by being frequent. */
export function parseWordList(tsv: string, into: WordCounts = new Map()): WordCounts {
  for (const line of tsv.split('\n')) {
    if (!line) continue;
    const [word, count, noun] = line.split('\t');
    const stats = into.get(word) ?? { count: 0, inner: 0, capitalized: 0, anyCapitalized: 0 };
    stats.count += Number(count);
    stats.inner += 1;
    if (noun === '1') {
      stats.capitalized += 1;
      stats.anyCapitalized += 1;
    }
    into.set(word, stats);
  }
  return into;
}
