/**
 * Links for citations outside MDX bodies (frontmatter `legalBasis`, glossary definitions): the
 * same targets as src/markdown/citation-links.ts – the official paragraph page, titled with the
 * paragraph heading – plus the Normen-Register page of the paragraph. Pure.
 */
import { findCitations, parseCitation } from './parse.ts';
import { formatParagraph, lawUrl } from './links.ts';
import type { LawRef, Provision } from './types.ts';
import { paragraphRegisterUrl } from './norm-register.ts';

export type HeadingOf = (p: Pick<Provision, 'law' | 'paragraph'>) => string | undefined;

export interface CitationTarget {
  text: string;
  /** Official text (gesetze-im-internet.de) of the first cited paragraph. */
  href?: string;
  /** "§ 81 AufenthG – Beantragung des Aufenthaltstitels". */
  title?: string;
  /** Normen-Register page of the first cited paragraph. */
  registerUrl?: string;
}

function target(text: string, first: Provision | undefined, laws: readonly LawRef[], headingOf?: HeadingOf): CitationTarget {
  if (!first) return { text };
  const href = lawUrl(first, laws);
  const heading = headingOf?.(first);
  return {
    text,
    ...(href ? { href } : {}),
    title: heading ? `${formatParagraph(first)} – ${heading}` : formatParagraph(first),
    registerUrl: paragraphRegisterUrl(first),
  };
}

/** One frontmatter citation ("§ 81 Abs. 4 AufenthG") with its link targets. */
export function citationTarget(text: string, laws: readonly LawRef[], headingOf?: HeadingOf): CitationTarget {
  const parsed = parseCitation(text, laws);
  return target(text, parsed.ok ? parsed.citation.provisions[0] : undefined, laws, headingOf);
}

/** Running text split into plain pieces and citations (with targets), in order. */
export function citationSegments(text: string, laws: readonly LawRef[], headingOf?: HeadingOf): CitationTarget[] {
  const pieces: CitationTarget[] = [];
  let at = 0;
  for (const c of findCitations(text, laws)) {
    if (c.start > at) pieces.push({ text: text.slice(at, c.start) });
    pieces.push(target(c.raw, c.provisions[0], laws, headingOf));
    at = c.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
