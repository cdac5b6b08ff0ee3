/**
 * Typography of legal German for text a reader sees (content and interface alike):
 *
 * - a no-break space after §, §§, Art., Abs., Nr., S. (and Anl., UAbs., Buchst.) when a number
 *   or a Roman numeral follows, so "§" never stands alone at the end of a line:
 *   "§ 81 Abs. 4 AufenthG" → "§ 81 Abs. 4 AufenthG" with U+00A0 after "§" and "Abs.";
 * - a no-break space between a number and its unit or currency: "45.300 €", "12 Monate", "3 %";
 * - German quotation marks for straight double quotes: "Turbo" → „Turbo“;
 * - dates in one form, DD.MM.YYYY: "2026-06-12" → "12.06.2026".
 *
 * Pure string functions; src/markdown/typography.ts applies them to the text nodes of content,
 * src/middleware.ts to the text of every rendered page (interface strings included).
 */

export const NBSP = '\u00a0';

const CITATION = /(?<![\p{L}\p{N}])(§§?|Art\.|Abs\.|Nr\.|S\.|Anl\.|UAbs\.|Buchst\.)[ \t]+(?=[\p{N}IVX])/gu;
const UNIT = /(\d)[ \t]+(€|EUR|Euro|Cent|%|Prozent|km|kg|m²|Tage?n?|Wochen?|Monate?n?|Jahre?n?|Stunden?|Minuten?|Seiten?)(?![\p{L}\p{N}])/gu;
const ISO_DATE = /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}-])/gu;
const QUOTED = /"([^"\n]+)"/g;

/** No-break spaces after citation words and before units; dates as DD.MM.YYYY; German quotes. */
export function germanTypography(text: string): string {
  if (!/[§\d"]|Art\.|Abs\.|Nr\.|S\./.test(text)) return text;
  return text
    .replace(CITATION, `$1${NBSP}`)
    .replace(UNIT, `$1${NBSP}$2`)
    .replace(ISO_DATE, (_m, y: string, mo: string, d: string) => `${d}.${mo}.${y}`)
    .replace(QUOTED, '„$1“');
}

/** Elements whose text is code, data or a form value, never typeset. */
export const RAW_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'var']);

/**
 * Applies germanTypography to the text of an HTML page: the text between tags, outside
 * script, style, code, pre, kbd, samp and textarea, and readable attributes (title, alt,
 * aria-label, placeholder, content of <meta name="description">). Markup and data attributes
 * stay byte for byte as they were.
 */
export function typesetHtml(html: string): string {
  const out: string[] = [];
  let rawUntil: string | undefined;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<!--[\s\S]*?-->|<!doctype[^>]*>/gi;
  let at = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const text = html.slice(at, m.index);
    out.push(rawUntil ? text : typesetText(text));
    const name = m[2]?.toLowerCase();
    if (rawUntil) {
      if (m[1] === '/' && name === rawUntil) rawUntil = undefined;
      out.push(m[0]);
    } else {
      if (name && !m[1] && RAW_ELEMENTS.has(name) && !m[0].endsWith('/>')) rawUntil = name;
      out.push(name && !m[1] ? typesetAttributes(m[0]) : m[0]);
    }
    at = m.index + m[0].length;
  }
  out.push(rawUntil ? html.slice(at) : typesetText(html.slice(at)));
  return out.join('');
}

/** Text between tags: Astro writes a double quote as &quot;, which is a plain " in text. */
function typesetText(text: string): string {
  return germanTypography(text.includes('&quot;') ? text.replaceAll('&quot;', '"') : text);
}

const READABLE_ATTR = /\b(title|alt|aria-label|placeholder)="([^"]*)"/g;

function typesetAttributes(tag: string): string {
  if (!tag.includes('="')) return tag;
  let result = tag.replace(READABLE_ATTR, (_m, name: string, value: string) => `${name}="${germanTypography(value)}"`);
  if (/^<meta\b[^>]*name="description"/.test(result)) result = result.replace(/\bcontent="([^"]*)"/, (_m, v: string) => `content="${germanTypography(v)}"`);
  return result;
}
