/**
 * The data exports: `/api/dokumente.json` exactly as CONTENT-MODEL.md describes it (every
 * document and version; status as of the build date; `validUntil` null while open-ended) and the
 * compact `/api/stand.json` that the "Was galt am …?" page loads on demand.
 */
import type { StandData } from '../versioning/stand.ts';
import type { Briefing } from '../model/types.ts';
import { plainText } from './plain-text.ts';
import { currentVersion, getSiteModel, validityOfVersion } from './model.ts';
import { docUrl, SECTION, versionUrl } from './urls.ts';
import { briefingStatus, statusFacts } from '../model/briefing-status.ts';

export function documentsExport() {
  const model = getSiteModel();
  const versioned = model.docs.map((doc) => {
    // The document speaks with the voice of the version that applies on the build date.
    const current = currentVersion(doc, model.date);
    return {
      reference: doc.ref,
      type: doc.kind,
      typeLabel: SECTION[doc.kind].label,
      title: current.data.title,
      summary: current.data.summary,
      teams: current.data.teams,
      legalBasis: current.data.legalBasis ?? [],
      url: docUrl(doc.kind, doc.slug),
      versions: doc.versions.map((v) => {
        const validity = validityOfVersion(doc, v, model.date);
        return {
          version: v.version,
          title: v.data.title,
          validFrom: validity.validFrom,
          validUntil: validity.validUntil,
          status: validity.status,
          changeType: v.data.changeType,
          changes: v.data.changes ?? [],
          url: versionUrl(doc.kind, doc.slug, v.version),
          text: plainText(v.body),
        };
      }),
    };
  });
  const briefings = model.content.briefings.map((b) => ({
    reference: b.ref,
    type: 'briefing',
    typeLabel: SECTION.briefing.label,
    title: b.data.title,
    summary: b.data.summary,
    teams: b.data.teams,
    legalBasis: b.data.legalBasis,
    url: docUrl('briefing', b.slug),
    published: b.data.published,
    ...briefingStatusFields(b, model.content.briefings, model.date),
    confirm: b.data.confirm ?? [],
    affects: b.data.affects ?? [],
    versions: [],
    text: plainText(b.body),
  }));
  const tracks = model.content.tracks.map((t) => ({
    reference: t.ref,
    type: 'track',
    typeLabel: SECTION.track.label,
    title: t.data.title,
    summary: t.data.summary,
    teams: t.data.teams,
    legalBasis: [],
    url: docUrl('track', t.slug),
    versions: [],
    text: plainText(t.body),
  }));
  return { generated: model.date, documents: [...versioned, ...briefings, ...tracks] };
}

/**
 * A briefing's status fields of /api/dokumente.json (CONTENT-MODEL.md): `effective`, `until`
 * (null when open-ended), `supersedes` (as written), `supersededBy` (published briefings that
 * name it, whether or not they are in force yet) and `status` on the build date.
 */
export function briefingStatusFields(b: Briefing, briefings: readonly Briefing[], date: string) {
  return {
    effective: b.data.effective,
    until: b.data.until ?? null,
    supersedes: b.data.supersedes ?? [],
    supersededBy: statusFacts(b, briefings).supersededBy.map((s) => `briefings/${s.slug}`),
    status: briefingStatus(b, briefings, date).status,
  };
}

/** One short entry per checklist and guideline: enough to answer "which version applied on day X". */
export function standExport(): StandData {
  const model = getSiteModel();
  return {
    generated: model.date,
    documents: model.docs.map((doc) => ({
      ref: doc.ref,
      type: doc.kind,
      title: currentVersion(doc, model.date).data.title,
      url: docUrl(doc.kind, doc.slug),
      versions: doc.versions.map((v): [number, string] => [v.version, v.data.validFrom]),
    })),
  };
}
