/**
 * "Anpassung ausstehend": a legal change (briefing) names the checklists and guidelines that
 * must follow it (`affects`). A document has followed it once it has a published version whose
 * `validFrom` lies on or after the briefing's `effective` day. This is the ONE definition of
 * that rule: the editorial health page (/redaktion/) and the briefing pages both call
 * `pendingAdaptations`. Pure, no `astro:*` imports, O(briefings × affects + documents).
 */
import type { Briefing, ContentSet, DocVersion, VersionedDoc } from './types.ts';

/** Briefings that take effect within this many days after the reference date count already. */
export const ADAPTATION_WINDOW_DAYS = 30;

export interface PendingAdaptation {
  briefing: Briefing;
  /** The affected document that has no implementing version yet. */
  doc: VersionedDoc;
  /** `in-force`: effective on or before the reference date; `upcoming`: within the window. */
  status: 'in-force' | 'upcoming';
  /** Days from the reference date to `effective` (negative once in force). */
  daysUntilEffective: number;
  /** A draft version that would implement the briefing once published (dev server only). */
  draft?: DocVersion;
}

/** ISO day `days` after `day` (both `YYYY-MM-DD`, UTC). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether `doc` has a published (non-draft) version that applies from `effective` or later. */
export function implementsBriefing(doc: VersionedDoc, effective: string): boolean {
  return doc.versions.some((v) => !v.data.draft && v.data.validFrom >= effective);
}

/**
 * Every briefing × affected document pair where the briefing is in force or takes effect within
 * 30 days of `date`, and the document has no published version with `validFrom ≥ effective`.
 * Draft briefings are skipped (they are not issued yet); references to missing documents are
 * skipped (`npm run check` reports them). Sorted by effective day, then reference.
 */
export function pendingAdaptations(content: Pick<ContentSet, 'briefings' | 'checklists' | 'guidelines'>, date: string): PendingAdaptation[] {
  const horizon = addDays(date, ADAPTATION_WINDOW_DAYS);
  const docs = new Map<string, VersionedDoc>();
  for (const doc of [...content.checklists, ...content.guidelines]) docs.set(doc.ref, doc);

  const pending: PendingAdaptation[] = [];
  for (const briefing of content.briefings) {
    const { effective, affects, draft } = briefing.data;
    if (draft || effective > horizon) continue;
    const seen = new Set<string>();
    for (const ref of affects ?? []) {
      const doc = docs.get(ref.split('@')[0]);
      if (!doc || seen.has(doc.ref) || implementsBriefing(doc, effective)) continue;
      seen.add(doc.ref);
      const draftVersion = doc.versions.find((v) => v.data.draft && v.data.validFrom >= effective);
      pending.push({
        briefing,
        doc,
        status: effective <= date ? 'in-force' : 'upcoming',
        daysUntilEffective: daysFrom(date, effective),
        ...(draftVersion ? { draft: draftVersion } : {}),
      });
    }
  }
  return pending.sort((a, b) => a.briefing.data.effective.localeCompare(b.briefing.data.effective) || a.briefing.slug.localeCompare(b.briefing.slug) || a.doc.ref.localeCompare(b.doc.ref));
}
