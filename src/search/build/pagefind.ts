/**
 * Every search decision about a page, in one module: which filters (typ, team, status, gesetz) and
 * which metadata (type, team, version, validity, legal basis) the index gets, and which page
 * stands for a version. Pages carry the decision as JSON in `data-search-facets` (on <main> for
 * checklists and guidelines via `searchAttributes`, in <SearchFacets> for briefings and tracks);
 * the index stage (index-site.ts) turns it into Pagefind filters and metadata.
 *
 * Status values (filter "status"): "aktuell", "angekündigt", "frühere Fassung". The search leaves
 * "frühere Fassung" out unless the reader asks for earlier versions.
 */
import type { Briefing, DocVersion, Track, VersionedDoc } from '../../model/types.ts';
import { validityText } from '../../model/validity.ts';
import { lawRefs } from '../../model/citation-check.ts';
import { statusFacts } from '../../model/briefing-status.ts';
import { statusView } from '../../briefings/status-view.ts';
import { parseCitation } from '../../norms/parse.ts';
import { docUrl, SECTION, versionUrl } from '../../site/urls.ts';
import { currentVersion, teamName, validityOfVersion, type SiteModel } from '../../site/model.ts';
import { provisionTokens } from '../analysis/citation-tokens.ts';

export const FACETS_ATTRIBUTE = 'data-search-facets';

export const STATUS_LABEL = { current: 'aktuell', announced: 'angekündigt', superseded: 'frühere Fassung' } as const;

export interface SearchFacets {
  /** `checklists/<slug>` etc.; with `version`, identifies the version a page shows. */
  ref: string;
  version?: number;
  /** URL of the page that is indexed for this version (the document URL for the current one). */
  url: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

function lawsOf(citations: readonly string[] | undefined, model: SiteModel): string[] {
  const abbrs = model.content.laws.map((l) => l.abbr).sort((a, b) => b.length - a.length);
  const found = new Set<string>();
  for (const c of citations ?? []) {
    const law = abbrs.find((a) => c.endsWith(` ${a}`));
    if (law) found.add(law);
  }
  return [...found].sort();
}

/** Search words for the legal basis (see citation-tokens.ts). */
function legalTokens(citations: readonly string[] | undefined, model: SiteModel): string {
  const laws = lawRefs(model.content.laws);
  const tokens = new Set<string>();
  for (const c of citations ?? []) {
    const parsed = parseCitation(c, laws);
    if (parsed.ok) for (const p of parsed.citation.provisions) for (const t of provisionTokens(p)) tokens.add(t);
  }
  return [...tokens].join(' ');
}

function teamsOf(ids: readonly string[], model: SiteModel): string[] {
  return ids.map((id) => teamName(model, id));
}

export function versionFacets(doc: VersionedDoc, version: DocVersion, model: SiteModel): SearchFacets {
  const validity = validityOfVersion(doc, version, model.date);
  const current = version === currentVersion(doc, model.date);
  const teams = teamsOf(version.data.teams, model);
  return {
    ref: doc.ref,
    version: version.version,
    url: current ? docUrl(doc.kind, doc.slug) : versionUrl(doc.kind, doc.slug, version.version),
    filters: {
      typ: [SECTION[doc.kind].label],
      team: teams,
      status: [STATUS_LABEL[validity.status]],
      gesetz: lawsOf(version.data.legalBasis, model),
    },
    meta: {
      typ: SECTION[doc.kind].label,
      team: teams.join(', '),
      fassung: `v${version.version}`,
      art: doc.kind,
      status: validity.status,
      von: validity.validFrom,
      bis: validity.validUntil ?? '',
      gueltigkeit: validityText(validity),
      rechtsgrundlage: legalTokens(version.data.legalBasis, model),
    },
  };
}

/**
 * A briefing's facets. Its status is the one of src/model/briefing-status.ts on the build date:
 * `meta.briefingStatus` carries it exactly (announced, in-force, superseded, expired) for ranking;
 * `meta.status` maps it onto the result badge's three values (superseded and expired →
 * "nicht mehr gültig"), and `gueltigkeit` says it in words („abgelöst seit … durch …“).
 */
export function briefingFacets(b: Briefing, model: SiteModel): SearchFacets {
  const view = statusView(statusFacts(b, model.content.briefings), model.date);
  const status = view.status === 'announced' ? 'announced' : view.status === 'in-force' ? 'current' : 'superseded';
  const teams = teamsOf(b.data.teams, model);
  const effective = b.data.effective.split('-').reverse().join('.');
  const words = view.line.map((s) => (typeof s === 'string' ? s : s.text)).join('');
  return {
    ref: b.ref,
    url: docUrl('briefing', b.slug),
    filters: { typ: [SECTION.briefing.label], team: teams, status: [STATUS_LABEL[status]], gesetz: lawsOf(b.data.legalBasis, model) },
    meta: {
      typ: SECTION.briefing.label,
      team: teams.join(', '),
      art: 'briefing',
      status,
      briefingStatus: view.status,
      gueltigkeit:
        view.status === 'superseded' || view.status === 'expired'
          ? `${view.label}: ${words}`
          : `${view.status === 'in-force' ? 'wirksam seit' : 'wirksam ab'} ${effective}${words ? `, ${words}` : ''}`,
      von: b.data.effective,
      rechtsgrundlage: legalTokens(b.data.legalBasis, model),
    },
  };
}

export function trackFacets(t: Track, model: SiteModel): SearchFacets {
  const teams = teamsOf(t.data.teams, model);
  return {
    ref: t.ref,
    url: docUrl('track', t.slug),
    filters: { typ: [SECTION.track.label], team: teams, status: [STATUS_LABEL.current], gesetz: [] },
    meta: { typ: SECTION.track.label, team: teams.join(', '), art: 'track', status: 'current', gueltigkeit: `${t.data.weeks} Wochen` },
  };
}

/**
 * Attributes for <main> of a checklist or guideline version page. The current version is shown
 * at two URLs (/checklisten/<slug>/ and /checklisten/<slug>/v<N>/); the facets name the document
 * URL as the one to index, and the index stage skips the other.
 */
export function searchAttributes(doc: VersionedDoc, version: DocVersion, model: SiteModel): Record<string, string> {
  return { [FACETS_ATTRIBUTE]: JSON.stringify(versionFacets(doc, version, model)) };
}
