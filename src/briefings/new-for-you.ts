/**
 * "Neu für Sie" on the start page: briefings published and major document versions that took
 * effect since the reader's last visit. The build writes a compact list (/api/neu.json, see
 * `newForYouData`); the browser keeps the visit days and the items marked read in localStorage
 * only – nothing leaves the browser. Browser-safe: type imports only.
 *
 * A visit is a calendar day. On the first day seen the baseline is 30 days back; on a later day
 * the baseline becomes the day of the previous visit, so reloading on the same day keeps the list
 * until the reader marks items read.
 */
import type { Briefing, VersionedDoc } from '../model/types.ts';
import type { StatusFacts } from '../model/briefing-status.ts';

/** Items older than this (before the build date) are left out of the JSON. */
export const DATA_WINDOW_DAYS = 365;
/** What a first-time reader sees: the last 30 days. */
export const FIRST_VISIT_DAYS = 30;
export const STORAGE_KEY = 'lotse.neuFuerSie';

/** One item: k = "b" briefing, "c" checklist version, "g" guideline version. */
export interface NewItem {
  k: 'b' | 'c' | 'g';
  /** URL, also the item's identity for "read". */
  u: string;
  t: string;
  /** Day it became new: publication (briefing) or validFrom (version). */
  d: string;
  /** Briefings: effective day. */
  e?: string;
  /** Versions: version number. */
  v?: number;
  /**
   * Briefings with an end (`until`) or superseders: their status facts, so the browser can say
   * „abgelöst“ or „ausgelaufen“ on the reading day (src/model/briefing-status.ts `statusOn`).
   */
  f?: StatusFacts;
}

export interface NewForYouData {
  /** Build date. */
  date: string;
  items: NewItem[];
}

export interface VisitState {
  /** Day of the latest visit. */
  last: string;
  /** Day of the visit before, the baseline for "new". */
  previous?: string;
  /** URLs marked read. */
  read: string[];
}

export function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface DocLike {
  kind: VersionedDoc['kind'];
  versions: { version: number; data: { title: string; validFrom: string; changeType?: 'major' | 'minor' | undefined } }[];
}

/** The JSON for the build: everything from DATA_WINDOW_DAYS before `date` on, future items included. */
export function newForYouData(
  briefings: readonly Pick<Briefing, 'slug' | 'data'>[],
  docs: readonly (DocLike & { slug: string })[],
  date: string,
  urls: { briefing(slug: string): string; version(kind: VersionedDoc['kind'], slug: string, version: number): string },
  /** The status facts of a briefing; without it items carry none. */
  facts?: (slug: string) => StatusFacts,
): NewForYouData {
  const from = shiftDay(date, -DATA_WINDOW_DAYS);
  const items: NewItem[] = [];
  for (const b of briefings) {
    if (b.data.published < from) continue;
    const f = facts?.(b.slug);
    items.push({
      k: 'b',
      u: urls.briefing(b.slug),
      t: b.data.title,
      d: b.data.published,
      e: b.data.effective,
      ...(f && (f.until || f.supersededBy.length > 0) ? { f } : {}),
    });
  }
  for (const doc of docs) {
    for (const v of doc.versions) {
      if (v.version < 2 || v.data.changeType !== 'major' || v.data.validFrom < from) continue;
      items.push({
        k: doc.kind === 'checklist' ? 'c' : 'g',
        u: urls.version(doc.kind, doc.slug, v.version),
        t: v.data.title,
        d: v.data.validFrom,
        v: v.version,
      });
    }
  }
  items.sort((a, b) => b.d.localeCompare(a.d) || a.u.localeCompare(b.u));
  return { date, items };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the stored state; anything unexpected counts as a first visit. */
export function parseState(raw: string | null): VisitState | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<VisitState>;
    if (typeof value.last !== 'string' || !ISO.test(value.last)) return undefined;
    return {
      last: value.last,
      ...(typeof value.previous === 'string' && ISO.test(value.previous) ? { previous: value.previous } : {}),
      read: Array.isArray(value.read) ? value.read.filter((u): u is string => typeof u === 'string') : [],
    };
  } catch {
    return undefined;
  }
}

/** The state after arriving on `today`: a new day moves `last` to `previous`. */
export function startVisit(state: VisitState | undefined, today: string): VisitState {
  if (!state) return { last: today, read: [] };
  if (state.last < today) return { last: today, previous: state.last, read: state.read };
  return state;
}

/** Items newer than this day count as new. */
export function baselineOf(state: VisitState, today: string): string {
  return state.previous ?? shiftDay(today, -FIRST_VISIT_DAYS);
}

/** New and unread items as of `today`, newest first. */
export function newItems(data: NewForYouData, state: VisitState, today: string): NewItem[] {
  const since = baselineOf(state, today);
  const read = new Set(state.read);
  return data.items.filter((item) => item.d > since && item.d <= today && !read.has(item.u));
}

/** Marks URLs read; read marks of items no longer in the data are dropped to keep storage small. */
export function markRead(state: VisitState, urls: readonly string[], data: NewForYouData): VisitState {
  const known = new Set(data.items.map((i) => i.u));
  const read = [...new Set([...state.read, ...urls])].filter((u) => known.has(u));
  return { ...state, read };
}
