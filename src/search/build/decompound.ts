/**
 * Splits German compounds into their parts, with a word list instead of a list of compounds:
 *
 *   aufenthaltserlaubnis   → aufenthalts | erlaubnis
 *   fortgeltungsfiktion    → fortgeltungs | fiktion
 *   lebensunterhaltssicherung → lebens | unterhalts | sicherung
 *   aufenthaltserlaubnissen → aufenthalts | erlaubnissen   (inflection stays on the last part)
 *
 * German compounds are right-headed: the last part is a noun that says what the whole is
 * (Erlaubnis), the parts before it narrow it down. So a split is a known noun at the end (the
 * head, at least 4 letters, or 3 for frequent nouns such as "Amt") plus a known word before it
 * (the modifier, at least 4 letters or a frequent 3-letter noun), optionally joined by a linking
 * element (Fugenelement: s, es, n, en, er, e, ns, ens) or with a dropped final e (Sprachkurs ←
 * Sprache, only where the restored word is a noun). Both sides are split again. Among several splits the one whose parts are most
 * frequent wins (Koehn & Knight 2003), so rare accidental words do not cut common ones apart.
 * Short function words never count as modifiers ("Ausreise" is not aus + Reise), which keeps
 * verb prefixes whole. A modifier that no text uses alone still counts before a linking s and a
 * well-known noun (Heirat|s|urkunde). The segments returned keep the linking element on the left part, so they
 * concatenate to the input again (that is how src/search/build/index-html.ts marks split points).
 */
import { isNounStats, type WordCounts } from './wordlist.ts';

export interface Segment {
  /** The letters as they appear in the word (lowercase), linking element included. */
  surface: string;
  /** The dictionary form of the part: linking element removed, dropped e restored. */
  base: string;
}

const LINKS = ['ens', 'ns', 'es', 'en', 'er', 's', 'n', 'e'];
const ENDINGS = ['ern', 'nen', 'sen', 'ses', 'en', 'er', 'es', 'se', 'n', 'e', 's'];
const MIN_WORD = 7;
const NOUN_SUFFIX = /(?:ung|heit|keit|schaft|nis|tion|ität)$/;
const FREQUENT_SHORT = 20;

export class Decompounder {
  private readonly words: WordCounts;
  private readonly cache = new Map<string, Segment[] | null>();
  private readonly partsCache = new Map<string, string[]>();

  constructor(words: WordCounts) {
    this.words = words;
  }

  /** Parts of a lowercase word, or undefined when it is not a compound (or not known as one). */
  split(word: string): Segment[] | undefined {
    const lower = word.toLocaleLowerCase('de');
    if (lower.length < MIN_WORD || !/^\p{Ll}+$/u.test(lower)) return undefined;
    return this.splitCached(lower) ?? this.splitInflected(lower) ?? undefined;
  }

  /** Every part worth indexing: the leaf bases plus the surfaces that differ from them. */
  parts(word: string): string[] {
    let parts = this.partsCache.get(word);
    if (parts) return parts;
    const out = new Set<string>();
    for (const s of this.split(word) ?? []) {
      out.add(s.base);
      if (s.surface !== s.base) out.add(s.surface);
    }
    parts = [...out];
    this.partsCache.set(word, parts);
    return parts;
  }

  private splitInflected(word: string): Segment[] | undefined {
    for (const ending of ENDINGS) {
      if (!word.endsWith(ending) || word.length - ending.length < MIN_WORD) continue;
      const segments = this.splitCached(word.slice(0, -ending.length));
      if (segments) {
        const last = segments[segments.length - 1];
        return [...segments.slice(0, -1), { surface: last.surface + ending, base: last.base + ending }];
      }
    }
    return undefined;
  }

  private splitCached(word: string): Segment[] | undefined {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit ?? undefined;
    this.cache.set(word, null);
    const result = this.bestSplit(word);
    this.cache.set(word, result ?? null);
    return result;
  }

  private bestSplit(word: string): Segment[] | undefined {
    let best: { score: number; headLength: number; segments: Segment[] } | undefined;
    for (let headLength = word.length - 3; headLength >= 3; headLength -= 1) {
      const head = word.slice(word.length - headLength);
      const headCount = this.headCount(head);
      if (headCount === 0) continue;
      const prefix = word.slice(0, word.length - headLength);
      for (const base of modifierBases(prefix)) {
        if (base.length > prefix.length && !this.isNoun(base)) continue;
        const modifier = this.modifier(base) ?? this.unknownWithLink(prefix, base, head, headCount);
        if (!modifier) continue;
        const score = Math.sqrt(modifier.count * headCount);
        if (!best || score > best.score) {
          const left = modifier.segments.slice(0, -1);
          const last = modifier.segments[modifier.segments.length - 1];
          const surfaceTail = prefix.slice(modifier.segments.slice(0, -1).reduce((n, s) => n + s.surface.length, 0));
          const headSegments = this.splitCached(head) ?? [{ surface: head, base: head }];
          best = { score, headLength, segments: [...left, { surface: surfaceTail, base: last.base }, ...headSegments] };
        }
      }
    }
    return best?.segments;
  }

  private isNoun(word: string): boolean {
    const stats = this.words.get(word);
    return stats !== undefined && isNounStats(stats);
  }

  /**
   * How often `head` occurs, when it may end a compound (a noun); 0 otherwise. Words with a noun
   * suffix (-ung, -heit, -keit, -schaft, -nis, -tion, -ität) are nouns whatever their spelling in
   * the texts, and an -ung noun that never occurs alone still counts when its verb does
   * (Einwanderung ← einwandern).
   */
  private headCount(head: string): number {
    const stats = this.words.get(head);
    if (stats && (isNounStats(stats) || NOUN_SUFFIX.test(head))) {
      return head.length === 3 && stats.count < FREQUENT_SHORT ? 0 : stats.count;
    }
    if (!stats && head.length >= 7 && head.endsWith('ung')) {
      const stem = head.slice(0, -3);
      return this.words.get(`${stem}en`)?.count ?? this.words.get(`${stem}n`)?.count ?? 0;
    }
    return 0;
  }

  /**
   * A modifier no text uses alone ("Heirat" in Heiratsurkunde) still counts when it is joined by
   * the linking s to a well-known noun of 5+ letters: the s marks the boundary. Scored low, so
   * that splits into known words win.
   */
  private unknownWithLink(prefix: string, base: string, head: string, headCount: number): { count: number; segments: Segment[] } | undefined {
    if (base !== prefix.slice(0, -1) || !prefix.endsWith('s') || prefix.endsWith('ss') || base.length < 4 || head.length < 5 || headCount < 10)
      return undefined;
    if (!/[aeiouäöüy]/.test(base) || this.words.has(base)) return undefined;
    return { count: 1, segments: [{ surface: base, base }] };
  }

  /** A modifier is a known word (4+ letters, or a frequent 3-letter noun) or itself a compound. */
  private modifier(base: string): { count: number; segments: Segment[] } | undefined {
    const stats = this.words.get(base);
    if (stats && (base.length >= 4 || (isNounStats(stats) && stats.count >= FREQUENT_SHORT))) {
      const inner = base.length >= MIN_WORD ? this.splitCached(base) : undefined;
      return { count: stats.count, segments: inner ?? [{ surface: base, base }] };
    }
    if (base.length < MIN_WORD) return undefined;
    const segments = this.splitCached(base);
    if (!segments) return undefined;
    const count = Math.min(...segments.map((s) => this.words.get(s.base)?.count ?? 1));
    return { count, segments };
  }
}

/** Candidate dictionary forms of the part before the head: as written, without link, with e. */
function modifierBases(prefix: string): string[] {
  const bases = [prefix];
  for (const link of LINKS) {
    if (prefix.endsWith(link) && prefix.length - link.length >= 3) bases.push(prefix.slice(0, -link.length));
  }
  bases.push(`${prefix}e`);
  return bases;
}
