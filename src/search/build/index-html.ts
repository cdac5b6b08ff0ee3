/**
 * What Pagefind gets for one page. The published HTML stays as it is; the index sees a copy of
 * its <main> in which
 *
 * - compounds carry split marks: "Aufenthalts\u00AD-erlaubnis". Pagefind indexes a hyphenated
 *   word as a whole ("aufenthaltserlaubnis") and as its parts ("aufenthalts", "erlaubnis", at half
 *   weight), so a search for "Erlaubnis" finds the compound. The soft hyphen in front of the
 *   hyphen makes the mark unique; the browser removes "\u00AD-" from titles and excerpts
 *   (src/search/browser/excerpt.ts), so readers never see it;
 * - filters and metadata come from the page's `data-search-facets` (src/search/build/pagefind.ts),
 *   plus one search word per cited provision (src/search/analysis/citation-tokens.ts);
 * - the title (h1) and the summary (p.lead) get higher weights than body text;
 * - <label> becomes <span>: Pagefind never indexes label text, but checklist items are the
 *   labels of their checkboxes.
 *
 * Pages are read in one pass over their tags (html-text.ts); the text outside ignored and
 * excluded elements feeds the word list, the citations and the spelling vocabulary.
 */
import { findCitations } from '../../norms/parse.ts';
import type { LawRef } from '../../norms/types.ts';
import type { Decompounder } from './decompound.ts';
import { provisionTokens } from '../analysis/citation-tokens.ts';
import { FACETS_ATTRIBUTE, type SearchFacets } from './pagefind.ts';
import { attribute, chunks, decodeEntities, elementAt, type Chunk } from './html-text.ts';
import { escapeHtml } from '../../site/escape-html.ts';

export const SPLIT_MARK = '\u00AD-';

export const WEIGHTS = { title: 10, summary: 5 } as const;

export interface IndexablePage {
  url: string;
  facets?: SearchFacets;
  /** The <main> element as published, in chunks. */
  main: Chunk[];
  /** Readable text of <main> without ignored and excluded elements. */
  text: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style']);
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'strong',
  'em',
  'i',
  'span',
  'mark',
  'code',
  'small',
  'sub',
  'sup',
  'time',
  'q',
  'cite',
  'dfn',
  'kbd',
  's',
  'u',
  'wbr',
]);

/** A tiny matcher for the selector forms used in EXCLUDE_SELECTORS: tag, .class, [attr], [attr="v"]. */
export function selectorMatcher(selectors: readonly string[]): (name: string, tag: string) => boolean {
  const tags = new Set<string>();
  const classes = new Set<string>();
  const attrs: [string, string | undefined][] = [];
  for (const s of selectors) {
    const attr = /^\[([\w-]+)(?:="([^"]*)")?\]$/.exec(s);
    if (attr) attrs.push([attr[1], attr[2]]);
    else if (s.startsWith('.')) classes.add(s.slice(1));
    else tags.add(s.toLowerCase());
  }
  return (name, tag) => {
    if (tags.has(name)) return true;
    if (classes.size > 0) {
      const cls = attribute(tag, 'class');
      if (cls && cls.split(/\s+/).some((c) => classes.has(c))) return true;
    }
    for (const [a, v] of attrs) {
      if (!tag.includes(a)) continue;
      const value = attribute(tag, a);
      if (value !== undefined && (v === undefined || value === v)) return true;
    }
    return false;
  };
}

/** The searchable part of a page, or undefined when the page is not marked for search. */
export function readPage(html: string, url: string, excluded: (name: string, tag: string) => boolean = () => false): IndexablePage | undefined {
  const range = elementAt(html, /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/i);
  if (!range) return undefined;
  const main = chunks(html.slice(range.start, range.end));
  let facets: SearchFacets | undefined;
  const stack: { name: string; ignored: boolean }[] = [];
  let text = '';
  for (const c of main) {
    const ignored = stack.length > 0 && stack[stack.length - 1].ignored;
    if (c.kind === 'text') {
      if (!ignored) text += c.value;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(c.value);
    if (!m) continue;
    const name = m[2].toLowerCase();
    if (!INLINE.has(name)) text += ' ';
    if (m[1]) {
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (!facets && c.value.includes(FACETS_ATTRIBUTE)) {
      const json = attribute(c.value, FACETS_ATTRIBUTE);
      if (json) facets = JSON.parse(json) as SearchFacets;
    }
    // Void elements have no end tag; a script or style chunk already contains its own.
    if (VOID.has(name) || RAW.has(name) || c.value.endsWith('/>')) continue;
    stack.push({ name, ignored: ignored || c.value.includes('data-pagefind-ignore') || excluded(name, c.value) });
  }
  return { url, facets, main, text: decodeEntities(text).replace(/\s+/g, ' ').trim() };
}

/** Inserts split marks into every compound of the text between tags. */
export function markCompounds(main: readonly Chunk[], decompounder: Decompounder): string {
  let out = '';
  for (const c of main) {
    out += c.kind === 'tag' ? c.value : c.value.replace(/&[#a-z0-9]+;|\p{L}{7,}/giu, (word) => (word[0] === '&' ? word : markWord(word, decompounder)));
  }
  return out;
}

export function markWord(word: string, decompounder: Decompounder): string {
  const segments = decompounder.split(word);
  if (!segments || word.toLocaleLowerCase('de').length !== word.length) return word;
  let at = 0;
  const pieces: string[] = [];
  for (const s of segments) {
    pieces.push(word.slice(at, at + s.surface.length));
    at += s.surface.length;
  }
  return at === word.length ? pieces.join(SPLIT_MARK) : word;
}

/** Search words for every provision cited in the text. */
export function citationTokens(text: string, laws: readonly LawRef[]): string[] {
  const tokens = new Set<string>();
  for (const c of findCitations(text, laws)) for (const p of c.provisions) for (const t of provisionTokens(p)) tokens.add(t);
  return [...tokens];
}

/** The HTML document handed to Pagefind for one page. */
export function indexDocument(page: IndexablePage, decompounder: Decompounder, laws: readonly LawRef[]): string {
  const hidden: string[] = [];
  for (const [name, values] of Object.entries(page.facets?.filters ?? {})) {
    for (const value of values) hidden.push(`<span data-pagefind-filter="${escapeHtml(name)}">${escapeHtml(value)}</span>`);
  }
  for (const [name, value] of Object.entries(page.facets?.meta ?? {})) {
    if (value) hidden.push(`<span data-pagefind-meta="${escapeHtml(name)}">${escapeHtml(value)}</span>`);
  }
  const cited = citationTokens(page.text, laws);
  if (cited.length > 0) hidden.push(`<span data-pagefind-meta="zitate">${cited.join(' ')}</span>`);
  let main = markCompounds(page.main, decompounder);
  // Pagefind skips <label> text, and checklist items are labels of their checkboxes.
  main = main.replace(/<(\/?)label\b/gi, '<$1span');
  main = main.replace(/<h1\b/i, `<h1 data-pagefind-weight="${WEIGHTS.title}"`);
  main = main.replace(/<p\b([^>]*\bclass="[^"]*\blead\b)/i, `<p data-pagefind-weight="${WEIGHTS.summary}"$1`);
  const open = main.indexOf('>') + 1;
  // Plain data-pagefind-ignore: the text is not indexed, but filters and metadata still count
  // (data-pagefind-ignore="all" would drop them too).
  main = `${main.slice(0, open)}<div data-pagefind-ignore>${hidden.join('')}</div>${main.slice(open)}`;
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Lotse</title></head><body>${main}</body></html>`;
}
