/**
 * The two rules about a briefing's standing, each defined once here: its status on a day
 * (angekündigt, in Kraft, abgelöst, ausgelaufen – `briefingStatus`/`statusOn`, further down) and
 * "Anpassung ausstehend".
 *
 * "Anpassung ausstehend": a legal change (briefing) names the checklists and guidelines that
 * must follow it (`affects`). A document has followed it once it has a published version whose
 * `validFrom` lies on or after the briefing's `effective` day. This is the ONE definition of
 * that rule: the editorial health page (/redaktion/) and the briefing pages both call
 * `pendingAdaptations`. Pure, no `astro:*` imports, O(briefings × affects + documents).
 */
import type { Briefing, ContentSet, DocVersion, VersionedDoc } from './types.ts';
import { addDays, daysBetween } from './day.ts';

/** Briefings that take effect within this many days after the reference date count already. */
export const ADAPTATION_WINDOW_DAYS = 30;

export interface PendingAdaptation {
  briefing: Briefing;
  /** The affected document's reference (`checklists/<slug>`, without a pinned version). */
  ref: string;
  /** The affected document that has no implementing version yet. */
  doc: VersionedDoc;
  /** `in-force`: effective on or before the reference date; `upcoming`: within the window. */
  status: 'in-force' | 'upcoming';
  /** Days from the reference date to `effective` (negative once in force). */
  daysUntilEffective: number;
  /** A draft version that would implement the briefing once published (dev server only). */
  draft?: DocVersion;
}

/** Whether `doc` has a published (non-draft) version that applies from `effective` or later. */
export function implementsBriefing(doc: VersionedDoc, effective: string): boolean {
  return doc.versions.some((v) => !v.data.draft && v.data.validFrom >= effective);
}

/** Whether a briefing's affected documents must have followed it by `date`: issued, and in force or within the window. */
export function adaptationDue(briefing: Briefing, date: string): boolean {
  return !briefing.data.draft && briefing.data.effective <= addDays(date, ADAPTATION_WINDOW_DAYS);
}

/** The rule for one pair: the adaptation is due and `doc` has no published version from `effective` on. */
export function isAdaptationPending(briefing: Briefing, doc: VersionedDoc, date: string): boolean {
  return adaptationDue(briefing, date) && !implementsBriefing(doc, briefing.data.effective);
}

/**
 * Every briefing × affected document pair where the briefing is in force or takes effect within
 * 30 days of `date`, and the document has no published version with `validFrom ≥ effective`.
 * Draft briefings are skipped (they are not issued yet); references to missing documents are
 * skipped (`npm run check` reports them). Sorted by effective day, then reference.
 */
export function pendingAdaptations(content: Pick<ContentSet, 'briefings' | 'checklists' | 'guidelines'>, date: string): PendingAdaptation[] {
  const docs = new Map<string, VersionedDoc>();
  for (const doc of [...content.checklists, ...content.guidelines]) docs.set(doc.ref, doc);

  const pending: PendingAdaptation[] = [];
  for (const briefing of content.briefings) {
    const { effective, affects } = briefing.data;
    if (!adaptationDue(briefing, date)) continue;
    const seen = new Set<string>();
    for (const ref of affects ?? []) {
      const doc = docs.get(ref.split('@')[0]);
      if (!doc || seen.has(doc.ref) || !isAdaptationPending(briefing, doc, date)) continue;
      seen.add(doc.ref);
      const draftVersion = doc.versions.find((v) => v.data.draft && v.data.validFrom >= effective);
      pending.push({
        briefing,
        ref: doc.ref,
        doc,
        status: effective <= date ? 'in-force' : 'upcoming',
        daysUntilEffective: daysBetween(date, effective),
        ...(draftVersion ? { draft: draftVersion } : {}),
      });
    }
  }
  return pending.sort(
    (a, b) =>
      a.briefing.data.effective.localeCompare(b.briefing.data.effective) ||
      a.briefing.slug.localeCompare(b.briefing.slug) ||
      a.doc.ref.localeCompare(b.doc.ref),
  );
}

/**
 * The version of `doc` that implements `briefing`: a published version with `validFrom ≥
 * effective`, preferring the one that names the briefing (`briefing: <slug>`) or that the
 * briefing pins (`affects: [checklists/x@v3]`), otherwise the earliest. Undefined exactly when
 * `implementsBriefing` is false.
 */
export function implementingVersion(doc: VersionedDoc, briefing: Briefing, pinned?: number): DocVersion | undefined {
  const candidates = doc.versions.filter((v) => !v.data.draft && v.data.validFrom >= briefing.data.effective);
  return candidates.find((v) => v.data.briefing === briefing.slug || v.version === pinned) ?? candidates[0];
}

export interface AffectingBriefing {
  briefing: Briefing;
  /** The reference as the briefing wrote it in `affects` (may carry `@v<N>`). */
  ref: string;
  /** The version that implements the change, if there is one yet. */
  implementing?: DocVersion;
}

type AffectsIndex = Map<string, { briefing: Briefing; ref: string }[]>;
/** Keyed by the briefings array, so the index is built once per content set (document pages ask once each). */
const affectsIndexes = new WeakMap<readonly Briefing[], AffectsIndex>();

function affectsIndex(briefings: readonly Briefing[]): AffectsIndex {
  let index = affectsIndexes.get(briefings);
  if (index) return index;
  index = new Map();
  for (const briefing of briefings) {
    if (briefing.data.draft) continue;
    const seen = new Set<string>();
    for (const ref of briefing.data.affects ?? []) {
      const base = ref.split('@')[0];
      if (seen.has(base)) continue;
      seen.add(base);
      index.set(base, [...(index.get(base) ?? []), { briefing, ref }]);
    }
  }
  affectsIndexes.set(briefings, index);
  return index;
}

/**
 * The issued briefings whose `affects` name `ref` (`checklists/<slug>`, `@v<N>` ignored), each
 * with the implementing version if there is one; newest effective day first.
 */
export function affectedBy(content: Pick<ContentSet, 'briefings' | 'checklists' | 'guidelines'>, ref: string): AffectingBriefing[] {
  const base = ref.split('@')[0];
  const entries = affectsIndex(content.briefings).get(base) ?? [];
  if (entries.length === 0) return [];
  const doc = [...content.checklists, ...content.guidelines].find((d) => d.ref === base);
  return entries
    .map(({ briefing, ref: written }) => {
      const pinned = /@v(\d+)$/.exec(written)?.[1];
      const implementing = doc && implementingVersion(doc, briefing, pinned ? Number(pinned) : undefined);
      return { briefing, ref: written, ...(implementing ? { implementing } : {}) };
    })
    .sort((a, b) => b.briefing.data.effective.localeCompare(a.briefing.data.effective) || a.briefing.slug.localeCompare(b.briefing.slug));
}

/* ------------------------------------------------------------------------------------------ */
/* Status of a briefing on a day (CONTENT-MODEL.md, "Status of a briefing on a day").          */
/* The ONE place that decides it: pages, timeline, feed, search, /api/dokumente.json, "Neu für  */
/* Sie" and the browser (src/client/briefings/briefing-status.ts) all ask `briefingStatus`/`statusOn`.    */
/* The functions below import types only, so the browser can run the same rule.                 */
/* ------------------------------------------------------------------------------------------ */

export type BriefingStatus = 'announced' | 'in-force' | 'superseded' | 'expired';

export const BRIEFING_STATUS_LABEL: Record<BriefingStatus, string> = {
  announced: 'angekündigt',
  'in-force': 'in Kraft',
  superseded: 'abgelöst',
  expired: 'ausgelaufen',
};

/** A briefing that names this one in `supersedes`. */
export interface Superseder {
  slug: string;
  title: string;
  effective: string;
}

/** Everything the status depends on; small enough to travel in a page for the browser. */
export interface StatusFacts {
  effective: string;
  /** Last day of a temporary rule. */
  until?: string;
  /** Published (non-draft) briefings that name this one in `supersedes`, earliest effective first. */
  supersededBy: Superseder[];
}

export interface StatusOnDay {
  status: BriefingStatus;
  /** First day of the status: effective (announced/in force), the superseder's effective day, or the day after `until`. */
  since: string;
  /** Superseded: the briefings that replaced it by then. */
  by: Superseder[];
  /** In force or announced: a published briefing that will replace it later (effective after the day). */
  next?: Superseder;
}

/**
 * The status on `date`: superseded from the earliest effective day of a superseder on,
 * expired from the day after `until`; when both have happened the earlier event wins (a tie
 * counts as superseded). Otherwise announced before `effective`, in force from it.
 */
export function statusOn(facts: StatusFacts, date: string): StatusOnDay {
  const by = facts.supersededBy.filter((s) => s.effective <= date);
  const supersededFrom = by.map((s) => s.effective).sort()[0];
  const expiredFrom = facts.until !== undefined ? addDays(facts.until, 1) : undefined;
  const expired = expiredFrom !== undefined && expiredFrom <= date;
  if (supersededFrom !== undefined && (!expired || supersededFrom <= (expiredFrom as string))) return { status: 'superseded', since: supersededFrom, by };
  if (expired) return { status: 'expired', since: expiredFrom as string, by: [] };
  const next = facts.supersededBy.filter((s) => s.effective > date).sort((a, b) => a.effective.localeCompare(b.effective))[0];
  return { status: facts.effective > date ? 'announced' : 'in-force', since: facts.effective, by: [], ...(next ? { next } : {}) };
}

type SupersedeIndex = Map<string, Superseder[]>;
/** Keyed by the briefings array, so the reverse index is built once per content set. */
const supersedeIndexes = new WeakMap<readonly Briefing[], SupersedeIndex>();

function supersedeIndex(briefings: readonly Briefing[]): SupersedeIndex {
  let index = supersedeIndexes.get(briefings);
  if (index) return index;
  index = new Map();
  for (const b of briefings) {
    // Drafts are not issued: they replace nothing, even in the preview.
    if (b.data.draft) continue;
    for (const ref of new Set(b.data.supersedes ?? [])) {
      const slug = ref.replace(/^briefings\//, '').split('@')[0];
      if (slug === b.slug) continue;
      index.set(slug, [...(index.get(slug) ?? []), { slug: b.slug, title: b.data.title, effective: b.data.effective }]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => a.effective.localeCompare(b.effective) || a.slug.localeCompare(b.slug));
  supersedeIndexes.set(briefings, index);
  return index;
}

/** The facts of `briefing` within `briefings` (the whole content set, so superseders are found). */
export function statusFacts(briefing: Briefing, briefings: readonly Briefing[]): StatusFacts {
  const { effective, until } = briefing.data;
  return { effective, ...(until ? { until } : {}), supersededBy: supersedeIndex(briefings).get(briefing.slug) ?? [] };
}

/**
 * The status of `briefing` on `date` – the function every page, export and the search ask.
 * `briefings` is the whole content set's list (model.content.briefings).
 * Example: `briefingStatus(b, content.briefings, '2026-11-25').status === 'superseded'`.
 */
export function briefingStatus(briefing: Briefing, briefings: readonly Briefing[], date: string): StatusOnDay {
  return statusOn(statusFacts(briefing, briefings), date);
}
