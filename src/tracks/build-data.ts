/**
 * Build time only: turns the validated tracks into the compact data of data.ts. Computed once
 * per build (memoized on the site model), so a page costs a lookup, and the reading time of a
 * document is estimated once however many tracks point to it.
 */
import type { Track } from '../model/types.ts';
import { currentVersion, type SiteModel } from '../site/model.ts';
import { plainText } from '../site/plain-text.ts';
import { docUrl, parseRef, refUrl, SECTION } from '../site/urls.ts';
import type { ModuleData, QuizItem, ReadItem, TrackData, TrackPagePayload, TracksPayload } from './data.ts';
import { itemIds, moduleIds } from './ids.ts';
import { readingMinutes } from './reading-time.ts';
import { afterSlug, trackOffsets } from './order.ts';

const cache = new WeakMap<SiteModel, Map<string, TrackData>>();

function readItem(model: SiteModel, ref: string, memo: Map<string, ReadItem>): ReadItem {
  const known = memo.get(ref);
  if (known) return known;
  const parsed = parseRef(ref);
  const target = model.byRef.get(ref.split('@')[0]);
  let item: ReadItem;
  if (!parsed || !target) {
    item = { key: ref, title: ref, type: 'Dokument', url: refUrl(ref) ?? '#', minutes: 1 };
  } else if ('versions' in target) {
    const version = parsed.version ? target.versions[parsed.version - 1] : currentVersion(target, model.date);
    item = {
      key: ref,
      title: version.data.title,
      type: SECTION[target.kind].label,
      url: refUrl(ref) ?? docUrl(target.kind, target.slug),
      minutes: readingMinutes(plainText(version.body)),
      versioned: {
        kind: target.kind,
        slug: target.slug,
        ...(parsed.version ? { pin: parsed.version } : {}),
        versions: target.versions.map((v) => [v.data.validFrom, v.data.changeType === 'major' ? 1 : 0]),
      },
    };
  } else {
    item = {
      key: ref,
      title: target.data.title,
      type: SECTION[target.kind].label,
      url: docUrl(target.kind, target.slug),
      minutes: readingMinutes(plainText(target.body)),
    };
  }
  memo.set(ref, item);
  return item;
}

function buildTrack(model: SiteModel, track: Track, memo: Map<string, ReadItem>, offsets: Map<string, number>): TrackData {
  const ids = moduleIds(track.data.modules.map((m) => m.title));
  const modules: ModuleData[] = track.data.modules.map((m, i) => {
    const taskIds = itemIds('t', m.tasks ?? []);
    const quizIds = itemIds(
      'q',
      (m.quiz ?? []).map((q) => q.question),
    );
    return {
      id: ids[i],
      title: m.title,
      week: m.week,
      read: (m.read ?? []).map((ref) => readItem(model, ref, memo)),
      tasks: (m.tasks ?? []).map((text, t) => ({ id: taskIds[t], text })),
      quiz: (m.quiz ?? []).map((q, n): QuizItem => ({
        id: quizIds[n],
        question: q.question,
        options: q.options,
        answer: q.answer,
        explanation: q.explanation,
      })),
    };
  });
  const before = model.content.tracks.find((t) => t.slug === afterSlug(track) && t !== track);
  return {
    slug: track.slug,
    title: track.data.title,
    url: docUrl('track', track.slug),
    weeks: track.data.weeks,
    teams: track.data.teams,
    ...(offsets.get(track.slug) ? { offset: offsets.get(track.slug) } : {}),
    ...(before ? { after: { slug: before.slug, title: before.data.title, url: docUrl('track', before.slug) } } : {}),
    modules,
  };
}

/** Every track with answers: for the track pages themselves. */
export function trackData(model: SiteModel, track: Track): TrackData {
  let byTrack = cache.get(model);
  if (!byTrack) {
    byTrack = new Map();
    const memo = new Map<string, ReadItem>();
    const offsets = trackOffsets(model.content.tracks);
    for (const t of model.content.tracks) byTrack.set(t.slug, buildTrack(model, t, memo, offsets));
    cache.set(model, byTrack);
  }
  return byTrack.get(track.slug)!;
}

/** Without options, answers and explanations: for overviews, the report and the start page. */
export function withoutAnswers(data: TrackData): TrackData {
  return { ...data, modules: data.modules.map((m) => ({ ...m, quiz: m.quiz.map((q) => ({ id: q.id, question: q.question })) })) };
}

/** /einarbeitung/daten.json: every track without answers (overview, report, start page). */
export function tracksPayload(model: SiteModel): TracksPayload {
  return { buildDate: model.date, tracks: sortedTracks(model).map((t) => withoutAnswers(trackData(model, t))) };
}

/**
 * A track page's own data: ids, version histories, answers and explanations – nothing the page
 * shows in its HTML anyway (titles, texts, questions, options), so the page stays small.
 */
export function trackPagePayload(model: SiteModel, track: Track): TrackPagePayload {
  const data = trackData(model, track);
  return {
    buildDate: model.date,
    track: {
      slug: data.slug,
      weeks: data.weeks,
      ...(data.offset ? { offset: data.offset } : {}),
      modules: data.modules.map((m) => ({
        id: m.id,
        title: m.title,
        read: m.read.map((r) => (r.versioned ? { key: r.key, versioned: r.versioned } : { key: r.key })),
        tasks: m.tasks.map((t) => ({ id: t.id })),
        quiz: m.quiz.map((q) => ({ id: q.id, answer: q.answer ?? -1, explanation: q.explanation ?? '' })),
      })),
    },
  };
}

/**
 * JSON for a `<script type="application/json">` island: `<` escaped, so no text inside can end
 * the element or open a comment; JSON.parse reads `\u003c` back as `<`.
 */
export function jsonIsland(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Tracks in reading order: a track before those that come after it (`after`), then by title, German collation. */
export function sortedTracks(model: SiteModel): Track[] {
  const offsets = trackOffsets(model.content.tracks);
  return [...model.content.tracks].sort((a, b) => (offsets.get(a.slug) ?? 0) - (offsets.get(b.slug) ?? 0) || a.data.title.localeCompare(b.data.title, 'de'));
}

export function totalMinutes(data: TrackData): number {
  return data.modules.reduce((sum, m) => sum + m.read.reduce((s, r) => s + r.minutes, 0), 0);
}

/** Slugs the track routes need for themselves; a track of that name would collide with the page. */
export const RESERVED_TRACK_SLUGS = ['stand'];

/** `getStaticPaths` of the track routes; refuses a track whose slug a fixed page uses. */
export function trackPaths(model: SiteModel): { params: { slug: string }; props: { track: Track } }[] {
  const clash = model.content.tracks.find((t) => RESERVED_TRACK_SLUGS.includes(t.slug));
  if (clash)
    throw new Error(
      `${clash.file} slug — „${clash.slug}“ ist als Adresse einer festen Seite (/einarbeitung/${clash.slug}/) vergeben. Fix: die Datei umbenennen, z. B. ${clash.slug}-pfad.mdx.`,
    );
  return model.content.tracks.map((track) => ({ params: { slug: track.slug }, props: { track } }));
}
