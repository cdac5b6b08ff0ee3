/**
 * Canonical text, stable keys and official URLs for provisions.
 *
 *   formatProvision(§ 81 IV 1 AufenthG)  → "§ 81 Abs. 4 Satz 1 AufenthG"
 *   provisionKey(§ 81 Abs. 4 AufenthG)   → "AufenthG § 81"
 *   lawUrl(§ 81 AufenthG)                → https://www.gesetze-im-internet.de/aufenthg_2004/__81.html
 *   lawUrl(Art. 16a GG)                  → https://www.gesetze-im-internet.de/gg/art_16a.html
 *
 * gesetze-im-internet.de names a paragraph page `__<n>.html` and an article page
 * `art_<n>.html` (gg/art_1.html, gg/art_20a.html); both take the letter suffix as
 * written (__60a.html, art_16a.html). Pages exist per paragraph only, so sub-units
 * and the end of a range do not change the URL.
 */
import type { LawRef, Provision, QueryProvision } from './types.ts';

const BASE = 'https://www.gesetze-im-internet.de';

export function lawUrl(p: Provision, laws: readonly LawRef[]): string | undefined {
  const law = laws.find((l) => l.abbr === p.law);
  if (!law) return undefined;
  const page = p.unit === 'Art.' ? `art_${p.paragraph}` : `__${p.paragraph}`;
  return `${BASE}/${encodeURIComponent(law.slug)}/${page}.html`;
}

/** "§ 81" / "§§ 240 bis 279a" / "Art. 16a", without sub-units or law. */
function paragraphPart(p: QueryProvision): string {
  if (p.paragraphTo) return `${p.unit === '§' ? '§§' : 'Art.'} ${p.paragraph} bis ${p.paragraphTo}`;
  return `${p.unit} ${p.paragraph}`;
}

const LABELS: [keyof Provision, string][] = [
  ['absatz', 'Abs.'],
  ['satz', 'Satz'],
  ['halbsatz', 'Halbsatz'],
  ['nummer', 'Nr.'],
  ['buchstabe', 'Buchst.'],
  ['alternative', 'Alt.'],
];

/** The provision in the house form: "§ 10 Abs. 1 Satz 1 Nr. 3 Buchst. a StAG". */
export function formatProvision(p: QueryProvision): string {
  const parts = [paragraphPart(p)];
  for (const [field, label] of LABELS) {
    const value = p[field];
    if (value !== undefined) parts.push(`${label} ${value}`);
  }
  if (p.following) parts.push(p.following);
  if (p.law) parts.push(p.law);
  return parts.join(' ');
}

/** Key of the paragraph a provision belongs to ("AufenthG § 81"), for the Normen-Register and search filters. */
export function provisionKey(p: Provision): string {
  return `${p.law} ${p.unit} ${p.paragraph}`;
}

/** "§ 81 AufenthG" – the paragraph a link points to, as shown in link titles. */
export function formatParagraph(p: Provision): string {
  return `${p.unit} ${p.paragraph} ${p.law}`;
}
