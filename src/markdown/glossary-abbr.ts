/**
 * Sätteri hast plugin: explains the first use of each glossary abbreviation in a document.
 *
 * Markdown:
 *
 *     Die AE wird verlängert. Eine weitere AE …
 *
 * HTML:
 *
 *     <p>Die <abbr title="Aufenthaltserlaubnis">AE</abbr><span class="visually-hidden">
 *     (Aufenthaltserlaubnis)</span> wird verlängert. Eine weitere AE …</p>
 *
 * Matching is case-sensitive and by whole word ("AE-Antrag" counts, "MAE" does not).
 * Text in links, code, headings and existing abbr elements is left alone, so the first
 * occurrence in running text gets the expansion. An abbreviation with several meanings
 * gets all of them: title="Zentralstelle für ausländisches Bildungswesen / Zentrale Ausländerbehörde".
 *
 * Why the hidden span as well as `title`: a title is shown only on mouse hover. Keyboard
 * and touch users never see it, and screen readers announce it only in some verbosity
 * settings. WCAG technique G97 (expansion next to the first use) works for everyone; H28
 * (abbr title) alone does not. The span reads as "AE (Aufenthaltserlaubnis)" in screen
 * readers and in the search index; sighted mouse users keep the tooltip. Sighted keyboard
 * users still depend on the glossary page. The site must style `.visually-hidden` as
 * clipped, not `display: none`.
 *
 * Proof that it ran: `ctx.data.lotseAbbr` (and, under Astro, `frontmatter.lotseAbbr`)
 * holds the number of abbreviations explained, 0 included.
 */
import { defineHastPlugin, type Data } from 'satteri';
import type { ElementContent, Text } from 'hast';
import { isProseText } from './prose-text.ts';

export interface GlossaryAbbrOptions {
  /** One entry per glossary term with abbreviations; the same abbr may appear in several entries. */
  entries: readonly { abbr: string; expansions: readonly string[] }[];
}

function record(data: Data, count: number): void {
  data.lotseAbbr = count;
  const astro = data.astro as { frontmatter?: Record<string, unknown> } | undefined;
  if (astro?.frontmatter) astro.frontmatter.lotseAbbr = count;
}

function expansionsByAbbr(entries: GlossaryAbbrOptions['entries']): Map<string, string> {
  const merged = new Map<string, string[]>();
  for (const { abbr, expansions } of entries) {
    if (expansions.length === 0) continue;
    const list = merged.get(abbr) ?? [];
    for (const expansion of expansions) if (!list.includes(expansion)) list.push(expansion);
    merged.set(abbr, list);
  }
  return new Map([...merged].map(([abbr, list]) => [abbr, list.join(' / ')]));
}

export function glossaryAbbr(options: GlossaryAbbrOptions) {
  const titles = expansionsByAbbr(options.entries);
  const alternatives = [...titles.keys()]
    .filter((abbr) => abbr.trim() !== '')
    .sort((a, b) => b.length - a.length)
    .map((abbr) => abbr.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const pattern = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined;
  /** Abbreviations already explained, per compile (keyed by its data bag). */
  const explained = new WeakMap<Data, Set<string>>();

  return defineHastPlugin({
    name: 'lotse-glossary-abbr',
    before(_root, ctx) {
      explained.set(ctx.data, new Set());
      record(ctx.data, 0);
    },
    text(node: Readonly<Text>, ctx) {
      const seen = explained.get(ctx.data);
      if (!pattern || !seen) return;
      const firsts = [...node.value.matchAll(pattern)].filter((m, i, all) => !seen.has(m[0]) && all.findIndex((o) => o[0] === m[0]) === i);
      if (firsts.length === 0 || !isProseText(node, (n) => ctx.parent(n))) return;
      const pieces: ElementContent[] = [];
      let at = 0;
      for (const m of firsts) {
        const title = titles.get(m[0]) as string;
        if (m.index > at) pieces.push({ type: 'text', value: node.value.slice(at, m.index) });
        pieces.push(
          { type: 'element', tagName: 'abbr', properties: { title }, children: [{ type: 'text', value: m[0] }] },
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ` (${title})` }] },
        );
        at = m.index + m[0].length;
        seen.add(m[0]);
      }
      if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
      ctx.replaceNode(node, pieces);
      record(ctx.data, (ctx.data.lotseAbbr as number) + firsts.length);
    },
  });
}
