/**
 * Sections and items of a checklist, read from its MDX source (CONTENT-MODEL.md: `##` headings
 * group the items; each item is a task-list line `- [ ] …`; indented lines under it are notes).
 * Items are numbered `i1`, `i2`, … in document order, exactly like the checklist transform
 * (src/markdown/checklist-items.ts), so an item here and a checkbox on the page share the id.
 *
 * ```md
 * ## Antrag
 * - [ ] Eingangsdatum festhalten (§ 81 Abs. 4 Satz 1 AufenthG)
 *   Maßgeblich ist der Eingang bei der Behörde.
 * ```
 * → `[{ title: 'Antrag', items: [{ id: 'i1', label: 'Eingangsdatum festhalten (§ 81 Abs. 4 Satz 1 AufenthG)', note: 'Maßgeblich ist der Eingang bei der Behörde.' }] }]`
 */
import { plainText } from '../site/plain-text.ts';

export interface ChecklistItem {
  id: string;
  /** Plain text of the item's first line. */
  label: string;
  /** Plain text of the lines indented under it ('' when none). */
  note: string;
}

export interface ChecklistSection {
  /** Plain text of the heading; '' for items before the first heading. */
  title: string;
  items: ChecklistItem[];
}

const TASK = /^(\s*)[-*+] \[[ xX]\](?:\s+(.*))?$/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const LIST_MARKER = /^\s*(?:[-*+]|\d+[.)])\s/;
const FENCE = /^\s*(?:```|~~~)/;

/** Plain text on one line: Markdown removed, whitespace collapsed. */
export function inlineText(markdown: string): string {
  return plainText(markdown).replace(/\s+/g, ' ').trim();
}

export function checklistSections(source: string): ChecklistSection[] {
  const sections: ChecklistSection[] = [{ title: '', items: [] }];
  let count = 0;
  let open: { item: ChecklistItem; indent: number; note: string[] } | undefined;
  let inFence = false;
  let previousBlank = false;
  const close = () => {
    if (open) open.item.note = inlineText(open.note.join('\n'));
    open = undefined;
  };

  for (const line of source.split(/\r?\n/)) {
    const blank = line.trim() === '';
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || FENCE.test(line)) {
      // Lines inside code blocks may look like items or headings; they are neither.
      previousBlank = false;
      continue;
    }
    const task = TASK.exec(line);
    if (task) {
      close();
      count += 1;
      const item: ChecklistItem = { id: `i${count}`, label: inlineText(task[2] ?? ''), note: '' };
      sections[sections.length - 1]!.items.push(item);
      open = { item, indent: (task[1] ?? '').length, note: [] };
    } else if (HEADING.test(line)) {
      close();
      sections.push({ title: inlineText(HEADING.exec(line)?.[2] ?? ''), items: [] });
    } else if (open && !blank) {
      const indent = line.length - line.trimStart().length;
      // Indented lines belong to the item; an unindented line directly below is a lazy continuation.
      const continues = indent > open.indent || (!previousBlank && !LIST_MARKER.test(line));
      if (continues) open.note.push(line.trim());
      else close();
    }
    previousBlank = blank;
  }
  close();
  return sections.filter((s, i) => i > 0 || s.items.length > 0);
}
