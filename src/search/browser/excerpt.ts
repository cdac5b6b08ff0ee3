/**
 * Readable titles and excerpts from what Pagefind returns (pure, browser):
 * - the split marks of the index ("Aufenthalts\u00AD-erlaubnis", index-html.ts) are removed;
 * - Pagefind marks whole words with their punctuation ("<mark>Einbürgerung.</mark>"); the mark
 *   is narrowed to the word;
 * - for a citation search, the excerpt is cut around the cited paragraph and marks it.
 */
import type { QueryProvision } from '../../norms/types.ts';
import { escapeHtml } from '../../site/escape-html.ts';

const SPLIT = /\u00AD-/g;

export function cleanText(text: string): string {
  return text.replace(SPLIT, '');
}

/** Tidies a Pagefind excerpt (HTML with <mark>; entities already escaped by Pagefind). */
export function tidyExcerpt(html: string): string {
  return cleanText(html)
    .replace(/<mark>([(„"»]+)/g, '$1<mark>')
    .replace(/([.,;:!?)“"«]+)<\/mark>/g, '</mark>$1')
    .replace(/<mark><\/mark>/g, '')
    .replace(/\u00AD/g, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An excerpt around the first mention of one of the provisions ("§ 81 Abs. 4 AufenthG",
 * "§§ 25a, 25b AufenthG"), with about `words` words around it and the citation marked.
 */
export function citationExcerpt(content: string, provisions: readonly QueryProvision[], words = 24): string | undefined {
  const text = cleanText(content);
  const numbers = provisions.map((p) => escapeRegExp(p.paragraph)).join('|');
  if (!numbers) return undefined;
  const law = provisions.find((p) => p.law)?.law;
  const pattern = new RegExp(
    `(?:§§?|Art\\.?)\\s*(?:[\\p{L}\\p{N}.,]+\\s+){0,8}?(?:${numbers})(?![\\p{N}\\p{L}])(?:[^;)]{0,60}?${law ? `\\b${escapeRegExp(law)}\\b` : ''})?`,
    'u',
  );
  const m = pattern.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const lead = /(?:\S+\s+){0,8}\S*$/.exec(before)?.[0] ?? '';
  const tail = new RegExp(`^(?:\\s*\\S+){0,${Math.max(0, words - 8)}}`).exec(after)?.[0] ?? '';
  const start = lead.length < before.length ? '… ' : '';
  const end = tail.length < after.length ? ' …' : '';
  return `${start}${escapeHtml(lead)}<mark>${escapeHtml(m[0])}</mark>${escapeHtml(tail)}${end}`;
}
