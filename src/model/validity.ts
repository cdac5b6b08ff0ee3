/**
 * Which version applies on which day (CONTENT-MODEL.md, "Validity"): a version applies from its
 * `validFrom` until the day before the next version's `validFrom`; a version whose `validFrom`
 * lies after the reference date is announced. The same rule runs in the browser
 * (src/client/validity.ts imports this module), so a page read days after its build still tells
 * the truth.
 */
export type ValidityStatus = 'current' | 'announced' | 'superseded';

export interface Validity {
  validFrom: string;
  /** Last day of validity, or null while open-ended. */
  validUntil: string | null;
  status: ValidityStatus;
}

/** ISO day before `day` (both `YYYY-MM-DD`). */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
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

/** Index of the version that applies on `date`, or -1 when none applied yet. */
export function versionIndexOn(validFroms: readonly string[], date: string): number {
  let found = -1;
  validFroms.forEach((from, i) => {
    if (from <= date) found = i;
  });
  return found;
}

/** German date `27.06.2024` from ISO `2024-06-27`. */
export function germanDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
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
