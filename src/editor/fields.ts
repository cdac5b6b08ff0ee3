/**
 * Decap CMS fields from Lotse's zod schemas: one editor field per schema field, in schema order,
 * with the German label (src/schemas/labels.ts), the schema's description as hint, `required`
 * from the schema and allowed values from the content set (teams, documents, briefings). Which
 * widget a field gets follows its zod type; fields whose values come from a list are named below.
 */
import type { z } from 'astro/zod';
import { metaOf } from '../schemas/fields.ts';
import { FIELD_LABELS } from '../schemas/labels.ts';

export interface Option {
  label: string;
  value: string;
}

/** Allowed values from the content set, filled in at build time. */
export interface FieldChoices {
  teams: Option[];
  /** `checklists/<slug>` and `guidelines/<slug>`. */
  documents: Option[];
  /** `briefings/<slug>`. */
  briefingRefs: Option[];
  /** Briefing slugs (a version's `briefing` field). */
  briefingSlugs: Option[];
  trackRefs: Option[];
  /** Every reference target (glossary `see`, track `read`). */
  allRefs: Option[];
}

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

const DATE_FIELDS = new Set(['validFrom', 'reviewDue', 'published', 'effective', 'until', 'date']);
const DATE_PATTERN = ['^\\d{4}-\\d{2}-\\d{2}$', 'Datum in der Form JJJJ-MM-TT, z. B. 2026-07-01'];
const LONG_TEXT = new Set(['summary', 'definition', 'explanation', 'note']);

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; entries?: Record<string, string>; in?: z.ZodType };
const defOf = (s: z.ZodType | undefined) => (s as unknown as { _zod: { def: Def } } | undefined)?._zod.def;

/** Strips optional/default/pipe wrappers; `optional` tells whether the field may be left out. */
export function unwrapField(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    const def = defOf(current);
    if (!def) return { inner: current, optional };
    if (def.type === 'optional' || def.type === 'default') optional = true;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return { inner: current, optional };
  }
}

/** The fields of a zod object schema (strict objects included). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  return defOf(unwrapField(schema).inner)?.shape ?? {};
}

const CHANGE_TYPE_LABELS: Record<string, string> = {
  major: 'inhaltlich (major): Leserinnen und Leser werden hingewiesen',
  minor: 'redaktionell (minor): Tippfehler, Formulierung',
};

function listChoice(key: string, choices: FieldChoices): Option[] | undefined {
  switch (key) {
    case 'teams':
      return choices.teams;
    case 'affects':
      return choices.documents;
    case 'supersedes':
      return choices.briefingRefs;
    case 'read':
    case 'see':
      return choices.allRefs;
    default:
      return undefined;
  }
}

/** One editor field for schema field `key` at `path` (`sources[].title`). */
export function fieldFor(key: string, schema: z.ZodType, choices: FieldChoices, path = key): DecapField {
  const { inner, optional } = unwrapField(schema);
  const def = defOf(inner);
  const label = FIELD_LABELS[path] ?? FIELD_LABELS[key] ?? key;
  const description = metaOf(schema)?.description;
  const base: DecapField = { name: key, label, widget: 'string', required: !optional, ...(description ? { hint: description } : {}) };
  // A new version from a briefing's offer starts with the briefing's effective date and link (widgets.ts).
  if (key === 'validFrom')
    return {
      ...base,
      widget: 'lotse-reset-text',
      lotse_new_version_from: 'validFrom',
      pattern: DATE_PATTERN,
      hint: description ?? 'Datum in der Form JJJJ-MM-TT',
    };
  if (DATE_FIELDS.has(key)) return { ...base, widget: 'string', pattern: DATE_PATTERN, hint: description ?? 'Datum in der Form JJJJ-MM-TT' };
  if (key === 'briefing') return { ...base, widget: 'lotse-briefing', options: choices.briefingSlugs };
  if (key === 'after') return { ...base, widget: 'select', options: choices.trackRefs };
  if (key === 'legalBasis') return { ...base, widget: 'lotse-citations' };
  // „Neue Fassung“ starts with an empty change note and without approval (four-eyes).
  if (key === 'approvedBy') return { ...base, widget: 'lotse-reset-text' };
  const choiceList = listChoice(key, choices);
  if (choiceList && def?.type === 'array') return { ...base, widget: 'select', multiple: true, options: choiceList, ...(optional ? {} : { min: 1 }) };
  switch (def?.type) {
    case 'boolean':
      return { ...base, widget: 'boolean', required: false };
    case 'number':
      return { ...base, widget: 'number', value_type: 'int' };
    case 'enum':
      return {
        ...base,
        widget: 'select',
        options: Object.keys(def.entries ?? {}).map((value) => ({ value, label: key === 'changeType' ? (CHANGE_TYPE_LABELS[value] ?? value) : value })),
      };
    case 'object':
      return { ...base, widget: 'object', fields: Object.entries(def.shape ?? {}).map(([k, s]) => fieldFor(k, s, choices, `${path}.${k}`)) };
    case 'array': {
      const element = unwrapField(def.element as z.ZodType).inner;
      const elementDef = defOf(element);
      if (elementDef?.type === 'object') {
        return { ...base, widget: 'list', fields: Object.entries(elementDef.shape ?? {}).map(([k, s]) => fieldFor(k, s, choices, `${path}[].${k}`)) };
      }
      return { ...base, widget: 'lotse-lines', ...(key === 'changes' ? { lotse_new_version_reset: true } : {}) };
    }
    default:
      return LONG_TEXT.has(key) ? { ...base, widget: 'text' } : base;
  }
}

/** Editor fields for every field of an object schema, in schema order. */
export function fieldsFor(schema: z.ZodType, choices: FieldChoices): DecapField[] {
  return Object.entries(shapeOf(schema)).map(([key, s]) => fieldFor(key, s, choices));
}
