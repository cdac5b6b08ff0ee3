/**
 * /api/suchindex.json: the retrieval export for the office's planned chatbot (format in
 * docs/suchindex.md). A serialized lunr index over passages plus the documents with their
 * versions (validity, URL) and passages, so that a client can search without this site's code
 * and answer with the version that applied on a given day. Written by the index stage.
 *
 * Format 2: a passage that several versions share is stored and indexed once; each version
 * lists its passages. Fields that say nothing are left out (see the format description).
 */
import type { DocumentEntry, SearchCorpus, VersionEntry } from './corpus.ts';
import { FIELDS } from './corpus.ts';
import type { Passage } from './passages.ts';
import type { LawRef } from '../../norms/types.ts';

export const FORMAT = 'lotse-suchindex';
export const FORMAT_VERSION = 2;

export interface ExportedVersion {
  version: number | null;
  /** Only where it differs from the document's title. */
  title?: string;
  status: VersionEntry['status'];
  /** Briefings only: announced, in-force, superseded or expired (src/model/briefing-status.ts). */
  briefingStatus?: VersionEntry['briefingStatus'];
  validFrom: string | null;
  validUntil: string | null;
  url: string;
  /** Only where they differ from the document's teams. */
  teams?: string[];
  /** The legal basis as cited (only where there is one). */
  legalBasis?: string[];
  passages: string[];
}

export interface ExportedPassage {
  id: string;
  heading?: string;
  anchor?: string;
  text: string;
}

export interface ExportedDocument {
  reference: string;
  type: DocumentEntry['type'];
  title: string;
  url: string;
  teams: string[];
  versions: ExportedVersion[];
  passages: ExportedPassage[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function exportVersion(doc: DocumentEntry, v: VersionEntry): ExportedVersion {
  return {
    version: v.version,
    ...(v.title !== doc.title ? { title: v.title } : {}),
    status: v.status,
    ...(v.briefingStatus ? { briefingStatus: v.briefingStatus } : {}),
    validFrom: v.validFrom,
    validUntil: v.validUntil,
    url: v.url,
    ...(sameList(v.teams, doc.teams) ? {} : { teams: v.teams }),
    ...(v.legalBasis.length > 0 ? { legalBasis: v.legalBasis } : {}),
    passages: v.passages,
  };
}

function exportPassage(p: Passage): ExportedPassage {
  return { id: p.id, ...(p.heading ? { heading: p.heading } : {}), ...(p.anchor ? { anchor: p.anchor } : {}), text: p.text };
}

/** What /api/suche.mjs needs to understand queries: the laws (citations) and the glossary (abbreviations, synonyms). */
export interface ExportedLexicon {
  laws: LawRef[];
  glossary: { term: string; abbr: string[]; synonyms: string[]; see?: string[] }[];
}

export function suchindex(corpus: SearchCorpus, date: string, site: string, lexicon: ExportedLexicon = { laws: [], glossary: [] }) {
  const passagesOf = new Map<string, Passage[]>();
  for (const p of corpus.passages) {
    const list = passagesOf.get(p.reference);
    if (list) list.push(p);
    else passagesOf.set(p.reference, [p]);
  }
  const documents: ExportedDocument[] = [...corpus.documents.values()].map((doc) => ({
    reference: doc.reference,
    type: doc.type,
    title: doc.title,
    url: doc.url,
    teams: doc.teams,
    versions: doc.versions.map((v) => exportVersion(doc, v)),
    passages: (passagesOf.get(doc.reference) ?? []).map(exportPassage),
  }));
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    generated: date,
    site,
    language: 'de',
    analysis: {
      library: 'lunr 2.3.9 + lunr-languages 1.x (de)',
      indexPipeline: ['trimmer-de', 'lotse-drop-empty', 'stopWordFilter-de', 'lotse-decompound', 'stemmer-de'],
      searchPipeline: ['stemmer-de'],
      fields: Object.fromEntries(FIELDS.map((f) => [f.name, f.boost])),
      ref: 'documents[].passages[].id',
    },
    lexicon,
    index: corpus.index.json,
    documents,
  };
}
