/**
 * Every `data-pagefind-*` decision of Lotse, in one module: what is indexed, with which filters
 * (type, team, status, law) and which metadata (type, version, validity) results show.
 */
import type { Briefing, DocVersion, Track, VersionedDoc } from '../model/types.ts';
import { validityText } from '../model/validity.ts';
import { SECTION } from '../site/urls.ts';
import { teamName, validityOfVersion, type SiteModel } from '../site/model.ts';

function lawsOf(citations: readonly string[] | undefined, model: SiteModel): string[] {
  const abbrs = model.content.laws.map((l) => l.abbr).sort((a, b) => b.length - a.length);
  const found = new Set<string>();
  for (const c of citations ?? []) {
    const law = abbrs.find((a) => c.endsWith(` ${a}`));
    if (law) found.add(law);
  }
  return [...found].sort();
}

/** Filters are written as one hidden element per value (Pagefind reads `data-pagefind-filter`). */
export interface SearchFacets {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

export function versionFacets(doc: VersionedDoc, version: DocVersion, model: SiteModel): SearchFacets {
  const validity = validityOfVersion(doc, version, model.date);
  return {
    filters: {
      typ: [SECTION[doc.kind].label],
      team: version.data.teams.map((t) => teamName(model, t)),
      status: [validity.status === 'current' ? 'aktuell' : validity.status === 'announced' ? 'angekündigt' : 'frühere Fassung'],
      gesetz: lawsOf(version.data.legalBasis, model),
    },
    meta: {
      typ: SECTION[doc.kind].label,
      fassung: `v${version.version}`,
      gueltigkeit: validityText(validity),
    },
  };
}

export function briefingFacets(b: Briefing, model: SiteModel): SearchFacets {
  return {
    filters: { typ: [SECTION.briefing.label], team: b.data.teams.map((t) => teamName(model, t)), status: ['aktuell'], gesetz: lawsOf(b.data.legalBasis, model) },
    meta: { typ: SECTION.briefing.label, gueltigkeit: `wirksam ab ${b.data.effective.split('-').reverse().join('.')}` },
  };
}

export function trackFacets(t: Track, model: SiteModel): SearchFacets {
  return {
    filters: { typ: [SECTION.track.label], team: t.data.teams.map((id) => teamName(model, id)), status: ['aktuell'], gesetz: [] },
    meta: { typ: SECTION.track.label },
  };
}

/** Attributes for <main>: the document's weight and the type/version metadata. */
export function searchAttributes(_doc: VersionedDoc, version: DocVersion, _model: SiteModel): Record<string, string> {
  return { 'data-pagefind-meta': `fassung:v${version.version}` };
}
