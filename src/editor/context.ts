/**
 * What the browser editor needs to check a file like `npm run check` does, without the other
 * files: teams, laws and which paragraphs exist, every document with its versions' dates, the
 * briefings and tracks. Written next to the editor as context.json (build) or served fresh from
 * the working copy (`npm run redaktion`).
 */
import { lawData, type LawData } from '../norms/norms.ts';
import type { ContentSet } from '../model/types.ts';
import type { GlossaryEntry, Law, Team } from '../schemas/registries.ts';

export interface EditorContext {
  teams: Team[];
  laws: Law[];
  norms: LawData[];
  docs: { kind: 'checklist' | 'guideline'; slug: string; versions: { version: number; validFrom: string; changes?: string[] }[] }[];
  briefings: { slug: string; title: string; effective: string; affects: string[] }[];
  tracks: { slug: string; title: string }[];
  glossary: GlossaryEntry[];
  /** Citations used anywhere in the content, offered as suggestions. */
  citations: string[];
}

export function editorContext(content: ContentSet): EditorContext {
  const norms = content.laws
    .map((l) => lawData(l.abbr))
    .filter((d): d is LawData => d !== undefined)
    .map((d) => ({ ...d, paragraphs: Object.fromEntries(Object.entries(d.paragraphs).map(([k, p]) => [k, { heading: null, repealed: p.repealed }])) }));
  const docs = [...content.checklists, ...content.guidelines];
  const citations = new Set<string>();
  for (const d of docs) for (const v of d.versions) v.data.legalBasis?.forEach((c) => citations.add(c));
  for (const b of content.briefings) b.data.legalBasis.forEach((c) => citations.add(c));
  return {
    teams: content.teams,
    laws: content.laws,
    norms,
    docs: docs.map((d) => ({
      kind: d.kind,
      slug: d.slug,
      versions: d.versions.map((v) => ({ version: v.version, validFrom: v.data.validFrom, ...(v.data.changes ? { changes: v.data.changes } : {}) })),
    })),
    briefings: content.briefings.map((b) => ({ slug: b.slug, title: b.data.title, effective: b.data.effective, affects: b.data.affects ?? [] })),
    tracks: content.tracks.map((t) => ({ slug: t.slug, title: t.data.title })),
    glossary: content.glossary,
    citations: [...citations].sort((a, b) => a.localeCompare(b, 'de')),
  };
}
