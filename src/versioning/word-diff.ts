/**
 * Word-level difference of two plain texts (jsdiff's `diffWords`), and a similarity measure that
 * decides whether a removed and an added piece are one changed piece or two unrelated ones.
 *
 * `wordDiff('seit acht Jahren', 'seit fünf Jahren')` →
 * `[{ type: 'same', text: 'seit ' }, { type: 'del', text: 'acht' }, { type: 'ins', text: 'fünf' }, { type: 'same', text: ' Jahren' }]`
 */
import { diffWords } from 'diff';

export interface Part {
  type: 'same' | 'ins' | 'del';
  text: string;
}

export function wordDiff(before: string, after: string): Part[] {
  return diffWords(before, after).map((change) => ({ type: change.added ? 'ins' : change.removed ? 'del' : 'same', text: change.value }));
}

/** Lower-case word tokens; "§", numbers and words count, punctuation does not. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}§]+/gu) ?? [];
}

/**
 * Dice coefficient of the two texts' word multisets: 1 for the same words, 0 for none in common.
 * Cheap (linear) on purpose: it runs for every pair of removed/added items of one section.
 */
export function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 && right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}
