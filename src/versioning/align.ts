/**
 * Aligns two ordered lists (sections, checklist items, text blocks): equal entries are matched in
 * order (longest common subsequence via jsdiff's `diffArrays`); within each stretch of removed and
 * added entries, the most similar pairs above a threshold become "changed", the rest stay
 * removed or added. The result follows the new order, with removed entries where they stood.
 */
import { diffArrays } from 'diff';

export type AlignKind = 'same' | 'changed' | 'added' | 'removed';

export interface Aligned<T> {
  kind: AlignKind;
  before?: T;
  after?: T;
}

export interface AlignOptions<T> {
  /** Entries with the same key are the same entry. */
  key: (entry: T) => string;
  /** 0…1; pairs at or above `threshold` count as one changed entry. */
  similarity: (before: T, after: T) => number;
  threshold: number;
}

export function align<T>(before: readonly T[], after: readonly T[], options: AlignOptions<T>): Aligned<T>[] {
  const chunks = diffArrays(before.map(options.key), after.map(options.key));
  const result: Aligned<T>[] = [];
  let i = 0;
  let j = 0;
  let removed: T[] = [];
  let added: T[] = [];
  const flush = () => {
    result.push(...pairUp(removed, added, options));
    removed = [];
    added = [];
  };
  for (const chunk of chunks) {
    if (chunk.removed) {
      removed.push(...before.slice(i, i + chunk.count));
      i += chunk.count;
    } else if (chunk.added) {
      added.push(...after.slice(j, j + chunk.count));
      j += chunk.count;
    } else {
      flush();
      for (let k = 0; k < chunk.count; k++) result.push({ kind: 'same', before: before[i + k], after: after[j + k] });
      i += chunk.count;
      j += chunk.count;
    }
  }
  flush();
  return result;
}

/** Greedy best-first pairing within one stretch; stretches are short, so O(r·a) is fine. */
function pairUp<T>(removed: T[], added: T[], options: AlignOptions<T>): Aligned<T>[] {
  const candidates: { r: number; a: number; score: number }[] = [];
  removed.forEach((before, r) =>
    added.forEach((after, a) => {
      const score = options.similarity(before, after);
      if (score >= options.threshold) candidates.push({ r, a, score });
    }),
  );
  candidates.sort((x, y) => y.score - x.score || x.r - y.r || x.a - y.a);
  const partnerOfAdded = new Map<number, number>();
  const takenRemoved = new Set<number>();
  for (const c of candidates) {
    if (takenRemoved.has(c.r) || partnerOfAdded.has(c.a)) continue;
    // Keep pairs in order: a pair may not cross an earlier pair.
    const crosses = [...partnerOfAdded].some(([a, r]) => (a < c.a && r > c.r) || (a > c.a && r < c.r));
    if (crosses) continue;
    takenRemoved.add(c.r);
    partnerOfAdded.set(c.a, c.r);
  }
  const nextPaired = (from: number) => {
    for (let r = from; r < removed.length; r++) if (takenRemoved.has(r)) return r;
    return removed.length;
  };
  const out: Aligned<T>[] = [];
  let nextRemoved = 0;
  const emitRemovedUpTo = (limit: number) => {
    for (; nextRemoved < limit; nextRemoved++) if (!takenRemoved.has(nextRemoved)) out.push({ kind: 'removed', before: removed[nextRemoved] });
  };
  added.forEach((after, a) => {
    const r = partnerOfAdded.get(a);
    if (r !== undefined) {
      emitRemovedUpTo(r);
      nextRemoved = r + 1;
      out.push({ kind: 'changed', before: removed[r], after });
    } else {
      // Deletions first, then insertions, as readers expect from a diff.
      emitRemovedUpTo(nextPaired(nextRemoved));
      out.push({ kind: 'added', after });
    }
  });
  emitRemovedUpTo(removed.length);
  return out;
}
