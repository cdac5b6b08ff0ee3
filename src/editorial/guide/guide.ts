/**
 * The field tables of the authors' guide (/hilfe/autoren/), generated from the zod schemas in
 * src/schemas: the same schemas `npm run check` validates with, so guide and validation cannot
 * drift apart. Descriptions and examples come from each field's `meta()`, types and "required"
 * from the schema itself (types by probing it with sample values, so the guide says exactly
 * what validation accepts).
 */
import { z } from 'astro/zod';
import { briefingSchema } from '../../schemas/briefing.ts';
import { metaOf, type SchemaContext } from '../../schemas/fields.ts';
import { glossarySchema, lawsSchema, siteSchema, teamsSchema } from '../../schemas/registries.ts';
import { trackSchema } from '../../schemas/track.ts';
import { versionedSchema } from '../../schemas/versioned.ts';
import { FIELD_NOTES } from './field-notes.ts';

export interface FieldRow {
  /** `title`, `sources[].url`, `modules[].quiz[].answer`. */
  path: string;
  type: string;
  required: boolean;
  description: string;
  example?: string;
}

export interface FieldTable {
  id: string;
  title: string;
  /** Where authors write these fields. */
  files: string[];
  rows: FieldRow[];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: { check?: string; maximum?: number; minimum?: number } } }[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas the guide documents, in the order of the guide. */
export function guideSchemas(ctx: SchemaContext): { id: string; title: string; files: string[]; schema: z.ZodType }[] {
  return [
    {
      id: 'versioned',
      title: 'Checklisten und Leitfäden (jede Fassung)',
      files: ['checklists/<slug>/v<N>.mdx', 'content/guidelines/<slug>/v<N>.mdx'],
      schema: versionedSchema(ctx),
    },
    { id: 'briefing', title: 'Rechtsänderungen', files: ['content/briefings/<slug>.mdx'], schema: briefingSchema(ctx) },
    { id: 'track', title: 'Einarbeitungspfade', files: ['content/tracks/<slug>.mdx'], schema: trackSchema(ctx) },
    { id: 'glossary', title: 'Glossar (ein Eintrag)', files: ['content/glossary.yaml'], schema: glossarySchema(ctx) },
    { id: 'teams', title: 'Teams (ein Eintrag)', files: ['content/teams.yaml'], schema: teamsSchema },
    { id: 'laws', title: 'Gesetze (ein Eintrag)', files: ['content/laws.yaml'], schema: lawsSchema },
    { id: 'site', title: 'Die Behörde', files: ['content/site.yaml'], schema: siteSchema },
  ];
}

export function fieldTables(ctx: SchemaContext): FieldTable[] {
  return guideSchemas(ctx).map(({ id, title, files, schema }) => ({ id, title, files, rows: fieldRows(id, schema, ctx) }));
}

/** Rows for every field of an object schema (or of the entries of a list schema), nested fields included. */
export function fieldRows(tableId: string, schema: z.ZodType, ctx: SchemaContext, prefix = ''): FieldRow[] {
  const root = defOf(schema);
  const object = root.type === 'array' && root.element ? root.element : schema;
  const shape = defOf(object).shape ?? {};
  const rows: FieldRow[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const path = `${prefix}${key}`;
    const inner = unwrapOptional(field);
    const meta = metaOf(field);
    const note = FIELD_NOTES[tableId]?.[path];
    rows.push({
      path,
      type: typeLabel(inner, ctx),
      required: inner === field ? true : false,
      description: meta?.description ?? note?.description ?? '',
      ...((meta?.example ?? note?.example) ? { example: meta?.example ?? note?.example } : {}),
    });
    const def = defOf(inner);
    if (def.type === 'object') rows.push(...fieldRows(tableId, inner, ctx, `${path}.`));
    if (def.type === 'array' && def.element && defOf(def.element).type === 'object') rows.push(...fieldRows(tableId, def.element, ctx, `${path}[].`));
  }
  return rows;
}

function unwrapOptional(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (['optional', 'default'].includes(defOf(current).type) && defOf(current).innerType) current = defOf(current).innerType!;
  return current;
}

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

/** A German type label, found by asking the schema which sample values it accepts. */
export function typeLabel(schema: z.ZodType, ctx: SchemaContext): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'boolean':
      return 'true oder false';
    case 'enum':
      return Object.values(def.entries ?? {})
        .map((e) => `„${e}“`)
        .join(' oder ');
    case 'object':
      return 'Feldgruppe (Felder darunter)';
    case 'number': {
      const whole = !accepts(schema, 1.5);
      const min = [0, 1].find((n) => accepts(schema, n) && !accepts(schema, n - 1));
      return `${whole ? 'ganze Zahl' : 'Zahl'}${min !== undefined ? ` ≥ ${min}` : ''}`;
    }
    case 'array': {
      const element = def.element!;
      const of = defOf(element).type === 'object' ? 'Feldgruppen (Felder darunter)' : typeLabel(element, ctx);
      const min = def.checks?.map((c) => c._zod.def).find((c) => c.check === 'min_length')?.minimum;
      return `Liste: ${of}${min ? `, mindestens ${min}` : ''}`;
    }
    case 'string':
      return stringLabel(schema, def, ctx);
    default:
      return def.type;
  }
}

function stringLabel(schema: z.ZodType, def: Def, ctx: SchemaContext): string {
  if (def.format === 'url') return 'Adresse (http/https)';
  if (def.format === 'email') return 'E-Mail-Adresse';
  const free = 'Freier Text mit Leerzeichen';
  if (accepts(schema, free)) {
    const max = def.checks?.map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum;
    return max ? `Text, höchstens ${max} Zeichen` : 'Text';
  }
  if (accepts(schema, '2024-06-27') && !accepts(schema, 'beispiel')) return 'Datum JJJJ-MM-TT';
  if (accepts(schema, 'checklists/beispiel')) return 'Verweis (checklists/<slug>, guidelines/<slug>, briefings/<slug>, tracks/<slug>, optional @v<N>)';
  if (accepts(schema, '§ 81 AufenthG') || accepts(schema, 'Art. 16a GG')) return 'Zitat, z. B. „§ 81 Abs. 4 Satz 1 AufenthG“';
  const team = ctx.teamIds[0];
  if (team && accepts(schema, team) && !accepts(schema, 'keinteam') && !accepts(schema, 'kein-team')) return 'Team-ID aus content/teams.yaml';
  if (accepts(schema, 'beispiel-slug')) return 'Slug (Kleinbuchstaben, Ziffern, Bindestriche)';
  if (accepts(schema, 'beispiel_1')) return 'Kennung (Kleinbuchstaben, Ziffern, Unterstrich)';
  return 'Text';
}
