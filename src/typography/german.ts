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
 * src/typography/stage.ts to the text of every built page (interface strings included).
 */

export const NBSP = '\u00a0';

const CITATION = /(?<![\p{L}\p{N}])(§§?|Art\.|Abs\.|Nr\.|S\.|Anl\.|UAbs\.|Buchst\.)[ \t]+(?=[\p{N}IVX])/gu;
const UNIT = /(\d)[ \t]+(€|EUR|Euro|Cent|%|Prozent|km|kg|m²|Tage?n?|Wochen?|Monate?n?|Jahre?n?|Stunden?|Minuten?|Seiten?)(?![\p{L}\p{N}])/gu;
const ISO_DATE = /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}-])/gu;
const QUOTED = /"([^"\n]+)"/g;

/** A text without any of these needs no typesetting. */
const QUICK = /[§\d"]|Art\.|Abs\.|Nr\.|S\./;
// Each rule runs only where its pattern can match (a citation word ends in "§" or ".", a unit
// follows a digit): on a 5,000-document build most text segments pass no rule at all.
const CITATION_HINT = /[§.][ \t]/;
const UNIT_HINT = /\d[ \t]/;
const ISO_DATE_HINT = /\d{4}-\d{2}-\d{2}/;

/** No-break spaces after citation words and before units; dates as DD.MM.YYYY; German quotes. */
export function germanTypography(text: string): string {
  if (!QUICK.test(text)) return text;
  let out = text;
  if (CITATION_HINT.test(out)) out = out.replace(CITATION, `$1${NBSP}`);
  if (UNIT_HINT.test(out)) out = out.replace(UNIT, `$1${NBSP}$2`);
  if (ISO_DATE_HINT.test(out)) out = out.replace(ISO_DATE, (_m, y: string, mo: string, d: string) => `${d}.${mo}.${y}`);
  if (out.includes('"')) out = out.replace(QUOTED, '„$1“');
  return out;
}

/** Elements whose text is code, data or a form value, never typeset. */
export const RAW_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'var']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<!--[\s\S]*?-->|<!doctype[^>]*>/gi;
/** A tag that may carry a readable attribute (READABLE_ATTR or a meta description). */
const MAY_READ = /\b(?:title|alt|aria-label|placeholder)="|^<meta\b/;

/**
 * Applies germanTypography to the text of an HTML page: the text between tags, outside
 * script, style, code, pre, kbd, samp and textarea, and readable attributes (title, alt,
 * aria-label, placeholder, content of <meta name="description">). Markup and data attributes
 * stay byte for byte as they were.
 *
 * One pass over the tags (the build's typography stage runs it on every page): a text segment
 * or tag is looked at only when it can change, and the page is copied only around the changes.
 */
export function typesetHtml(html: string): string {
  let out = '';
  let copied = 0;
  let rawUntil: string | undefined;
  let at = 0;
  const tag = new RegExp(TAG);
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const start = m.index;
    if (!rawUntil && start > at) {
      const text = html.slice(at, start);
      const typeset = typesetText(text);
      if (typeset !== text) {
        out += html.slice(copied, at) + typeset;
        copied = start;
      }
    }
    const source = m[0];
    at = start + source.length;
    const name = m[2]?.toLowerCase();
    if (rawUntil) {
      if (m[1] === '/' && name === rawUntil) rawUntil = undefined;
    } else if (name && !m[1]) {
      if (RAW_ELEMENTS.has(name) && !source.endsWith('/>')) rawUntil = name;
      if (MAY_READ.test(source)) {
        const typeset = typesetAttributes(source);
        if (typeset !== source) {
          out += html.slice(copied, start) + typeset;
          copied = at;
        }
      }
    }
  }
  if (!rawUntil && at < html.length) {
    const text = html.slice(at);
    const typeset = typesetText(text);
    if (typeset !== text) {
      out += html.slice(copied, at) + typeset;
      copied = html.length;
    }
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/** Text between tags: Astro writes a double quote as &quot;, which is a plain " in text. */
function typesetText(text: string): string {
  if (!QUICK.test(text) && !text.includes('&quot;')) return text;
  return germanTypography(text.includes('&quot;') ? text.replaceAll('&quot;', '"') : text);
}

const READABLE_ATTR = /\b(title|alt|aria-label|placeholder)="([^"]*)"/g;

function typesetAttributes(tag: string): string {
  if (!tag.includes('="')) return tag;
  let result = tag.replace(READABLE_ATTR, (_m, name: string, value: string) => `${name}="${germanTypography(value)}"`);
  if (/^<meta\b[^>]*name="description"/.test(result)) result = result.replace(/\bcontent="([^"]*)"/, (_m, v: string) => `content="${germanTypography(v)}"`);
  return result;
}
