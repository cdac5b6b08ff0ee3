/**
 * The retrieval corpus, made once in the index stage: every published version, briefing and
 * track cut into passages (passages.ts), and one lunr index over the passages with the German
 * analysis of lunr-de.ts (built by lunr-build.ts). "Verwandte Dokumente" (related.ts) and the
 * export /api/suchindex.json (suchindex.ts) both read it.
 *
 * Versions of a document mostly repeat each other: a passage with the same heading, anchor and
 * text in several versions exists (and is indexed) once, and each version lists its passages.
 */
import type lunrType from 'lunr';
import type { ContentSet, DocKind, VersionedDoc } from '../../model/types.ts';
import { currentIndexOn, dayBefore, validityOf, type ValidityStatus } from '../../model/validity.ts';
import { briefingStatus, statusFacts, type BriefingStatus } from '../../model/briefing-status.ts';
import { docUrl, versionUrl } from '../../site/urls.ts';
import type { Decompounder } from './decompound.ts';
import { LunrIndexBuilder, type BuiltIndex } from './lunr-build.ts';
import { noPause, type Pace } from './pace.ts';
import { germanLunr, germanPipelines } from './lunr-de.ts';
import { sections, type Passage } from './passages.ts';

export interface VersionEntry {
  /** Number of the version; null for briefings and tracks (which have one entry). */
  version: number | null;
  title: string;
  /** Names of the responsible teams. */
  teams: string[];
  status: ValidityStatus;
  /** Briefings only: the exact status of src/model/briefing-status.ts on the build date. */
  briefingStatus?: BriefingStatus;
  validFrom: string | null;
  validUntil: string | null;
  /** Page of the version: the document URL for the version shown there, else its version URL. */
  url: string;
  /** Ids of the version's passages, in the order of the version. */
  passages: string[];
  /** Citations of the version's (or briefing's) legal basis, as written. */
  legalBasis: string[];
}

export interface DocumentEntry {
  reference: string;
  type: DocKind;
  /** Title and teams of the version shown at the document URL. */
  title: string;
  teams: string[];
  url: string;
  versions: VersionEntry[];
  /** Ids of the passages of the version that applies on the build date (or of the briefing/track). */
  current: string[];
}

export interface SearchCorpus {
  /** All passages, each once, grouped by document in document order. */
  passages: Passage[];
  documents: Map<string, DocumentEntry>;
  index: BuiltIndex;
}

export const FIELDS = [
  { name: 'title', boost: 3 },
  { name: 'heading', boost: 2 },
  { name: 'text', boost: 1 },
];

/** The version shown at the document URL: the one in force, else the first (announced) one. */
function currentIndex(doc: VersionedDoc, date: string): number {
  return currentIndexOn(
    doc.versions.map((v) => v.data.validFrom),
    date,
  );
}

export function corpusPassages(content: ContentSet, date: string): { passages: Passage[]; documents: Map<string, DocumentEntry> } {
  const passages: Passage[] = [];
  const documents = new Map<string, DocumentEntry>();
  const team = (id: string) => content.teams.find((t) => t.id === id)?.name ?? id;
  /** Cuts one version into passages; a passage already known from another version is reused. */
  const addVersion = (entry: DocumentEntry, known: Map<string, Passage>, version: Omit<VersionEntry, 'passages'>, body: string): VersionEntry => {
    const ids: string[] = [];
    sections(body).forEach((s, i) => {
      const key = `${s.heading}\u0000${s.anchor ?? ''}\u0000${s.text}`;
      let passage = known.get(key);
      if (!passage) {
        // Short ids: the serialized index repeats them for every term.
        passage = {
          id: passages.length.toString(36),
          reference: entry.reference,
          heading: s.heading,
          ...(s.anchor ? { anchor: s.anchor } : {}),
          text: s.text,
          indexedTitle: '',
        };
        passages.push(passage);
        known.set(key, passage);
      }
      // The title is indexed with the first passage of each version only (once, not per passage).
      if (i === 0 && !passage.indexedTitle.split('\n').includes(version.title))
        passage.indexedTitle = passage.indexedTitle ? `${passage.indexedTitle}\n${version.title}` : version.title;
      ids.push(passage.id);
    });
    const added = { ...version, passages: ids };
    entry.versions.push(added);
    return added;
  };
  for (const doc of [...content.checklists, ...content.guidelines]) {
    const froms = doc.versions.map((v) => v.data.validFrom);
    const current = currentIndex(doc, date);
    const shown = doc.versions[current].data;
    const entry: DocumentEntry = {
      reference: doc.ref,
      type: doc.kind,
      title: shown.title,
      teams: shown.teams.map(team),
      url: docUrl(doc.kind, doc.slug),
      versions: [],
      current: [],
    };
    documents.set(doc.ref, entry);
    const known = new Map<string, Passage>();
    doc.versions.forEach((v, i) => {
      const validity = validityOf(froms, i, date);
      const added = addVersion(
        entry,
        known,
        {
          version: v.version,
          title: v.data.title,
          teams: v.data.teams.map(team),
          status: validity.status,
          validFrom: validity.validFrom,
          validUntil: validity.validUntil,
          url: i === current ? entry.url : versionUrl(doc.kind, doc.slug, v.version),
          legalBasis: v.data.legalBasis ?? [],
        },
        `${v.data.summary}\n\n${v.body}`,
      );
      if (i === current) entry.current = added.passages;
    });
  }
  for (const item of [...content.briefings, ...content.tracks]) {
    const url = docUrl(item.kind, item.slug);
    const teams = item.data.teams.map(team);
    const entry: DocumentEntry = { reference: item.ref, type: item.kind, title: item.data.title, teams, url, versions: [], current: [] };
    documents.set(item.ref, entry);
    const effective = item.kind === 'briefing' ? item.data.effective : null;
    // Briefings: the one status rule (src/model/briefing-status.ts) – superseded and expired
    // count as superseded here, the exact status is `briefingStatus`.
    const bStatus = item.kind === 'briefing' ? briefingStatus(item, content.briefings, date).status : undefined;
    // A briefing applies until `until` or the day before the first superseder takes effect.
    const ends =
      item.kind === 'briefing'
        ? [item.data.until, ...statusFacts(item, content.briefings).supersededBy.map((s) => dayBefore(s.effective))]
            .filter((d): d is string => Boolean(d))
            .sort()[0]
        : undefined;
    const extra = item.kind === 'track' ? item.data.modules.map((m) => `## ${m.title}\n\n${(m.tasks ?? []).join('\n\n')}`).join('\n\n') : '';
    const added = addVersion(
      entry,
      new Map(),
      {
        version: null,
        title: item.data.title,
        teams,
        status: bStatus === 'announced' ? 'announced' : bStatus === 'superseded' || bStatus === 'expired' ? 'superseded' : 'current',
        ...(bStatus ? { briefingStatus: bStatus } : {}),
        validFrom: effective,
        validUntil: ends ?? null,
        url,
        legalBasis: item.kind === 'briefing' ? item.data.legalBasis : [],
      },
      `${item.data.summary}\n\n${item.body}\n\n${extra}`,
    );
    entry.current = added.passages;
  }
  return { passages, documents };
}

/**
 * Drops tokens that the German trimmer emptied (a "☐" or "–" standing alone): lunr would index
 * them as the term "", which no query can ask for.
 */
const dropEmpty: lunrType.PipelineFunction = (token) => (token.toString() === '' ? null : token);
(dropEmpty as { label?: string }).label = 'lotse-drop-empty';

export async function buildCorpus(content: ContentSet, date: string, decompounder: Decompounder, pace: Pace = noPause): Promise<SearchCorpus> {
  const { passages, documents } = corpusPassages(content, date);
  const lunr = germanLunr();
  const { pipeline, searchPipeline } = germanPipelines(lunr, decompounder);
  const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
  registered['lotse-drop-empty'] ??= dropEmpty;
  pipeline.after(lunr.de.trimmer, dropEmpty);
  const builder = new LunrIndexBuilder(lunr, pipeline, searchPipeline, FIELDS, { compact: true });
  for (const p of passages) {
    builder.add({ ref: p.id, fields: { title: p.indexedTitle, heading: p.heading, text: p.text } });
    await pace();
  }
  return { passages, documents, index: builder.build() };
}
