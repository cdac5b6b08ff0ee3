/**
 * The Normen-Register: every provision our documents cite – in frontmatter `legalBasis` and in the
 * body text – filed by law and paragraph, with the documents that cite it ("which of our
 * documents depend on § 81 AufenthG?"). Pure and linear in the corpus: each source is parsed
 * once; the pages read the result (src/briefings/site-data.ts memoizes it per build).
 *
 * What counts as a citing document: the current and the announced versions of checklists and
 * guidelines (superseded versions no longer depend on anything), briefings (their `legalBasis`
 * is what changes), tracks (body text) and glossary entries (`legalBasis`).
 */
import { findCitations, parseCitation } from './parse.ts';
import { formatProvision, lawUrl } from './links.ts';
import type { LawRef, Provision, Unit } from './types.ts';

export type CiterKind = 'checklist' | 'guideline' | 'briefing' | 'track' | 'glossary';

/** One text that may cite provisions: a document version, a briefing, a track, a glossary entry. */
export interface CitingSource {
  /** Identity of the citing document; sources with the same ref are merged (versions of one document). */
  ref: string;
  kind: CiterKind;
  title: string;
  url: string;
  legalBasis: readonly string[];
  /** MDX body, or '' for sources without one. */
  body: string;
  /** Set for announced versions: shown when the document cites the provision only there. */
  announced?: string;
}

export type CitedVia = 'legalBasis' | 'text';

export interface Citer {
  ref: string;
  kind: CiterKind;
  title: string;
  url: string;
  /** The cited provisions in house form, e.g. "§ 81 Abs. 4 Satz 1 AufenthG". */
  provisions: string[];
  via: CitedVia[];
  /** Present when only an announced version cites the paragraph. */
  announced?: string;
}

export interface ParagraphEntry {
  law: string;
  unit: Unit;
  paragraph: string;
  /** "§ 81 AufenthG" / "Art. 16a GG". */
  label: string;
  heading?: string;
  officialUrl?: string;
  registerUrl: string;
  citers: Citer[];
}

export interface LawEntry {
  abbr: string;
  name: string;
  slug: string;
  url: string;
  paragraphs: ParagraphEntry[];
  /** Distinct citing documents across all paragraphs. */
  documents: number;
}

export interface LawInfo extends LawRef {
  name: string;
}

/** URL segment of a law: "AufenthG" → "aufenthg", "FreizügG/EU" → "freizuegg-eu", "SGB II" → "sgb-ii". */
export function lawSlug(abbr: string): string {
  return abbr
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function lawRegisterUrl(abbr: string): string {
  return `/normen/${lawSlug(abbr)}/`;
}

export function paragraphRegisterUrl(p: Pick<Provision, 'law' | 'paragraph'>): string {
  return `${lawRegisterUrl(p.law)}${p.paragraph}/`;
}

/** Paragraph order as in the law: 4 < 4a < 5 < 10 < 10a. */
export function compareParagraphs(a: string, b: string): number {
  const [, na = '0', la = ''] = /^(\d+)([a-z]*)$/.exec(a) ?? [];
  const [, nb = '0', lb = ''] = /^(\d+)([a-z]*)$/.exec(b) ?? [];
  return Number(na) - Number(nb) || la.localeCompare(lb);
}

/** Fenced and inline code are examples, not citations. */
function prose(body: string): string {
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

interface Found {
  provision: Provision;
  via: CitedVia;
}

function citationsOf(source: CitingSource, laws: readonly LawRef[]): Found[] {
  const found: Found[] = [];
  for (const text of source.legalBasis) {
    const parsed = parseCitation(text, laws);
    if (parsed.ok) for (const provision of parsed.citation.provisions) found.push({ provision, via: 'legalBasis' });
  }
  if (source.body) {
    for (const citation of findCitations(prose(source.body), laws)) for (const provision of citation.provisions) found.push({ provision, via: 'text' });
  }
  return found;
}

export interface RegisterOptions {
  /** Paragraph heading from the consolidated law text (src/norms/norms.ts `headingOf`). */
  headingOf?: (p: Pick<Provision, 'law' | 'paragraph'>) => string | undefined;
}

export function buildNormRegister(sources: readonly CitingSource[], laws: readonly LawInfo[], options: RegisterOptions = {}): LawEntry[] {
  const paragraphs = new Map<string, ParagraphEntry>();
  const citers = new Map<string, Map<string, Citer>>();
  for (const source of sources) {
    for (const { provision, via } of citationsOf(source, laws)) {
      const key = `${provision.law} ${provision.unit} ${provision.paragraph}`;
      let entry = paragraphs.get(key);
      if (!entry) {
        const heading = options.headingOf?.(provision);
        const officialUrl = lawUrl(provision, laws);
        entry = {
          law: provision.law,
          unit: provision.unit,
          paragraph: provision.paragraph,
          label: `${provision.unit} ${provision.paragraph} ${provision.law}`,
          ...(heading ? { heading } : {}),
          ...(officialUrl ? { officialUrl } : {}),
          registerUrl: paragraphRegisterUrl(provision),
          citers: [],
        };
        paragraphs.set(key, entry);
        citers.set(key, new Map());
      }
      const byRef = citers.get(key) as Map<string, Citer>;
      let citer = byRef.get(source.ref);
      if (!citer) {
        citer = {
          ref: source.ref,
          kind: source.kind,
          title: source.title,
          url: source.url,
          provisions: [],
          via: [],
          ...(source.announced ? { announced: source.announced } : {}),
        };
        byRef.set(source.ref, citer);
        entry.citers.push(citer);
      } else if (!source.announced) {
        // A current version cites it too: the dependency is not only announced.
        delete citer.announced;
        citer.title = source.title;
        citer.url = source.url;
      }
      const text = formatProvision(provision);
      if (!citer.provisions.includes(text)) citer.provisions.push(text);
      if (!citer.via.includes(via)) citer.via.push(via);
    }
  }
  const result: LawEntry[] = [];
  for (const law of laws) {
    const own = [...paragraphs.values()].filter((p) => p.law === law.abbr).sort((a, b) => compareParagraphs(a.paragraph, b.paragraph));
    if (own.length === 0) continue;
    for (const p of own) p.citers.sort((a, b) => a.title.localeCompare(b.title, 'de') || a.ref.localeCompare(b.ref));
    result.push({
      abbr: law.abbr,
      name: law.name,
      slug: lawSlug(law.abbr),
      url: lawRegisterUrl(law.abbr),
      paragraphs: own,
      documents: new Set(own.flatMap((p) => p.citers.map((c) => c.ref))).size,
    });
  }
  return result;
}

/** Citing documents listed inline on a law page at most, per paragraph. */
export const INLINE_CITERS = 5;
/**
 * Above this many inline entries, or this many paragraphs, a law page switches to one row per
 * paragraph: a paragraph block costs about 0.7 KB and an inline entry 0.2 KB of HTML, so a list
 * page stays near 50 KB at most (the budget for the largest page is 60 KB).
 */
export const INLINE_BUDGET = 120;
export const MAX_LIST_PARAGRAPHS = 40;
/** Documents per page on a paragraph page. */
export const CITERS_PER_PAGE = 100;

/**
 * How a law page shows its paragraphs: with the first documents of each ('lists') while that
 * stays small, otherwise one table row per paragraph ('table'); the documents are then one click
 * away on the paragraph page. Keeps /normen/<law>/ small whatever the corpus size.
 */
export function lawPageMode(law: Pick<LawEntry, 'paragraphs'>): 'lists' | 'table' {
  const inline = law.paragraphs.reduce((sum, p) => sum + Math.min(p.citers.length, INLINE_CITERS), 0);
  return inline <= INLINE_BUDGET && law.paragraphs.length <= MAX_LIST_PARAGRAPHS ? 'lists' : 'table';
}

/** Splits a list into pages of `size`; always at least one (possibly empty) page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * Paragraph rows per page of a law page in table mode (about 0.2 KB each): a law with thousands
 * of cited paragraphs, such as the BGB in the 5,000-document benchmark, continues on
 * /normen/<law>/seite-2/ and so on.
 */
export const LAW_ROWS_PER_PAGE = 150;

/** URL of page `n` (1-based) of a law page. */
export function lawPageUrl(law: Pick<LawEntry, 'url'>, n: number): string {
  return n <= 1 ? law.url : `${law.url}seite-${n}/`;
}

/** URL of page `n` (1-based) of a paragraph's documents. */
export function paragraphPageUrl(p: Pick<ParagraphEntry, 'registerUrl'>, n: number): string {
  return n <= 1 ? p.registerUrl : `${p.registerUrl}seite-${n}/`;
}
