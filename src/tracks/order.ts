/**
 * Tracks in order (CONTENT-MODEL.md, `after`): a track that comes after another starts when
 * that one ends, in the reader's calendar. Its offset is the number of plan weeks before its
 * week 1 – the weeks of every track before it in the chain (grundlagen: 0; aufenthalt after
 * grundlagen with 4 weeks: 4). Pure and cycle-safe (`npm run check` reports cycles; a cycle
 * here just ends the chain). Used at build time; the browser gets the offsets in the track data.
 */
export interface OrderedTrack {
  slug: string;
  data: { weeks: number; after?: string | undefined };
}

/** The slug `after` points to (`tracks/grundlagen` → `grundlagen`), if any. */
export function afterSlug(track: OrderedTrack): string | undefined {
  const ref = track.data.after;
  return ref?.startsWith('tracks/') ? ref.slice('tracks/'.length).split('@')[0] : undefined;
}

/** Plan weeks before week 1 of each track, by slug. */
export function trackOffsets(tracks: readonly OrderedTrack[]): Map<string, number> {
  const bySlug = new Map(tracks.map((t) => [t.slug, t]));
  const offsets = new Map<string, number>();
  const offsetOf = (track: OrderedTrack, seen: Set<string>): number => {
    const known = offsets.get(track.slug);
    if (known !== undefined) return known;
    const before = bySlug.get(afterSlug(track) ?? '');
    let offset = 0;
    if (before && before !== track && !seen.has(before.slug)) offset = offsetOf(before, new Set([...seen, track.slug])) + before.data.weeks;
    offsets.set(track.slug, offset);
    return offset;
  };
  for (const t of tracks) offsetOf(t, new Set([t.slug]));
  return offsets;
}
