/**
 * Whether a hast text node is running prose that transforms may enrich: not inside a
 * link, code, a heading or an existing abbreviation. Shared by citation-links and
 * glossary-abbr so both leave the same places alone.
 */
import type { HastNode } from 'satteri';

const NOT_PROSE = new Set(['a', 'abbr', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function isProseText(node: Readonly<HastNode>, parentOf: (n: Readonly<HastNode>) => Readonly<HastNode> | undefined): boolean {
  for (let p = parentOf(node); p; p = parentOf(p)) {
    if (p.type === 'element' && NOT_PROSE.has(p.tagName)) return false;
  }
  return true;
}
