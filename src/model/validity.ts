/**
 * Which version applies on which day (CONTENT-MODEL.md, "Validity"): a version applies from its
 * `validFrom` until the day before the next version's `validFrom`; a version whose `validFrom`
 * lies after the reference date is announced. The same rule runs in the browser
 * (src/client/versions/validity.ts imports this module), so a page read days after its build still tells
 * the truth.
 */
import { addDays, germanDate } from './day.ts';

export type ValidityStatus = 'current' | 'announced' | 'superseded';

export interface Validity {
  validFrom: string;
  /** Last day of validity, or null while open-ended. */
  validUntil: string | null;
  status: ValidityStatus;
}

/** ISO day before `day` (both `YYYY-MM-DD`). */
export function dayBefore(day: string): string {
  return addDays(day, -1);
}

/**
 * Validity of the version at `index` in `validFroms` (the versions' start days in version order,
 * strictly rising) as of `date`.
 */
export function validityOf(validFroms: readonly string[], index: number, date: string): Validity {
  const validFrom = validFroms[index];
  const next = validFroms[index + 1];
  const validUntil = next ? dayBefore(next) : null;
  let status: ValidityStatus;
  if (validFrom > date) status = 'announced';
  else if (next !== undefined && next <= date) status = 'superseded';
  else status = 'current';
  return { validFrom, validUntil, status };
}

/**
 * Index of the version shown at a document's address on `date`: the one that applies, or the
 * first while every version is still announced. Pages, search, health, tracks and the
 * current-version copies all ask this one rule.
 */
export function currentIndexOn(validFroms: readonly string[], date: string): number {
  return Math.max(versionIndexOn(validFroms, date), 0);
}

/** The version shown at a document's address on `date` (see currentIndexOn). */
export function currentOf<V extends { data: { validFrom: string } }>(versions: readonly V[], date: string): V {
  return versions[
    currentIndexOn(
      versions.map((v) => v.data.validFrom),
      date,
    )
  ] as V;
}

/** Index of the version that applies on `date`, or -1 when none applied yet. */
export function versionIndexOn(validFroms: readonly string[], date: string): number {
  let found = -1;
  validFroms.forEach((from, i) => {
    if (from <= date) found = i;
  });
  return found;
}

/** The validity in words, as every version page states it. */
export function validityText(v: Validity): string {
  if (v.status === 'announced') return `gilt ab ${germanDate(v.validFrom)} — angekündigt`;
  if (v.validUntil) return `gültig vom ${germanDate(v.validFrom)} bis ${germanDate(v.validUntil)}`;
  return `gilt seit ${germanDate(v.validFrom)}`;
}

export const STATUS_LABEL: Record<ValidityStatus, string> = {
  current: 'aktuell gültig',
  announced: 'angekündigt',
  superseded: 'nicht mehr gültig',
};
