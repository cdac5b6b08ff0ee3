/**
 * Interface wording helpers: a count with the right noun form ("1 Warnung", "2 Warnungen"),
 * joined by a no-break space so number and noun stay on one line.
 */
import { NBSP } from './german.ts';

export function countOf(n: number, singular: string, plural: string): string {
  return `${n}${NBSP}${n === 1 ? singular : plural}`;
}
