/** Turns zod issues into author messages that name the field and propose a fix. */
import { z } from 'astro/zod';
import { metaOf } from '../schemas/fields.ts';
import type { Report } from './diagnostics.ts';
import type { FieldPath, YamlSource } from './source.ts';

export function fieldLabel(path: FieldPath): string {
  return path.reduce<string>((label, key) => (typeof key === 'number' ? `${label}[${key}]` : label ? `${label}.${key}` : key), '') || 'frontmatter';
}

/** Walks the schema along `path` and returns the deepest field meta found (`exact`: of the field itself). */
function fixAt(schema: z.ZodType, path: FieldPath): { fix?: string; exact: boolean } {
  let current: z.ZodType | undefined = schema;
  let fix: string | undefined;
  let exact = false;
  for (const key of path) {
    current = unwrap(current);
    const def = (current as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } } } | undefined)?._zod.def;
    if (!def) break;
    if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def.type === 'array') current = def.element;
    else break;
    exact = Boolean(current && metaOf(current)?.fix);
    if (current) fix = metaOf(current)?.fix ?? fix;
  }
  return { fix, exact };
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (;;) {
    const def = (current as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } } } | undefined)?._zod.def;
    if (def?.innerType) current = def.innerType;
    else if (def?.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** What was found, as the subject of „gefunden wurde …“. */
function typeName(value: unknown): string {
  if (value === null) return 'ein leerer Wert';
  if (Array.isArray(value)) return 'eine Liste';
  if (typeof value === 'object') return 'eine Feldgruppe';
  if (typeof value === 'number') return `die Zahl ${value}`;
  if (typeof value === 'boolean') return `der Wahrheitswert ${value}`;
  return `der Text „${String(value).slice(0, 60)}“`;
}

/**
 * The expected form, written with the author's own value: a list where one value was given
 * (`legalBasis: ["§ 3 AufenthG"]`), quotes where a number or date was read as such.
 */
function expectedForm(expected: string | undefined, path: FieldPath, value: unknown): string | undefined {
  const key = [...path].reverse().find((k) => typeof k === 'string');
  const prefix = typeof path.at(-1) === 'string' ? `${key}: ` : '- ';
  const quoted = (v: unknown) => JSON.stringify(v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date;
  if (expected === 'array' && scalar) return `als Liste in eckigen Klammern schreiben: ${prefix}[${quoted(value)}]`;
  if (expected === 'string' && scalar && typeof value !== 'string') return `in Anführungszeichen schreiben: ${prefix}${quoted(value)}`;
  if (expected === 'array' && value !== null && typeof value === 'object') return `als Liste schreiben: je Eintrag eine Zeile „- …“ unter ${key ?? 'dem Feld'}`;
  return undefined;
}

function valueAt(data: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), data);
}

export function validateAgainst<T>(schema: z.ZodType<T>, source: YamlSource, report: Report, basePath: FieldPath = []): T | undefined {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  // One message per field: a second issue on the same field („1.1.2023“: not JJJJ-MM-TT, and
  // no calendar day) only repeats the first.
  const reported = new Set<string>();
  for (const issue of result.error.issues) {
    const path = [...basePath, ...(issue.path as (string | number)[])];
    if (issue.code !== 'unrecognized_keys') {
      if (reported.has(JSON.stringify(path))) continue;
      reported.add(JSON.stringify(path));
    }
    const { line, column } = source.locate(path);
    const field = fieldLabel(path);
    const { fix, exact } = fixAt(schema, issue.path as (string | number)[]);
    const value = valueAt(source.data, issue.path as (string | number)[]);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        const known = knownKeys(schema, issue.path as (string | number)[]);
        const guess = closest(key, known);
        report.error({
          file: source.file,
          ...source.locate(keyPath),
          field: fieldLabel(keyPath),
          problem: `unbekanntes Feld „${key}“`,
          fix: guess ? `„${guess}“ schreiben (Tippfehler?)` : `das Feld entfernen; erlaubt sind ${known.join(', ')}`,
        });
      }
      continue;
    }
    if (issue.code === 'invalid_type' && value === undefined) {
      report.error({ file: source.file, line, column, field, problem: 'Pflichtfeld fehlt', fix: fix ?? `Feld ${field} ergänzen` });
      continue;
    }
    const problem = issue.code === 'invalid_type' ? `${issue.message}, gefunden wurde ${typeName(value)}` : issue.message;
    const form = issue.code === 'invalid_type' ? expectedForm((issue as { expected?: string }).expected, path, value) : undefined;
    // The form with the author's value first, unless the field's own fix already shows a list.
    const fullFix = !form ? (fix ?? `Wert von ${field} korrigieren`) : exact && fix ? (fix.includes('[') ? fix : `${form}; ${fix}`) : form;
    report.error({ file: source.file, line, column, field, problem, fix: fullFix });
  }
  return undefined;
}

function knownKeys(schema: z.ZodType, path: (string | number)[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    const def = (current as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } } })._zod.def;
    current = def.type === 'object' && typeof key === 'string' ? def.shape?.[key] : def.element;
  }
  const def = (unwrap(current) as unknown as { _zod: { def: { shape?: Record<string, z.ZodType> } } } | undefined)?._zod.def;
  return Object.keys(def?.shape ?? {});
}

/** The known key with the smallest edit distance (≤ 2, or differing only in case). */
function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = temp;
    }
  }
  return row[b.length];
}
