/**
 * Rules across glossary entries. A term may appear only once: two entries „Aufenthaltserlaubnis“
 * (also spelled differently: case, hyphens, spaces, ae/ä) would make search expansion and
 * abbreviation tooltips pick one of them silently. One abbreviation for two different terms is
 * the ambiguous case the content model allows (ZAB: two entries, each with its own term and
 * definition); the tooltip and the glossary then list both meanings. An abbreviation written
 * twice in one entry is a slip.
 */
import type { Report } from './diagnostics.ts';
import type { ContentSet } from './types.ts';

/** Spelling-insensitive key of a term: „Aufenthalts-Erlaubnis“ = „aufenthaltserlaubnis“. */
export function termKey(term: string): string {
  return term
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[\s\-‐‑–—_.]+/g, '');
}

export function checkGlossary(content: ContentSet, report: Report): void {
  const source = content.glossarySource ?? { file: 'content/glossary.yaml', locate: () => ({ line: 1, column: 1 }) };
  const firstByTerm = new Map<string, number>();
  content.glossary.forEach((entry, i) => {
    const key = termKey(entry.term);
    const first = firstByTerm.get(key);
    if (first === undefined) {
      firstByTerm.set(key, i);
    } else {
      const other = content.glossary[first];
      const same = other.term === entry.term ? `„${entry.term}“ steht zweimal im Glossar` : `„${entry.term}“ ist derselbe Begriff wie „${other.term}“`;
      const shared = (entry.abbr ?? []).filter((a) => other.abbr?.includes(a));
      const abbrs = shared.length > 0 ? `, beide mit der Abkürzung ${shared.map((a) => `„${a}“`).join(', ')}` : '';
      report.error({
        file: source.file,
        ...source.locate([i, 'term']),
        field: `[${i}].term`,
        problem: `${same} (Eintrag [${first}], Zeile ${source.locate([first, 'term']).line}${abbrs})`,
        fix: 'beide Einträge zu einem zusammenführen (Definition, Abkürzungen, Synonyme, Verweise); bedeutet der Begriff zweierlei, beide Bedeutungen in die Definition dieses einen Eintrags schreiben',
      });
    }
    const seen = new Set<string>();
    entry.abbr?.forEach((abbr, a) => {
      if (seen.has(abbr)) {
        report.error({
          file: source.file,
          ...source.locate([i, 'abbr', a]),
          field: `[${i}].abbr[${a}]`,
          problem: `Abkürzung „${abbr}“ steht im Eintrag „${entry.term}“ zweimal`,
          fix: `die zweite „${abbr}“ aus abbr löschen`,
        });
      }
      seen.add(abbr);
    });
  });
}
