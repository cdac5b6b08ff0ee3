/**
 * "Was galt am …?" for the whole site: the compact data of `/api/stand.json` and the lookup the
 * /stand/ page runs in the browser. The page itself stays the same size whatever the corpus;
 * only this JSON grows (one short line per document).
 */
import { validityOf, versionIndexOn, type ValidityStatus } from '../model/validity.ts';

export interface StandDocument {
  ref: string;
  type: 'checklist' | 'guideline';
  title: string;
  url: string;
  /** `[version number, validFrom]`, in version order. */
  versions: [number, string][];
}

export interface StandData {
  generated: string;
  documents: StandDocument[];
}

export interface StandRow {
  doc: StandDocument;
  /** The version that applied on the date; undefined when none applied yet. */
  version?: number;
  url?: string;
  validFrom?: string;
  validUntil?: string | null;
  /** Status of that version today (it may have been superseded since). */
  today?: ValidityStatus;
  /** First day of the first version (for documents that did not exist yet). */
  firstFrom: string;
}

export function standRows(documents: readonly StandDocument[], date: string, today: string): StandRow[] {
  return documents.map((doc) => {
    const froms = doc.versions.map(([, from]) => from);
    const index = versionIndexOn(froms, date);
    const firstFrom = froms[0] ?? date;
    if (index < 0) return { doc, firstFrom };
    const entry = doc.versions[index]!;
    const validity = validityOf(froms, index, today);
    return {
      doc,
      version: entry[0],
      url: `${doc.url}v${entry[0]}/`,
      validFrom: validity.validFrom,
      validUntil: validity.validUntil,
      today: validity.status,
      firstFrom,
    };
  });
}

/** Case- and accent-insensitive title filter ("einburgerung" finds "Einbürgerung"). */
export function matchesFilter(doc: StandDocument, filter: string): boolean {
  const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const needle = fold(filter.trim());
  return needle === '' || fold(`${doc.title} ${doc.ref}`).includes(needle);
}
