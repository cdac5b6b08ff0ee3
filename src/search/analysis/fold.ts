/**
 * Ways to compare German words regardless of how they were typed. Pure, used in the browser.
 *
 *   fold("Einbürgerung") === fold("Einbuergerung") === "einbuergerung"   (umlauts as ae/oe/ue, ß as ss)
 *   bare("Einbürgerung") === "einburgerung"                              (diacritics dropped, as Pagefind does)
 */

export function lower(text: string): string {
  return text.toLocaleLowerCase('de');
}

/** Lowercase, umlauts written out (ä → ae), ß → ss, other diacritics dropped, only letters and digits. */
export function fold(text: string): string {
  return lower(text)
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lowercase without any diacritics (ä → a, ß → ss), only letters and digits. */
export function bare(text: string): string {
  return lower(text)
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The word with ae/oe/ue written as umlauts and ss as ß, or undefined when nothing changes.
 * "ue" stays after a vowel or q (neue, Steuer, Quelle), "ae"/"oe" after a vowel (Israel is the
 * exception that proves the rule – both spellings are searched anyway).
 */
export function withUmlauts(word: string): string | undefined {
  const out = word.replace(/(?<![aeiouäöüq])([aou])e/gi, (all, v: string) => ({ a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' })[v] ?? all);
  return out !== word ? out : undefined;
}

export function withEszett(word: string): string | undefined {
  if (!/ss/i.test(word)) return undefined;
  return word.replace(/ss/g, 'ß');
}

/** Length of the common prefix. */
export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}
