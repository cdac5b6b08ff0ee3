/**
 * Heading ids of content that never collide: with each other (a second „Voraussetzungen“ gets
 * `voraussetzungen-1`, as GitHub and Astro number them) or with an id of the layout and its
 * components (a heading „Inhalt“ becomes `abschnitt-inhalt`, so the skip link `#inhalt` still
 * lands on <main>; see reserved-ids.ts). Runs before Astro's own heading-ids plugin, which keeps
 * an id that is already set and lists it for the table of contents.
 */
import { slug } from 'github-slugger';
import { defineHastPlugin } from 'satteri';
import type { Element } from 'hast';
import { CONTENT_ID_PREFIX, isLayoutId } from './reserved-ids.ts';

/** The id for a heading with this text (or author-given id), given the ids already used. */
export function headingId(textOrId: string, used: Set<string>, fromText = true): string {
  let base = fromText ? slug(textOrId) : textOrId;
  if (base === '' || isLayoutId(base)) base = `${CONTENT_ID_PREFIX}${base || 'ueberschrift'}`;
  let id = base;
  for (let n = 1; used.has(id) || isLayoutId(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

export function headingIds() {
  return defineHastPlugin({
    name: 'lotse-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const data = ctx.data as { lotseHeadingIds?: Set<string> };
        const used = (data.lotseHeadingIds ??= new Set());
        const existing = (node as Element).properties?.id;
        const id = typeof existing === 'string' && existing !== '' ? headingId(existing, used, false) : headingId(ctx.textContent(node), used);
        ctx.setProperty(node, 'id', id);
      },
    },
  });
}
