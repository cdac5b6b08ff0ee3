/**
 * Sätteri hast plugin: links law citations in running text to gesetze-im-internet.de.
 *
 * Markdown:
 *
 *     Die Fiktion nach § 81 Abs. 4 AufenthG gilt; siehe auch §§ 16a, 16b AufenthG.
 *
 * HTML:
 *
 *     <p>Die Fiktion nach <a class="norm" href="https://www.gesetze-im-internet.de/aufenthg_2004/__81.html"
 *     title="§ 81 AufenthG – Beantragung des Aufenthaltstitels" data-norm="AufenthG § 81">§ 81 Abs. 4 AufenthG</a>
 *     gilt; siehe auch <a class="norm" href="…/__16a.html" title="§ 16a AufenthG – …"
 *     data-norm="AufenthG § 16a">§§ 16a, 16b AufenthG</a>.</p>
 *
 * The link keeps the written text and points at the first cited paragraph (the site
 * has one page per paragraph). Citations without a law ("§ 60a Abs. 2") and text in
 * links, code, headings and abbreviations stay as they are. Run it before glossaryAbbr,
 * which would otherwise split "AufenthG" out of the citation text.
 *
 * Proof that it ran: `ctx.data.lotseCitations` (and, under Astro,
 * `frontmatter.lotseCitations`, which `render()` returns as `remarkPluginFrontmatter`)
 * holds the number of links made, 0 included.
 */
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent, Text } from 'hast';
import { isProseText } from './prose-text.ts';
import { findCitations } from '../norms/parse.ts';
import { formatParagraph, lawUrl, provisionKey } from '../norms/links.ts';
import type { LawRef, Provision } from '../norms/types.ts';

export interface CitationLinksOptions {
  laws: readonly LawRef[];
  /** Paragraph heading for the link title, e.g. `headingOf` from src/norms/norms.ts. */
  headingOf?: (p: Provision) => string | undefined;
}

function record(data: Record<string, unknown>, count: number): void {
  data.lotseCitations = count;
  const astro = data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  if (astro?.frontmatter) astro.frontmatter.lotseCitations = count;
}

export function citationLinks(options: CitationLinksOptions) {
  const { laws, headingOf } = options;
  return defineHastPlugin({
    name: 'lotse-citation-links',
    before(_root, ctx) {
      record(ctx.data, 0);
    },
    text(node: Readonly<Text>, ctx) {
      if (!node.value.includes('§') && !node.value.includes('Art')) return;
      const citations = findCitations(node.value, laws);
      if (citations.length === 0 || !isProseText(node, (n) => ctx.parent(n))) return;
      const pieces: ElementContent[] = [];
      let at = 0;
      for (const citation of citations) {
        const first = citation.provisions[0];
        const href = first && lawUrl(first, laws);
        if (!first || !href) continue;
        const heading = headingOf?.(first);
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: {
            className: ['norm'],
            href,
            title: heading ? `${formatParagraph(first)} – ${heading}` : formatParagraph(first),
            dataNorm: provisionKey(first),
          },
          children: [{ type: 'text', value: citation.raw }],
        };
        if (citation.start > at) pieces.push({ type: 'text', value: node.value.slice(at, citation.start) });
        pieces.push(link);
        at = citation.end;
      }
      if (pieces.length === 0) return;
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      ctx.replaceNode(node, pieces);
      record(ctx.data, (ctx.data.lotseCitations as number) + pieces.filter((p) => p.type === 'element').length);
    },
  });
}
