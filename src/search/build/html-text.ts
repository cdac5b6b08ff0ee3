/**
 * Just enough HTML handling for the index stage, over the HTML that Astro wrote: find an element,
 * walk text between tags (quotes in attributes respected, script/style skipped), decode entities.
 * No DOM: 5,000 pages must be read in a second or two.
 */

export interface Chunk {
  kind: 'tag' | 'text';
  value: string;
}

/** Splits HTML into tags and text; <script>/<style> bodies and comments count as tags. */
export function chunks(html: string): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.push({ kind: 'text', value: html.slice(i) });
      break;
    }
    if (lt > i) out.push({ kind: 'text', value: html.slice(i, lt) });
    const end = tagEnd(html, lt);
    const tag = html.slice(lt, end);
    const raw = /^<(script|style)\b/i.exec(tag);
    if (raw) {
      const closing = new RegExp(`</${raw[1]}`, 'gi');
      closing.lastIndex = end;
      const close = closing.exec(html)?.index ?? -1;
      const stop = close === -1 ? html.length : tagEnd(html, close);
      out.push({ kind: 'tag', value: html.slice(lt, stop) });
      i = stop;
    } else {
      out.push({ kind: 'tag', value: tag });
      i = end;
    }
  }
  return out;
}

function tagEnd(html: string, start: number): number {
  if (html.startsWith('<!--', start)) {
    const close = html.indexOf('-->', start + 4);
    return close === -1 ? html.length : close + 3;
  }
  let quote = '';
  for (let j = start + 1; j < html.length; j += 1) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return html.length;
}

/** The element that starts at the first match of `openTag` (e.g. /<main\b/), with its end tag. */
export function elementAt(html: string, openTag: RegExp): { start: number; end: number } | undefined {
  const m = openTag.exec(html);
  if (!m) return undefined;
  const name = /^<([a-z0-9-]+)/i.exec(m[0])?.[1]?.toLowerCase();
  if (!name) return undefined;
  const pattern = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  pattern.lastIndex = m.index;
  let depth = 0;
  for (let t = pattern.exec(html); t; t = pattern.exec(html)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return { start: m.index, end: t.index + t[0].length };
  }
  return undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '\u00AD' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return NAMED[body.toLowerCase()] ?? all;
  });
}

const attributePatterns = new Map<string, RegExp>();

/** Reads one attribute from a start tag. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}(?:=("([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=[\\s/>])`, 'i');
    attributePatterns.set(name, pattern);
  }
  const m = pattern.exec(tag);
  if (!m) return undefined;
  return decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
}
