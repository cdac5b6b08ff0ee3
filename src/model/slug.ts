/**
 * German text as lowercase ASCII words joined by hyphens (`Einbürgerung – Antrag prüfen` →
 * `einbuergerung-antrag-pruefen`): umlauts and ß transliterated, other accents dropped. The one
 * transliteration behind document slugs (`npm run new`) and the stable ids of track modules.
 */
export function asciiWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
