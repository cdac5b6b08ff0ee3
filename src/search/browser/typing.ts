/**
 * Whether the live search should wait (for more letters or a pause) instead of searching now.
 * Every search of a new word prefix fetches the index chunks of all words starting with it; a
 * last word of up to three letters ("ver", "Ab") or a half-typed law abbreviation after a number
 * ("81 IV Auf") or a bare paragraph number ("81") would fetch chunks the finished query does
 * not need. Abbreviations in capitals
 * ("AE"), numbers and finished citations are searched at once. Submitting always searches.
 * Nor does a query of question words and filler alone ("Darf ein") search yet.
 */
import { isFiller } from '../analysis/filler.ts';

export function stillTyping(query: string, lawAbbreviations: readonly string[] = []): boolean {
  const tokens = query.trim().split(/\s+/);
  // "Darf ein …": a question has not reached its meaningful words yet (the search drops filler).
  if (tokens.every((t) => isFiller(t.replace(/[?!.,;:]+$/, '')))) return true;
  const last = tokens.at(-1) ?? '';
  if (/^\p{L}{1,3}$/u.test(last) && /\p{Ll}/u.test(last)) return true;
  if (/^\p{L}$/u.test(last)) return true;
  // A bare paragraph number is most likely the start of a citation ("81" → "81 IV AufenthG").
  if (tokens.length === 1 && /^§?\d+[a-z]?$/i.test(last)) return true;
  if (tokens.length > 1 && /\d/.test(query) && /^\p{L}+$/u.test(last)) {
    const lower = last.toLowerCase();
    return lawAbbreviations.some((abbr) => abbr.toLowerCase().startsWith(lower) && abbr.length > last.length);
  }
  return false;
}
