/**
 * Words as the retrieval engine (retrieve.ts) compares them, for documents and queries alike:
 * lowercase, umlauts written out (ä = ae, so "Einbuergerung" is "Einbürgerung"), and a light
 * German stemmer that removes inflection endings ("Duldungen" → "duldung", "Geduldeter" →
 * "geduldet"). Crude on purpose: the same function runs on both sides, and prefix matching
 * (retrieve.ts) covers what it leaves apart ("verlaeng" from "verlängern" is a prefix of
 * "verlaenger" from "verlängert"). Pure; bundled into /api/suche.mjs.
 */
import { fold } from '../analysis/fold.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const ENDINGS = ['ern', 'em', 'en', 'er', 'es', 'e', 'n', 's'];

/** The stem of a folded word (letters only; digits and short words stay as they are). */
export function stem(folded: string): string {
  if (folded.length < 5 || /\d/.test(folded)) return folded;
  if (folded.endsWith('nisse') || folded.endsWith('nissen')) return folded.slice(0, folded.lastIndexOf('nisse') + 3);
  for (const ending of ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= 4) return folded.slice(0, -ending.length);
  }
  return folded;
}

/** Folded words of a text, hyphenated compounds split ("Blaue-Karte-EU" → blaue, karte, eu). */
export function foldedWords(text: string): string[] {
  return [...fold(text.replace(/[-‐–/]/g, ' ')).matchAll(WORD)].map((m) => m[0]);
}

/** Stems of a text's words (for indexing and queries). */
export function terms(text: string): string[] {
  return foldedWords(text).map(stem);
}
