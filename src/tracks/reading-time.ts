/**
 * Estimated reading time of a document from its plain text (src/site/plain-text.ts), at about
 * 200 words per minute – the pace of careful reading of administrative text, not skimming.
 */
export const WORDS_PER_MINUTE = 200;

/** Words: runs of characters that contain a letter or digit (`§` and `–` alone are no words). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Whole minutes, at least 1. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(wordCount(text) / wordsPerMinute));
}

/** `ca. 3 Min.` */
export function minutesText(minutes: number): string {
  return `ca. ${minutes} Min.`;
}

/** `1 Std. 5 Min.` for sums on overviews. */
export function durationText(minutes: number): string {
  if (minutes < 60) return `${minutes} Min.`;
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} Std.` : `${Math.floor(minutes / 60)} Std. ${rest} Min.`;
}
