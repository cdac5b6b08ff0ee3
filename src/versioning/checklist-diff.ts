/**
 * Item-by-item comparison of two checklist versions, per section: which items were added,
 * removed or changed (with a word diff of label and note), and which moved to another section.
 * Sections are matched by heading (renamed headings by similarity), items within a section by
 * text, so reordering a few items does not mark the whole section as changed.
 */
import { align, type AlignKind } from './align.ts';
import { checklistSections, type ChecklistItem, type ChecklistSection } from './checklist-source.ts';
import { similarity, wordDiff, type Part } from './word-diff.ts';

export type ItemKind = AlignKind | 'moved';

export interface ItemChange {
  kind: ItemKind;
  before?: ChecklistItem;
  after?: ChecklistItem;
  /** Word diff of the label (changed items) or the plain label. */
  label: Part[];
  /** Word diff of the note; empty when neither version has one. */
  note: Part[];
  /** For moved items: the section title on the other side. */
  otherSection?: string;
}

export interface SectionChange {
  kind: AlignKind;
  title: string;
  /** Word diff of a renamed heading. */
  titleParts: Part[];
  items: ItemChange[];
}

export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
  moved: number;
  same: number;
}

export interface ChecklistComparison {
  sections: SectionChange[];
  counts: ChangeCounts;
}

const itemKey = (item: ChecklistItem) => `${item.label}\u0000${item.note}`;
const SECTION_THRESHOLD = 0.5;
const ITEM_THRESHOLD = 0.5;

export function compareChecklistSources(before: string, after: string): ChecklistComparison {
  return compareChecklists(checklistSections(before), checklistSections(after));
}

export function compareChecklists(before: ChecklistSection[], after: ChecklistSection[]): ChecklistComparison {
  const sectionPairs = align(before, after, {
    key: (s) => s.title,
    // A renamed heading still counts as the same section when most of its items stayed.
    similarity: (a, b) => Math.max(similarity(a.title, b.title), itemOverlap(a, b)),
    threshold: SECTION_THRESHOLD,
  });
  const sections: SectionChange[] = sectionPairs.map((pair) => {
    const old = pair.before?.items ?? [];
    const next = pair.after?.items ?? [];
    const items = align(old, next, {
      key: itemKey,
      similarity: (a, b) => (a.label === b.label ? 1 : similarity(`${a.label} ${a.note}`, `${b.label} ${b.note}`)),
      threshold: ITEM_THRESHOLD,
    }).map((p) => itemChange(p.kind, p.before, p.after));
    const title = (pair.after ?? pair.before)!.title;
    const titleParts =
      pair.kind === 'changed' && pair.before!.title !== pair.after!.title
        ? wordDiff(pair.before!.title, pair.after!.title)
        : [{ type: 'same' as const, text: title }];
    const kind = pair.kind === 'same' && items.some((i) => i.kind !== 'same') ? 'changed' : pair.kind;
    return { kind, title, titleParts, items };
  });
  markMoves(sections);
  return { sections, counts: countItems(sections) };
}

function itemChange(kind: AlignKind, before: ChecklistItem | undefined, after: ChecklistItem | undefined): ItemChange {
  if (kind === 'changed' && before && after) {
    return { kind, before, after, label: wordDiff(before.label, after.label), note: before.note || after.note ? wordDiff(before.note, after.note) : [] };
  }
  const item = (after ?? before)!;
  const type = kind === 'added' ? 'ins' : kind === 'removed' ? 'del' : 'same';
  return { kind, before, after, label: [{ type, text: item.label }], note: item.note ? [{ type, text: item.note }] : [] };
}

/** An item removed from one section and added unchanged to another was moved. */
function markMoves(sections: SectionChange[]): void {
  const removed = new Map<string, { change: ItemChange; section: SectionChange }[]>();
  for (const section of sections)
    for (const change of section.items)
      if (change.kind === 'removed') removed.set(itemKey(change.before!), [...(removed.get(itemKey(change.before!)) ?? []), { change, section }]);
  for (const section of sections) {
    for (const change of section.items) {
      if (change.kind !== 'added') continue;
      const origin = removed.get(itemKey(change.after!))?.find((r) => r.section !== section && r.change.kind === 'removed');
      if (!origin) continue;
      origin.change.kind = 'moved';
      origin.change.otherSection = section.title;
      change.kind = 'moved';
      change.before = origin.change.before;
      change.otherSection = origin.section.title;
      change.label = [{ type: 'same', text: change.after!.label }];
      change.note = change.after!.note ? [{ type: 'same', text: change.after!.note }] : [];
    }
  }
}

function itemOverlap(a: ChecklistSection, b: ChecklistSection): number {
  if (a.items.length === 0 || b.items.length === 0) return 0;
  const labels = new Set(a.items.map((i) => i.label));
  const common = b.items.filter((i) => labels.has(i.label)).length;
  return (2 * common) / (a.items.length + b.items.length);
}

/** Counts per item; a moved item counts once (where it arrived). */
function countItems(sections: SectionChange[]): ChangeCounts {
  const counts: ChangeCounts = { added: 0, removed: 0, changed: 0, moved: 0, same: 0 };
  for (const s of sections) {
    for (const i of s.items) {
      if (i.kind !== 'moved') counts[i.kind] += 1;
      else if (i.after) counts.moved += 1;
    }
  }
  return counts;
}
