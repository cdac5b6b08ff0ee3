/** The document export of `/api/dokumente.json`, as CONTENT-MODEL.md describes it. */
import { plainText } from './plain-text.ts';
import { getSiteModel, validityOfVersion } from './model.ts';
import { docUrl, SECTION, versionUrl } from './urls.ts';

export function documentsExport() {
  const model = getSiteModel();
  const versioned = model.docs.map((doc) => {
    const latest = doc.versions.at(-1)!;
    return {
      reference: doc.ref,
      type: doc.kind,
      typeLabel: SECTION[doc.kind].label,
      title: latest.data.title,
      summary: latest.data.summary,
      teams: latest.data.teams,
      legalBasis: latest.data.legalBasis ?? [],
      url: docUrl(doc.kind, doc.slug),
      versions: doc.versions.map((v) => {
        const validity = validityOfVersion(doc, v, model.date);
        return {
          version: v.version,
          title: v.data.title,
          validFrom: validity.validFrom,
          validUntil: validity.validUntil,
          status: validity.status,
          changeType: v.data.changeType ?? 'major',
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
    effective: b.data.effective,
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
