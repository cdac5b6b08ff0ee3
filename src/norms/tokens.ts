/**
 * The tokens of a German legal citation ("§ 10 Abs. 1 Satz 1 Nr. 3 StAG") as
 * sticky regular expressions over a cursor. Strict mode is for frontmatter and
 * body text; lenient mode (search box) ignores case.
 */
import type { LawRef, Unit } from './types.ts';

export interface Cursor {
  text: string;
  pos: number;
  lenient: boolean;
}

/** Sub-units below the paragraph, in the order `formatProvision` writes them. */
export const FIELDS = ['absatz', 'satz', 'halbsatz', 'nummer', 'buchstabe', 'alternative'] as const;
export type Field = (typeof FIELDS)[number];

const SPACE = '[\\s\\u00a0\\u202f]';
const END = '(?![\\p{L}\\p{N}])';

/** The written words for each sub-unit (singular, plural, abbreviation) and the values they take. */
const SUB_UNITS: Record<Field, { words: string; value: string }> = {
  absatz: { words: 'Abs\\.|Absatz|Absätzen?', value: '\\d+[a-z]?' },
  satz: { words: 'Satz|Sätzen?|S\\.', value: '\\d+' },
  halbsatz: { words: 'Halbsatz|Halbs\\.|Hs\\.|HS', value: '\\d+' },
  nummer: { words: 'Nr\\.|Nrn\\.|Nummer|Nummern', value: '\\d+[a-z]?' },
  buchstabe: { words: 'Buchst\\.|Buchstaben?|lit\\.', value: '[a-z]{1,2}' },
  alternative: { words: 'Alt\\.|Alternative|Var\\.|Variante', value: '\\d+' },
};

const SOURCES = {
  space: `${SPACE}+`,
  // "Art" without a dot is the spelling of gesetze-im-internet.de ("Art 16a"), so it is accepted.
  marker: `(?:§§?|Artt?\\.|Artikel|Art${END})`,
  paragraph: `\\d+[a-z]?${END}`,
  roman: `(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[a-z]?${END}`,
  arabic: `\\d+${END}`,
  following: `ff?\\.(?!\\p{L})`,
  separator: `${SPACE}*(?:,|–|—|-)${SPACE}*|${SPACE}+(?:und|u\\.|oder|sowie|bis)${SPACE}+`,
  word: `\\p{L}[\\p{L}\\p{N}/\\-]*`,
};
type TokenName = keyof typeof SOURCES;

const cache = new Map<string, RegExp>();
function sticky(source: string, lenient: boolean): RegExp {
  const key = `${lenient ? 'i' : ''}:${source}`;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp(source, lenient ? 'uyi' : 'uy');
    cache.set(key, re);
  }
  return re;
}

/** Match `source` at the cursor; on success advance and return the match. */
function eatSource(c: Cursor, source: string): RegExpExecArray | undefined {
  const re = sticky(source, c.lenient);
  re.lastIndex = c.pos;
  const m = re.exec(c.text);
  if (!m) return undefined;
  c.pos = re.lastIndex;
  return m;
}

export function eat(c: Cursor, token: TokenName): string | undefined {
  return eatSource(c, SOURCES[token])?.[0];
}

export function unitOfMarker(marker: string): Unit {
  return marker.startsWith('§') ? '§' : 'Art.';
}

export function isRangeSeparator(separator: string): boolean {
  return /bis|[–—-]/i.test(separator);
}

/** A sub-unit word and its value ("Abs. 4"); `value` is undefined when the word has no value after it. */
export function eatSubUnit(c: Cursor): { field: Field; word: string; value?: string } | undefined {
  for (const field of FIELDS) {
    const { words, value } = SUB_UNITS[field];
    const m = eatSource(c, `(${words})${END.replace('\\p{N}', '')}${SPACE}*(?:(${value})${END})?`);
    if (m) return { field, word: m[1] ?? '', value: m[2]?.toLowerCase() };
  }
  return undefined;
}

/** A bare value of the given level, as in "§§ 16a, 16b" or "Abs. 3 bis 5". */
export function eatValue(c: Cursor, level: Field | 'paragraph'): string | undefined {
  const source = level === 'paragraph' ? SOURCES.paragraph : `(?:${SUB_UNITS[level].value})${END}`;
  return eatSource(c, source)?.[0].toLowerCase();
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
/** "IV" → "4", "IIc" → "2c". */
export function romanToArabic(roman: string): string {
  const letter = /[a-z]$/.test(roman) ? roman.slice(-1) : '';
  const digits = (letter ? roman.slice(0, -1) : roman).toUpperCase();
  let total = 0;
  const values = [...digits].map((digit) => ROMAN[digit] ?? 0);
  values.forEach((value, i) => {
    total += value < (values[i + 1] ?? 0) ? -value : value;
  });
  return `${total}${letter}`;
}

const lawPatterns = new WeakMap<readonly LawRef[], string>();
function normalizeAbbr(abbr: string, lenient: boolean): string {
  const spaced = abbr.replace(/[\s\u00a0\u202f]+/g, ' ');
  return lenient ? spaced.toLowerCase() : spaced;
}

/** A law abbreviation from `laws` at the cursor; the longest wins ("SGB III" before "SGB II"). */
export function eatLaw(c: Cursor, laws: readonly LawRef[]): LawRef | undefined {
  let pattern = lawPatterns.get(laws);
  if (pattern === undefined) {
    const sorted = [...laws].sort((a, b) => b.abbr.length - a.abbr.length);
    const alternatives = sorted.map((law) =>
      law.abbr
        .split(/\s+/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join(`${SPACE}+`),
    );
    pattern = `(?:${alternatives.join('|')})${END}`;
    lawPatterns.set(laws, pattern);
  }
  const m = eatSource(c, pattern);
  if (!m) return undefined;
  return laws.find((law) => normalizeAbbr(law.abbr, c.lenient) === normalizeAbbr(m[0], c.lenient));
}
