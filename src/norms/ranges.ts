/**
 * Turns the references of one citation into single provisions, enumerating ranges:
 * §§ 8 bis 16 → 8, 9, …, 16; §§ 60a bis 60d → 60a, 60b, 60c, 60d; §§ 9 bis 9c → 9, 9a, 9b, 9c;
 * Buchst. a bis c → a, b, c. A range that cannot be enumerated without the law text
 * (§§ 240 bis 279a) stays one provision: `paragraphTo` for paragraphs, "2 bis 2c" below.
 */
import type { Field } from './tokens.ts';

/** One reference as read from the text, before ranges are expanded. */
export interface Reference {
  paragraph: string;
  paragraphTo?: string;
  /** Sub-units in the order they were written: [["absatz", "1"], ["satz", "2"]]. */
  path: [Field, string][];
  following?: 'f.' | 'ff.';
  /** Set when this reference closes a range opened by the previous one, at this level. */
  rangeLevel?: Field | 'paragraph';
}

/** Longer ranges are kept as ranges: they are rare, and a list of 60 links helps no one. */
const MAX_ENUMERATED = 100;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The values from `from` to `to` inclusive, or undefined when they cannot be listed. */
export function enumerate(from: string, to: string): string[] | undefined {
  const a = /^(\d*)([a-z]*)$/.exec(from);
  const b = /^(\d*)([a-z]*)$/.exec(to);
  if (!a || !b || from === to) return undefined;
  const [, numA = '', letA = ''] = a;
  const [, numB = '', letB = ''] = b;
  if (numA !== '' && numB !== '' && letA === '' && letB === '') {
    const start = Number(numA);
    const end = Number(numB);
    if (end <= start || end - start >= MAX_ENUMERATED) return undefined;
    return Array.from({ length: end - start + 1 }, (_, i) => String(start + i));
  }
  // Same number, letters rising: 60a–60d, 9–9c, or plain letters a–c.
  if (numA !== numB || letA.length > 1 || letB.length !== 1) return undefined;
  const first = letA === '' ? -1 : LETTERS.indexOf(letA);
  const last = LETTERS.indexOf(letB);
  if (last <= first) return undefined;
  const values = LETTERS.slice(first + 1, last + 1)
    .split('')
    .map((letter) => numA + letter);
  return [letA === '' ? numA : from, ...values];
}

function valueAt(ref: Reference, level: Field | 'paragraph'): string | undefined {
  if (level === 'paragraph') return ref.paragraph;
  return ref.path.find(([field]) => field === level)?.[1];
}

function withValue(ref: Reference, level: Field | 'paragraph', value: string): Reference {
  if (level === 'paragraph') return { paragraph: value, path: [] };
  const cut = ref.path.findIndex(([field]) => field === level);
  return { paragraph: ref.paragraph, path: [...ref.path.slice(0, cut), [level, value]] };
}

function closeRange(from: Reference, to: Reference, level: Field | 'paragraph'): Reference[] {
  const start = valueAt(from, level);
  const end = valueAt(to, level);
  if (start === undefined || end === undefined) return [from, to];
  const values = enumerate(start, end);
  if (values) {
    const middle = values.slice(1, -1).map((value) => withValue(from, level, value));
    return [from, ...middle, to];
  }
  if (level === 'paragraph') {
    if (from.path.length > 0 || to.path.length > 0) return [from, to];
    return [{ ...from, paragraphTo: to.paragraph, following: to.following }];
  }
  return [withValue(from, level, `${start} bis ${end}`)];
}

export function expandReferences(refs: readonly Reference[]): Reference[] {
  const out: Reference[] = [];
  for (const ref of refs) {
    const previous = out[out.length - 1];
    if (ref.rangeLevel && previous) out.splice(out.length - 1, 1, ...closeRange(previous, ref, ref.rangeLevel));
    else out.push(ref);
  }
  return out.map(({ rangeLevel: _, ...rest }) => rest);
}
