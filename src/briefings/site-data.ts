/**
 * Adapters from the site model to the pure modules of src/briefings, computed once per build
 * (the site model is memoized, so are these): the pages call them, never loop over the corpus
 * themselves.
 */
import { headingOf } from '../norms/norms.ts';
import type { LawRef } from '../norms/types.ts';
import { lawRefs } from '../model/citation-check.ts';
import { statusFacts } from '../model/briefing-status.ts';
import type { Briefing, Track, VersionedDoc } from '../model/types.ts';
import { announcedVersions, currentVersion, type SiteModel } from '../site/model.ts';
import { docUrl, refUrl, versionUrl } from '../site/urls.ts';
import { atomFeed, tagAuthority, type FeedContext } from './feed.ts';
import { glossaryPages } from './glossary.ts';
import { buildNormRegister, type CitingSource, type LawEntry, type LawInfo } from '../norms/norm-register.ts';
import { briefingTimeline, type Timeline } from './timeline.ts';
import { germanDate } from '../model/day.ts';

interface Derived {
  laws: LawInfo[];
  register?: LawEntry[];
  timeline?: Timeline;
}
const cache = new WeakMap<SiteModel, Derived>();

function derived(model: SiteModel): Derived {
  let d = cache.get(model);
  if (!d) {
    const refs = lawRefs(model.content.laws);
    d = { laws: refs.map((r, i) => ({ ...r, name: model.content.laws[i].name })) };
    cache.set(model, d);
  }
  return d;
}

export function siteLaws(model: SiteModel): LawInfo[] {
  return derived(model).laws;
}

export function siteLawRefs(model: SiteModel): LawRef[] {
  return derived(model).laws;
}

export function siteTimeline(model: SiteModel): Timeline {
  const d = derived(model);
  d.timeline ??= briefingTimeline(model.content.briefings, model.date, d.laws);
  return d.timeline;
}

/** Title and URL of a reference (`checklists/x`, `guidelines/y@v2`, `briefings/z`, `tracks/t`). */
export function resolveTitle(model: SiteModel, ref: string): { title: string; url: string } | undefined {
  const target = model.byRef.get(ref.split('@')[0]);
  const url = refUrl(ref);
  if (!target || !url) return undefined;
  if ('versions' in target) return { title: currentVersion(target, model.date).data.title, url };
  return { title: (target as Briefing | Track).data.title, url };
}

export function citingSources(model: SiteModel): CitingSource[] {
  const sources: CitingSource[] = [];
  const versioned = (doc: VersionedDoc) => {
    const current = currentVersion(doc, model.date);
    const kindOf = doc.kind;
    const announced = announcedVersions(doc, model.date).filter((v) => v !== current);
    for (const v of [current, ...announced]) {
      sources.push({
        ref: doc.ref,
        kind: kindOf,
        title: v.data.title,
        url: v === current ? docUrl(doc.kind, doc.slug) : versionUrl(doc.kind, doc.slug, v.version),
        legalBasis: v.data.legalBasis ?? [],
        body: v.body,
        ...(v !== current ? { announced: `nur in der angekündigten Fassung v${v.version} (ab ${germanDate(v.data.validFrom)})` } : {}),
      });
    }
  };
  for (const doc of model.docs) versioned(doc);
  for (const b of model.content.briefings)
    sources.push({ ref: b.ref, kind: 'briefing', title: b.data.title, url: docUrl('briefing', b.slug), legalBasis: b.data.legalBasis, body: b.body });
  for (const t of model.content.tracks)
    sources.push({ ref: t.ref, kind: 'track', title: t.data.title, url: docUrl('track', t.slug), legalBasis: [], body: t.body });
  const { termUrl } = glossaryPages(model.content.glossary);
  for (const g of model.content.glossary) {
    sources.push({
      ref: `glossar/${g.term}`,
      kind: 'glossary',
      title: g.term,
      url: termUrl.get(g.term) ?? '/glossar/',
      legalBasis: g.legalBasis ?? [],
      body: g.definition,
    });
  }
  return sources;
}

export function siteNormRegister(model: SiteModel): LawEntry[] {
  const d = derived(model);
  d.register ??= buildNormRegister(citingSources(model), d.laws, { headingOf });
  return d.register;
}

/** Feed of all briefings, or of one team's (`teamId`), as Atom XML. */
export function siteFeed(model: SiteModel, site: URL | undefined, teamId?: string): string {
  const base = (site?.href ?? 'http://localhost:4321/').replace(/\/$/, '');
  const { content } = model;
  const team = teamId ? content.teams.find((t) => t.id === teamId) : undefined;
  const briefings = team ? content.briefings.filter((b) => b.data.teams.includes(team.id)) : content.briefings;
  const ctx: FeedContext = {
    base,
    authority: tagAuthority(content.site.feedback.email),
    teamName: (id) => content.teams.find((t) => t.id === id)?.name ?? id,
    resolve: (ref) => resolveTitle(model, ref),
    // Superseders may belong to another team: the facts come from the whole content set.
    status: { date: model.date, facts: (b) => statusFacts(b, content.briefings) },
  };
  return atomFeed(briefings, ctx, {
    selfPath: team ? `/rechtsaenderungen/team/${team.id}/feed.xml` : '/rechtsaenderungen/feed.xml',
    alternatePath: team ? `/teams/${team.id}/` : '/rechtsaenderungen/',
    idPath: team ? `rechtsaenderungen/team/${team.id}` : 'rechtsaenderungen',
    title: team ? `Rechtsänderungen – Team ${team.name} – Lotse ${content.site.shortName}` : `Rechtsänderungen – Lotse ${content.site.shortName}`,
    subtitle: `Angekündigte und geltende Rechtsänderungen für die ${content.site.name}, jeweils mit dem Tag des Inkrafttretens.`,
    author: { name: content.site.feedback.name, email: content.site.feedback.email },
    fallbackUpdated: model.date,
  });
}
