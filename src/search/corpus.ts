/**
 * The retrieval corpus, made once in the index stage: every published version, briefing and
 * track cut into passages (passages.ts), and one lunr index over the passages with the German
 * analysis of lunr-de.ts (built by lunr-build.ts). "Verwandte Dokumente" (related.ts) and the
 * export /api/suchindex.json (suchindex.ts) both read it.
 */
import type { ContentSet, DocKind, VersionedDoc } from '../model/types.ts';
import { validityOf, versionIndexOn } from '../model/validity.ts';
import { docUrl, versionUrl } from '../site/urls.ts';
import type { Decompounder } from './decompound.ts';
import { LunrIndexBuilder, type BuiltIndex } from './lunr-build.ts';
import { noPause, type Pace } from './pace.ts';
import { germanLunr, germanPipelines } from './lunr-de.ts';
import { sections, type Passage } from './passages.ts';

export interface DocumentEntry {
  reference: string;
  type: DocKind;
  title: string;
  url: string;
  /** Ids of the passages of the version that applies on the build date (or of the briefing/track). */
  current: string[];
}

export interface SearchCorpus {
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
  return Math.max(0, versionIndexOn(doc.versions.map((v) => v.data.validFrom), date));
}

export function corpusPassages(content: ContentSet, date: string): { passages: Passage[]; documents: Map<string, DocumentEntry> } {
  const passages: Passage[] = [];
  const documents = new Map<string, DocumentEntry>();
  const team = (id: string) => content.teams.find((t) => t.id === id)?.name ?? id;
  const push = (entry: DocumentEntry, base: Omit<Passage, 'id' | 'heading' | 'text' | 'url'>, body: string, pageUrl: string, isCurrent: boolean) => {
    sections(body).forEach((s) => {
      // Short ids: the serialized index repeats them for every term (a third of its size with
      // readable ids); reference and version stand in the passage itself.
      const id = `p${passages.length.toString(36)}`;
      passages.push({ ...base, id, heading: s.heading, text: s.text, url: s.anchor ? `${pageUrl}#${s.anchor}` : pageUrl });
      if (isCurrent) entry.current.push(id);
    });
  };
  for (const doc of [...content.checklists, ...content.guidelines]) {
    const froms = doc.versions.map((v) => v.data.validFrom);
    const current = currentIndex(doc, date);
    const entry: DocumentEntry = { reference: doc.ref, type: doc.kind, title: doc.versions[current].data.title, url: docUrl(doc.kind, doc.slug), current: [] };
    documents.set(doc.ref, entry);
    doc.versions.forEach((v, i) => {
      const validity = validityOf(froms, i, date);
      push(
        entry,
        { reference: doc.ref, type: doc.kind, title: v.data.title, version: v.version, status: validity.status, validFrom: validity.validFrom, validUntil: validity.validUntil, teams: v.data.teams.map(team) },
        `${v.data.summary}\n\n${v.body}`,
        i === current ? docUrl(doc.kind, doc.slug) : versionUrl(doc.kind, doc.slug, v.version),
        i === current,
      );
    });
  }
  for (const item of [...content.briefings, ...content.tracks]) {
    const url = docUrl(item.kind, item.slug);
    const entry: DocumentEntry = { reference: item.ref, type: item.kind, title: item.data.title, url, current: [] };
    documents.set(item.ref, entry);
    const effective = item.kind === 'briefing' ? item.data.effective : null;
    const extra = item.kind === 'track' ? item.data.modules.map((m) => `## ${m.title}\n\n${(m.tasks ?? []).join('\n\n')}`).join('\n\n') : '';
    push(
      entry,
      { reference: item.ref, type: item.kind, title: item.data.title, version: null, status: effective && effective > date ? 'announced' : 'current', validFrom: effective, validUntil: null, teams: item.data.teams.map(team) },
      `${item.data.summary}\n\n${item.body}\n\n${extra}`,
      url,
      true,
    );
  }
  return { passages, documents };
}

export async function buildCorpus(content: ContentSet, date: string, decompounder: Decompounder, pace: Pace = noPause): Promise<SearchCorpus> {
  const { passages, documents } = corpusPassages(content, date);
  const lunr = germanLunr();
  const { pipeline, searchPipeline } = germanPipelines(lunr, decompounder);
  const builder = new LunrIndexBuilder(lunr, pipeline, searchPipeline, FIELDS);
  for (const p of passages) {
    builder.add({ ref: p.id, fields: { title: p.title, heading: p.heading, text: p.text } });
    await pace();
  }
  return { passages, documents, index: builder.build() };
}
