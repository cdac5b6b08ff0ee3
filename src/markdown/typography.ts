/**
 * Sätteri hast plugin: typography of legal German in content (src/typography/german.ts):
 * no-break spaces after §, Abs., Nr., Art., S. and before units and €, German quotation marks,
 * dates as DD.MM.YYYY. Text in code, pre, kbd and samp stays as written.
 *
 * Markdown:  Nach § 81 Abs. 4 AufenthG kostet es 96 €.
 * HTML:      <p>Nach §&nbsp;81 Abs.&nbsp;4 AufenthG kostet es 96&nbsp;€.</p>
 *
 * Runs last, after citation links and glossary abbreviations, so it also reaches their text.
 * Proof that it ran: `ctx.data.lotseTypography` (and, under Astro, `frontmatter.lotseTypography`)
 * holds the number of text nodes it changed, 0 included.
 */
import { defineHastPlugin, type Data, type HastNode } from 'satteri';
import type { Text } from 'hast';
import { germanTypography, RAW_ELEMENTS } from '../typography/german.ts';

function record(data: Data, count: number): void {
  data.lotseTypography = count;
  const astro = data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  if (astro?.frontmatter) astro.frontmatter.lotseTypography = count;
}

export function typography() {
  return defineHastPlugin({
    name: 'lotse-typography',
    before(_root, ctx) {
      record(ctx.data, 0);
    },
    text(node: Readonly<Text>, ctx) {
      const value = germanTypography(node.value);
      if (value === node.value) return;
      const parentOf = (n: Readonly<HastNode>): Readonly<HastNode> | undefined => ctx.parent(n);
      for (let p = parentOf(node); p; p = parentOf(p)) {
        if (p.type === 'element' && RAW_ELEMENTS.has(p.tagName)) return;
      }
      ctx.replaceNode(node, [{ type: 'text', value }]);
      record(ctx.data, (ctx.data.lotseTypography as number) + 1);
    },
  });
}
