/**
 * Turns GFM task-list items of a checklist into labelled checkboxes, so that every item can be
 * ticked by mouse, keyboard and screen reader (Astro's default output has no label, which axe
 * flags), and separates an item from the notes indented under it.
 *
 * ```md
 * - [ ] Pass vorlegen lassen (§ 3 AufenthG)
 *   Kopie aller Seiten mit Stempeln in die Akte.
 * ```
 * becomes
 * ```html
 * <li class="check-item" data-check="i3">
 *   <input type="checkbox" id="check-i3" class="check-box">
 *   <label for="check-i3">Pass vorlegen lassen (§ 3 AufenthG)</label>
 *   <div class="check-note"><p>Kopie aller Seiten mit Stempeln in die Akte.</p></div>
 * </li>
 * ```
 * Items are numbered in document order (`i1`, `i2`, …); the number keys the ticked state in the
 * browser, per checklist version. `ctx.data.lotseCheckItems` counts the items (build tests read it).
 */
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent, Text } from 'hast';

const BLOCK = new Set(['p', 'ul', 'ol', 'div', 'blockquote', 'table', 'pre']);

export function checklistItems(options: { appliesTo: (fileUrl: URL | undefined) => boolean }) {
  return defineHastPlugin({
    name: 'lotse-checklist-items',
    element: {
      filter: ['li'],
      visit(node, ctx) {
        if (!options.appliesTo(ctx.fileURL)) return;
        const li = node as Element;
        const classes = li.properties?.className;
        if (!(Array.isArray(classes) ? classes.includes('task-list-item') : String(classes ?? '').includes('task-list-item'))) return;
        const count = ((ctx.data as Record<string, number>).lotseCheckItems ?? 0) + 1;
        (ctx.data as Record<string, number>).lotseCheckItems = count;
        const id = `i${count}`;

        const children = li.children.map(plain);
        while (children[0]?.type === 'text' && children[0].value.trim() === '') children.shift();
        const firstParagraph = children[0]?.type === 'element' && children[0].tagName === 'p' ? (children.shift() as Element) : undefined;
        const inline: ElementContent[] = firstParagraph ? [...firstParagraph.children] : takeInline(children);
        const withoutBox = inline.filter((c) => !(c.type === 'element' && c.tagName === 'input'));
        const { label, rest } = splitAtLineBreak(withoutBox);
        const note: ElementContent[] = [];
        if (rest.some((c) => c.type !== 'text' || c.value.trim() !== '')) note.push({ type: 'element', tagName: 'p', properties: {}, children: rest });
        note.push(...children.filter((c) => !(c.type === 'text' && c.value.trim() === '')));

        const replacement: Element = {
          type: 'element',
          tagName: 'li',
          properties: { className: ['check-item'], dataCheck: [id] },
          children: [
            { type: 'element', tagName: 'input', properties: { type: 'checkbox', id: `check-${id}`, className: ['check-box'] }, children: [] },
            { type: 'element', tagName: 'label', properties: { htmlFor: [`check-${id}`] }, children: label },
            ...(note.length > 0 ? [{ type: 'element', tagName: 'div', properties: { className: ['check-note'] }, children: note } as Element] : []),
          ],
        };
        ctx.replaceNode(node, replacement);
      },
    },
  });
}

/** A detached copy: Sätteri hands out lazy stubs bound to the arena, which cannot be re-parented. */
function plain(node: ElementContent): ElementContent {
  if (node.type === 'element')
    return { type: 'element', tagName: node.tagName, properties: { ...(node.properties ?? {}) }, children: node.children.map(plain) };
  if (node.type === 'text') return { type: 'text', value: node.value };
  if (node.type === 'comment') return { type: 'comment', value: node.value };
  return { ...(node as object) } as ElementContent;
}

function takeInline(children: ElementContent[]): ElementContent[] {
  const inline: ElementContent[] = [];
  while (children.length > 0 && !(children[0].type === 'element' && BLOCK.has(children[0].tagName))) inline.push(children.shift() as ElementContent);
  return inline;
}

/** The label is the item's first line; lines after a soft break are notes. */
function splitAtLineBreak(nodes: ElementContent[]): { label: ElementContent[]; rest: ElementContent[] } {
  const label: ElementContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'text' && node.value.includes('\n')) {
      const at = node.value.indexOf('\n');
      const head = node.value.slice(0, at).trimEnd();
      const tail = node.value.slice(at + 1).trimStart();
      if (head) label.push({ type: 'text', value: head } as Text);
      const rest = [...(tail ? [{ type: 'text', value: tail } as Text] : []), ...nodes.slice(i + 1)];
      return { label: trimStart(label), rest };
    }
    label.push(node);
  }
  return { label: trimStart(label), rest: [] };
}

function trimStart(nodes: ElementContent[]): ElementContent[] {
  const first = nodes[0];
  if (first?.type === 'text') return [{ type: 'text', value: first.value.trimStart() } as Text, ...nodes.slice(1)];
  return nodes;
}
