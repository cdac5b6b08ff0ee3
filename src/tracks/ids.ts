/**
 * Stable ids for what a reader can mark done. Track frontmatter has no ids, so they are derived
 * from the text: a module from its title, a task or question from a short hash of its wording.
 * Inserting or reordering modules keeps everyone's progress; rewording an item starts it afresh,
 * which is right – the reader has not done the new thing yet.
 */
import { asciiWords } from '../model/slug.ts';

/** `Fiktion und Verlängerung` → `fiktion-und-verlaengerung` (same transliteration as slugs). */
export function slugify(text: string): string {
  const slug = asciiWords(text).slice(0, 60).replace(/-+$/, '');
  return slug || 'modul';
}

/** FNV-1a, 32 bit, as 7 base-36 characters: short, stable, good enough to tell items apart. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.normalize('NFC')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** Makes ids unique within one list: the second `x` becomes `x-2`. */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}

export const moduleIds = (titles: readonly string[]) => uniqueIds(titles.map(slugify));
export const itemIds = (prefix: 't' | 'q', texts: readonly string[]) => uniqueIds(texts.map((t) => `${prefix}${shortHash(t.trim())}`));

/** Key of a task or quiz question in the stored progress: `<track>/<module>/<item>`. */
export const itemKey = (track: string, module: string, item: string) => `${track}/${module}/${item}`;
