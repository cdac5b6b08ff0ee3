/**
 * The document kinds of the content model (CONTENT-MODEL.md), in one place: where their files
 * live, how references and URLs name them, what authors call them, and which schema checks
 * them. Plain TypeScript without `astro:*`, so the checker, `npm run new`, the build and the
 * browser editor (src/editor/) all ask the same table instead of spelling kinds out.
 *
 * The schemas are looked up by kind in ./schemas.ts, not carried here: the site's browser
 * scripts ask this table for URLs, and zod in a page bundle probes `new Function` (an eval the
 * pages' Content-Security-Policy forbids and reports).
 */

export type KindId = 'checklist' | 'guideline' | 'briefing' | 'track';
export type VersionedKindId = 'checklist' | 'guideline';

export interface KindInfo<K extends KindId = KindId> {
  id: K;
  /** Folder below the content root, as path segments (`content/guidelines`). */
  folder: readonly string[];
  /** `checklists` in `checklists/<slug>`; also the Astro collection name. */
  refPrefix: 'checklists' | 'guidelines' | 'briefings' | 'tracks';
  /** Public URL section, with slashes (`/checklisten/`). */
  urlSection: string;
  /** German names authors read. */
  label: string;
  plural: string;
  /** Grammatical gender of the label, for „neue Checkliste“ / „neuer Leitfaden“ / „neuer Einarbeitungspfad“. */
  gender: 'f' | 'm';
  /** One file per version (`<slug>/v<N>.mdx`) or one file per document (`<slug>.mdx`). */
  versioned: boolean;
}

export const KINDS: readonly KindInfo[] = [
  {
    id: 'checklist',
    folder: ['checklists'],
    refPrefix: 'checklists',
    urlSection: '/checklisten/',
    label: 'Checkliste',
    plural: 'Checklisten',
    gender: 'f',
    versioned: true,
  },
  {
    id: 'guideline',
    folder: ['content', 'guidelines'],
    refPrefix: 'guidelines',
    urlSection: '/leitfaeden/',
    label: 'Leitfaden',
    plural: 'Leitfäden',
    gender: 'm',
    versioned: true,
  },
  {
    id: 'briefing',
    folder: ['content', 'briefings'],
    refPrefix: 'briefings',
    urlSection: '/rechtsaenderungen/',
    label: 'Rechtsänderung',
    plural: 'Rechtsänderungen',
    gender: 'f',
    versioned: false,
  },
  {
    id: 'track',
    folder: ['content', 'tracks'],
    refPrefix: 'tracks',
    urlSection: '/einarbeitung/',
    label: 'Einarbeitungspfad',
    plural: 'Einarbeitungspfade',
    gender: 'm',
    versioned: false,
  },
];

export const KIND_IDS = KINDS.map((k) => k.id);

export function kind(id: KindId): KindInfo {
  const found = KINDS.find((k) => k.id === id);
  if (!found) throw new Error(`unknown kind ${id}`);
  return found;
}

/** `checklists` → the checklist kind; undefined for other words. */
export function kindByRefPrefix(prefix: string): KindInfo | undefined {
  return KINDS.find((k) => k.refPrefix === prefix);
}

/** `checklisten` (URL section without slashes) → the checklist kind. */
export function kindByUrlSection(section: string): KindInfo | undefined {
  return KINDS.find((k) => k.urlSection === `/${section}/`);
}

/** Folder below the content root with forward slashes (`content/guidelines`). */
export function folderPath(k: KindInfo): string {
  return k.folder.join('/');
}

/** `checklists|guidelines|briefings|tracks`, for regular expressions over references. */
export const REF_PREFIX_PATTERN = KINDS.map((k) => k.refPrefix).join('|');

const fold = (word: string) => word.trim().toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');

/**
 * The kind an author means by a word: the German label or plural (Checkliste, Leitfäden,
 * Rechtsänderung, Einarbeitungspfad; with or without umlauts, any case), the English id
 * (checklist) or the reference prefix (checklists).
 */
export function kindFromWord(word: string): KindInfo | undefined {
  const w = fold(word);
  return KINDS.find((k) => [k.id, k.refPrefix, k.label, k.plural].some((name) => fold(name) === w));
}
