/**
 * The one parser for German legal citations, used by frontmatter validation
 * (`parseCitation`), body text (`findCitations`) and search (`parseQueryCitation`).
 *
 *   § 10 Abs. 1 Satz 1 Nr. 3 Buchst. a StAG   § 81 IV 1 AufenthG   Art. 16a GG
 *   §§ 16a, 16b AufenthG   §§ 8 bis 16 StAG   § 25 Abs. 3 bis 5 AufenthG   § 8 ff. StAG
 *
 * A citation is a unit marker (§, §§, Art., Art, Artikel), a chain of references
 * joined by ",", "und", "oder", "sowie", "bis" or a dash, and a law abbreviation
 * from laws.yaml. A bare value after a separator repeats the deepest level written
 * before it ("Abs. 3 bis 5" → Absätze 3, 4, 5); ranges are enumerated when both
 * ends allow it (see ./ranges.ts).
 *
 * Decisions: "Art 16a GG" (no dot) is accepted everywhere, because it is how
 * gesetze-im-internet.de writes articles. "§81" (no space) is accepted. The law must be
 * a laws.yaml abbreviation spelled exactly (search ignores case) and must use the unit
 * laws.yaml gives it ("§ 16a GG" is an error). A citation split by Markdown emphasis
 * ("§ 81 **Abs. 4** AufenthG") is not found in body text, since each text node is read alone.
 */
import { expandReferences, type Reference } from './ranges.ts';
import { eat, eatLaw, eatSubUnit, eatValue, isRangeSeparator, romanToArabic, unitOfMarker, type Cursor } from './tokens.ts';
import type { Citation, LawRef, Provision, QueryProvision, Unit } from './types.ts';

export type { Citation, LawRef, Provision, QueryProvision, Unit } from './types.ts';

export interface CitationProblem {
  ok: false;
  /** What is wrong, e.g. `unknown law "Foo"`. */
  problem: string;
  /** What would have been right, e.g. `a law abbreviation from content/laws.yaml (AufenthG, StAG, …)`. */
  expected: string;
  /** Offset into the parsed string where the problem starts. */
  offset: number;
}
export type ParseResult = { ok: true; citation: Citation } | CitationProblem;

const EXAMPLE = 'a citation such as "§ 81 Abs. 4 AufenthG" or "Art. 16a GG"';

function problem(offset: number, text: string, expected: string): CitationProblem {
  return { ok: false, problem: text, expected, offset };
}

function preview(text: string, from: number): string {
  const rest = text.slice(from).trim();
  return rest.length > 24 ? `${rest.slice(0, 24)}…` : rest;
}

/** Reads the reference chain after an optional unit marker; the cursor ends before the law. */
function readChain(c: Cursor, unit: Unit | undefined): { refs: Reference[] } | CitationProblem {
  eat(c, 'space');
  const first = eatValue(c, 'paragraph');
  if (first === undefined) {
    return problem(c.pos, `missing paragraph number, found "${preview(c.text, c.pos)}"`, `a number after "${unit ?? '§'}", e.g. "§ 81" or "§ 60a"`);
  }
  let current: Reference = { paragraph: first, path: [] };
  const refs = [current];
  let afterRoman = false;
  for (;;) {
    const save = c.pos;
    if (eat(c, 'space') !== undefined) {
      const roman = current.path.length === 0 && !current.following ? eat(c, 'roman') : undefined;
      if (roman) {
        current.path.push(['absatz', romanToArabic(roman)]);
        afterRoman = true;
        continue;
      }
      const satz = afterRoman ? eat(c, 'arabic') : undefined;
      afterRoman = false;
      if (satz) {
        current.path.push(['satz', satz]);
        continue;
      }
      const subStart = c.pos;
      const sub = eatSubUnit(c);
      if (sub && sub.value === undefined) {
        return problem(c.pos, `"${sub.word}" without a number`, `a number or letter after "${sub.word}", e.g. "${sub.word} 1"`);
      }
      if (sub && !current.path.some(([field]) => field === sub.field)) {
        current.path.push([sub.field, sub.value as string]);
        continue;
      }
      c.pos = subStart;
      const following = eat(c, 'following');
      if (following) {
        current.following = following === 'f.' ? 'f.' : 'ff.';
        continue;
      }
    }
    c.pos = save;
    afterRoman = false;
    const next = readNextReference(c, current, unit);
    if (!next) {
      c.pos = save;
      return { refs };
    }
    refs.push(next);
    current = next;
  }
}

/** After a separator: "§ 16b", "Abs. 5" or a bare value of the deepest level so far. */
function readNextReference(c: Cursor, previous: Reference, unit: Unit | undefined): Reference | undefined {
  const separator = eat(c, 'separator');
  if (separator === undefined) return undefined;
  const range = isRangeSeparator(separator);
  const markerStart = c.pos;
  const marker = eat(c, 'marker');
  if (marker !== undefined) {
    if (unit !== undefined && unitOfMarker(marker) !== unit) return undefined;
    eat(c, 'space');
    const paragraph = eatValue(c, 'paragraph');
    if (paragraph === undefined) return undefined;
    return { paragraph, path: [], rangeLevel: range ? 'paragraph' : undefined };
  }
  c.pos = markerStart;
  const sub = eatSubUnit(c);
  if (sub) {
    if (sub.value === undefined) return undefined;
    const cut = previous.path.findIndex(([field]) => field === sub.field);
    const path = cut === -1 ? [...previous.path] : previous.path.slice(0, cut);
    path.push([sub.field, sub.value]);
    return { paragraph: previous.paragraph, path, rangeLevel: range ? sub.field : undefined };
  }
  const level = previous.path.at(-1)?.[0] ?? 'paragraph';
  const value = eatValue(c, level);
  if (value === undefined) return undefined;
  if (level === 'paragraph') return { paragraph: value, path: [], rangeLevel: range ? level : undefined };
  const path = previous.path.slice(0, -1);
  path.push([level, value]);
  return { paragraph: previous.paragraph, path, rangeLevel: range ? level : undefined };
}

function toProvisions(refs: Reference[], law: string | undefined, unit: Unit): QueryProvision[] {
  return expandReferences(refs).map((ref) => {
    const p: QueryProvision = law === undefined ? { unit, paragraph: ref.paragraph } : { law, unit, paragraph: ref.paragraph };
    if (ref.paragraphTo) p.paragraphTo = ref.paragraphTo;
    for (const [field, value] of ref.path) p[field] = value;
    if (ref.following) p.following = ref.following;
    return p;
  });
}

function lawList(laws: readonly LawRef[]): string {
  const names = laws.slice(0, 4).map((law) => law.abbr);
  return `a law abbreviation from content/laws.yaml (${names.join(', ')}${laws.length > 4 ? ', …' : ''})`;
}

/** Reads "<chain> <law>" at the cursor, which stands just after a unit marker. */
function readCitation(c: Cursor, marker: string, laws: readonly LawRef[], start: number): ParseResult {
  const writtenUnit = unitOfMarker(marker);
  const chain = readChain(c, writtenUnit);
  if ('ok' in chain) return chain;
  const lawStart = c.pos;
  const law = eat(c, 'space') !== undefined ? eatLaw(c, laws) : undefined;
  if (!law) {
    c.pos = lawStart;
    eat(c, 'space');
    if (c.pos >= c.text.length) return problem(c.pos, 'missing law', `${lawList(laws)} after the provision, e.g. "§ 81 Abs. 4 AufenthG"`);
    const word = eat(c, 'word');
    if (word === undefined) return problem(c.pos, `unexpected "${preview(c.text, c.pos)}"`, `${lawList(laws)} after the provision`);
    const sameLetters = laws.find((l) => l.abbr.toLowerCase() === word.toLowerCase());
    return problem(c.pos - word.length, `unknown law "${word}"`, sameLetters ? `"${sameLetters.abbr}" (exact spelling)` : lawList(laws));
  }
  if (law.unit !== writtenUnit) {
    return problem(start, `${law.abbr} is cited by "${law.unit}", found "${marker}"`, `"${law.unit} …" as in "${law.unit} 16a ${law.abbr}"`);
  }
  const raw = c.text.slice(start, c.pos);
  const provisions = toProvisions(chain.refs, law.abbr, law.unit) as Provision[];
  return { ok: true, citation: { raw, start, end: c.pos, provisions } };
}

/** Parses a string that must be exactly one citation, as in frontmatter `legalBasis`. */
export function parseCitation(text: string, laws: readonly LawRef[]): ParseResult {
  const c: Cursor = { text, pos: 0, lenient: false };
  eat(c, 'space');
  if (c.pos >= text.length) return problem(0, 'empty citation', EXAMPLE);
  const start = c.pos;
  const marker = eat(c, 'marker');
  if (marker === undefined) {
    return problem(start, `expected "§" or "Art." at the start, found "${preview(text, start)}"`, EXAMPLE);
  }
  const result = readCitation(c, marker, laws, start);
  if (!result.ok) return result;
  eat(c, 'space');
  if (c.pos < text.length) {
    return problem(c.pos, `unexpected text after the law: "${preview(text, c.pos)}"`, 'one citation per entry; write further citations as separate list items');
  }
  return result;
}

const MARKER_START = /(?<![\p{L}\p{N}])(?:§|Art)/gu;

/** Every citation in running text that names a law; "§ 60a Abs. 2" without a law is not one. */
export function findCitations(text: string, laws: readonly LawRef[]): Citation[] {
  const found: Citation[] = [];
  MARKER_START.lastIndex = 0;
  for (let m = MARKER_START.exec(text); m; m = MARKER_START.exec(text)) {
    const c: Cursor = { text, pos: m.index, lenient: false };
    const marker = eat(c, 'marker');
    if (marker === undefined) continue;
    const result = readCitation(c, marker, laws, m.index);
    if (result.ok) {
      found.push(result.citation);
      MARKER_START.lastIndex = result.citation.end;
    }
  }
  return found;
}

/**
 * Reads what people type into a search box: "§ 81 Abs. 4 AufenthG", "81 IV AufenthG",
 * "§81 aufenthg", "60a AufenthG", "§ 60a Abs. 2 S. 1", "AufenthG § 81". The law is
 * optional and case-insensitive. A bare number ("81") is not taken as a citation.
 * Returns [] when the query is not a citation.
 */
export function parseQueryCitation(query: string, laws: readonly LawRef[]): QueryProvision[] {
  const c: Cursor = { text: query, pos: 0, lenient: true };
  eat(c, 'space');
  let law = eatLaw(c, laws);
  if (law) eat(c, 'space');
  const marker = eat(c, 'marker');
  const chain = readChain(c, marker === undefined ? undefined : unitOfMarker(marker));
  if ('ok' in chain) return [];
  if (!law) {
    const save = c.pos;
    law = eat(c, 'space') !== undefined ? eatLaw(c, laws) : undefined;
    if (!law) c.pos = save;
  }
  eat(c, 'space');
  if (c.pos < query.length) return [];
  const detailed = chain.refs.length > 1 || chain.refs.some((ref) => ref.path.length > 0);
  if (!law && marker === undefined && !detailed) return [];
  const unit = law?.unit ?? (marker === undefined ? '§' : unitOfMarker(marker));
  return toProvisions(chain.refs, law?.abbr, unit);
}
