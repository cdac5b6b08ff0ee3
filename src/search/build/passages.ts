/**
 * Documents cut into passages for retrieval (the chatbot export, suchindex.ts): one passage per
 * section (## / ### heading), long sections cut at paragraph ends into pieces of about
 * MAX_WORDS words. Each passage knows its document and the anchor of its section (heading anchors
 * as the site renders them); the corpus (corpus.ts) records which versions contain it.
 */
import { plainText } from '../../site/plain-text.ts';

export const MAX_WORDS = 160;

export interface Section {
  heading: string;
  anchor?: string;
  text: string;
}

/** Anchor of a heading as the Markdown pipeline writes it ("Erlöschen, Widerruf" → "erlöschen-widerruf"). */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Sections of an MDX body with their plain text, long ones cut into pieces. */
export function sections(markdown: string, maxWords = MAX_WORDS): Section[] {
  const out: Section[] = [];
  const used = new Map<string, number>();
  let heading = '';
  let anchor: string | undefined;
  let lines: string[] = [];
  const flush = () => {
    const blocks = lines
      .join('\n')
      .split(/\n\s*\n/)
      .map((b) => plainText(b))
      .filter((b) => b.trim());
    let piece: string[] = [];
    let count = 0;
    for (const block of blocks) {
      const words = block.split(/\s+/).length;
      if (count > 0 && count + words > maxWords) {
        out.push({ heading, anchor, text: piece.join('\n') });
        piece = [];
        count = 0;
      }
      piece.push(block);
      count += words;
    }
    if (piece.length > 0) out.push({ heading, anchor, text: piece.join('\n') });
    lines = [];
  };
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) {
      flush();
      heading = plainText(m[2]);
      const base = headingAnchor(heading);
      const n = used.get(base) ?? 0;
      used.set(base, n + 1);
      anchor = n === 0 ? base : `${base}-${n}`;
    } else {
      lines.push(line);
    }
  }
  flush();
  return out;
}

export interface Passage {
  /**
   * Short id, the document reference of the passage in the lunr index ("0", "1", … "a", … base 36).
   * A passage that several versions of a document share (same heading, anchor and text) exists once.
   */
  id: string;
  /** Reference of the document (`checklists/<slug>`, …). */
  reference: string;
  heading: string;
  /** Anchor of the section on the version's page; absent for the start of the document. */
  anchor?: string;
  text: string;
  /**
   * The title indexed with the passage: the version's title on the first passage of each version
   * (a document's title is indexed once per version, not with every passage), '' elsewhere.
   */
  indexedTitle: string;
}
