/**
 * The glossary page's structure: entries in German alphabetical order, grouped by initial letter
 * for the jump bar, with every abbreviation filed under its own letter as a cross-reference to
 * all its meanings (ZAB → Zentrale Ausländerbehörde; Zentralstelle für ausländisches
 * Bildungswesen). Pure.
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
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
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
  sortKey: string;
  entry: GlossaryEntry;
}

export interface GlossaryAbbrItem {
  type: 'abbr';
  id: string;
  sortKey: string;
  abbr: string;
  /** Every term the abbreviation stands for, with the anchor of its entry. */
  meanings: { term: string; id: string }[];
}

export type GlossaryItem = GlossaryTermItem | GlossaryAbbrItem;

export interface GlossarySection {
  letter: string;
  /** Fragment id of the section heading. */
  id: string;
  items: GlossaryItem[];
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
  const used = new Set<string>();
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  };
  const termIds = new Map<string, string>();
  const items: GlossaryItem[] = entries.map((entry) => {
    const id = unique(glossaryAnchor(entry.term));
    if (!termIds.has(entry.term)) termIds.set(entry.term, id);
    return { type: 'term', id, sortKey: entry.term, entry };
  });
  const terms = new Set(entries.map((e) => e.term));
  for (const [abbr, meanings] of abbreviationMeanings(entries)) {
    if (terms.has(abbr)) continue;
    items.push({ type: 'abbr', id: unique(abbreviationAnchor(abbr)), sortKey: abbr, abbr, meanings: meanings.map((term) => ({ term, id: termIds.get(term) as string })) });
  }
  items.sort((a, b) => collator.compare(a.sortKey, b.sortKey) || (a.type === b.type ? 0 : a.type === 'term' ? -1 : 1));
  const sections = new Map<string, GlossarySection>();
  for (const item of items) {
    const letter = letterOf(item.sortKey);
    let section = sections.get(letter);
    if (!section) {
      section = { letter, id: letter === '#' ? 'buchstabe-sonstige' : `buchstabe-${letter}`, items: [] };
      sections.set(letter, section);
    }
    section.items.push(item);
  }
  return [...sections.values()].sort((a, b) => (a.letter === '#' ? 1 : b.letter === '#' ? -1 : a.letter.localeCompare(b.letter)));
}
