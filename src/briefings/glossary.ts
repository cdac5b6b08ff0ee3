/**
 * The glossary's structure: entries in German alphabetical order, grouped by initial letter,
 * one page per letter (/glossar/a/, …, /glossar/sonstige/) under the overview /glossar/, with
 * every abbreviation filed under its own letter as a cross-reference to all its meanings
 * (ZAB → Zentrale Ausländerbehörde; Zentralstelle für ausländisches Bildungswesen).
 * Every link to an entry is made here (`GlossaryPages.termUrl`), so search, Normen-Register and
 * the pages agree. Ids are unique across the whole glossary and the same on the overview and the
 * letter page, so old links of the form /glossar/#<id> still find their entry. Pure.
 */
import type { GlossaryEntry } from '../schemas/registries.ts';

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/** Fragment id of an entry: "Aufenthaltserlaubnis" → "begriff-aufenthaltserlaubnis". */
export function glossaryAnchor(term: string): string {
  return `begriff-${slugPart(term)}`;
}

export function abbreviationAnchor(abbr: string): string {
  return `abk-${slugPart(abbr)}`;
}

function slugPart(text: string): string {
  const ascii = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return ascii || 'x';
}

/** Jump-bar letter: A–Z with umlauts under their base letter, everything else under "#". */
export function letterOf(text: string): string {
  const first = text.trim().normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

export interface GlossaryTermItem {
  type: 'term';
  id: string;
  /** The entry on its letter page: `/glossar/a/#begriff-aufenthaltserlaubnis`. */
  url: string;
  sortKey: string;
  entry: GlossaryEntry;
}

export interface GlossaryAbbrItem {
  type: 'abbr';
  id: string;
  url: string;
  sortKey: string;
  abbr: string;
  /** Every term the abbreviation stands for, with the anchor and address of its entry. */
  meanings: { term: string; id: string; url: string }[];
}

export type GlossaryItem = GlossaryTermItem | GlossaryAbbrItem;

export interface GlossarySection {
  /** `A` … `Z`, or `#` for everything that does not start with a letter. */
  letter: string;
  /** What readers see: the letter, or „Sonstige“. */
  label: string;
  /** Fragment id of the letter's heading on the overview (`buchstabe-A`). */
  id: string;
  /** Path segment of the letter page: `a`, …, `z`, `sonstige`. */
  slug: string;
  /** The letter page: `/glossar/a/`. */
  url: string;
  items: GlossaryItem[];
}

export interface GlossaryPages {
  sections: GlossarySection[];
  /** Where a term's entry is (the first entry of that name). */
  termUrl: Map<string, string>;
  /** Where an abbreviation's own cross-reference is (only abbreviations that are not also a term). */
  abbrUrl: Map<string, string>;
}

export const GLOSSARY_PATH = '/glossar/';

/** The letter page of a jump-bar letter: `A` → `a`, `#` → `sonstige`. */
export function letterSlug(letter: string): string {
  return letter === '#' ? 'sonstige' : letter.toLowerCase();
}

/** Each abbreviation with all the terms it stands for, in alphabetical order of the terms. */
export function abbreviationMeanings(entries: readonly GlossaryEntry[]): Map<string, string[]> {
  const meanings = new Map<string, string[]>();
  for (const entry of entries) {
    for (const abbr of entry.abbr ?? []) {
      const list = meanings.get(abbr) ?? [];
      if (!list.includes(entry.term)) list.push(entry.term);
      meanings.set(abbr, list);
    }
  }
  for (const list of meanings.values()) list.sort(collator.compare);
  return meanings;
}

export function glossarySections(entries: readonly GlossaryEntry[]): GlossarySection[] {
  return glossaryPages(entries).sections;
}

export function glossaryPages(entries: readonly GlossaryEntry[]): GlossaryPages {
  const used = new Set<string>();
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  };
  const at = (sortKey: string, id: string) => `${GLOSSARY_PATH}${letterSlug(letterOf(sortKey))}/#${id}`;
  const termUrl = new Map<string, string>();
  const termIds = new Map<string, string>();
  const items: GlossaryItem[] = entries.map((entry) => {
    const id = unique(glossaryAnchor(entry.term));
    if (!termIds.has(entry.term)) {
      termIds.set(entry.term, id);
      termUrl.set(entry.term, at(entry.term, id));
    }
    return { type: 'term', id, url: at(entry.term, id), sortKey: entry.term, entry };
  });
  const terms = new Set(entries.map((e) => e.term));
  const abbrUrl = new Map<string, string>();
  for (const [abbr, meanings] of abbreviationMeanings(entries)) {
    if (terms.has(abbr)) continue;
    const id = unique(abbreviationAnchor(abbr));
    abbrUrl.set(abbr, at(abbr, id));
    items.push({
      type: 'abbr',
      id,
      url: at(abbr, id),
      sortKey: abbr,
      abbr,
      meanings: meanings.map((term) => ({ term, id: termIds.get(term) as string, url: termUrl.get(term) as string })),
    });
  }
  items.sort((a, b) => collator.compare(a.sortKey, b.sortKey) || (a.type === b.type ? 0 : a.type === 'term' ? -1 : 1));
  const sections = new Map<string, GlossarySection>();
  for (const item of items) {
    const letter = letterOf(item.sortKey);
    let section = sections.get(letter);
    if (!section) {
      const slug = letterSlug(letter);
      section = {
        letter,
        label: letter === '#' ? 'Sonstige' : letter,
        id: letter === '#' ? 'buchstabe-sonstige' : `buchstabe-${letter}`,
        slug,
        url: `${GLOSSARY_PATH}${slug}/`,
        items: [],
      };
      sections.set(letter, section);
    }
    section.items.push(item);
  }
  return {
    sections: [...sections.values()].sort((a, b) => (a.letter === '#' ? 1 : b.letter === '#' ? -1 : a.letter.localeCompare(b.letter))),
    termUrl,
    abbrUrl,
  };
}
