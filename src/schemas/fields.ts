/**
 * Field types shared by all collections. Every field carries `meta({ description, fix, example })`:
 * the description is what authors see in the authors' guide (generated from these schemas), the
 * fix is what `npm run check` proposes when the field is wrong.
 */
import { z } from 'astro/zod';
import { hasIsoDayForm, isIsoDay } from '../model/day.ts';

export interface FieldMeta {
  description: string;
  fix: string;
  example?: string;
}

/** Context that depends on the content set: known teams, laws and the citation checker. */
export interface SchemaContext {
  teamIds: readonly string[];
  /** Returns a German problem description when the citation does not parse or names an unknown law. */
  checkCitation: (text: string) => string | undefined;
}

export const isoDate = () =>
  z
    .string({ error: 'erwartet ein Datum JJJJ-MM-TT' })
    .refine(hasIsoDayForm, { error: (i) => `„${String(i.input)}“ hat nicht die Form JJJJ-MM-TT` })
    .refine(isIsoDay, { error: (i) => `„${String(i.input)}“ ist kein existierender Kalendertag` });

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const teamList = (ctx: SchemaContext) =>
  z
    .array(
      z.string().refine((id) => ctx.teamIds.includes(id), {
        error: (i) => `Team „${String(i.input)}“ steht nicht in content/teams.yaml`,
      }),
      { error: 'erwartet eine Liste von Team-IDs' },
    )
    .min(1, { error: 'mindestens ein Team angeben' });

export const citation = (ctx: SchemaContext) =>
  z.string().superRefine((value, c) => {
    const problem = ctx.checkCitation(value);
    if (problem) c.addIssue({ code: 'custom', message: problem, input: value });
  });

export const citationList = (ctx: SchemaContext) => z.array(citation(ctx), { error: 'erwartet eine Liste von Zitaten' });

export const REFERENCE = /^(checklists|guidelines|briefings|tracks)\/[a-z0-9]+(?:-[a-z0-9]+)*(?:@v[1-9]\d*)?$/;

export const reference = () =>
  z.string().regex(REFERENCE, {
    error: (i) => `„${String(i.input)}“ ist kein Verweis der Form checklists/<slug>, guidelines/<slug>, briefings/<slug> oder tracks/<slug>`,
  });

/** Local statements the office has not confirmed yet (CONTENT-MODEL.md `confirm`). */
export const confirmList = () =>
  meta(z.array(nonEmpty('eine zu bestätigende Aussage'), { error: 'erwartet eine Liste von Aussagen' }).optional(), {
    description:
      'Örtliche Angaben dieser Fassung, die die Behörde noch bestätigen muss (Name einer Stelle, ein Schalter, eine interne Frist); erscheinen als Hinweis auf der Seite und in der Redaktion.',
    fix: 'confirm: ["Kassenautomat im Servicepoint"] als Liste von Aussagen schreiben',
    example: 'confirm:\n  - Barzahlung am Kassenautomaten im Servicepoint',
  });

export const nonEmpty = (what: string) =>
  z
    .string({ error: `erwartet ${what} als Text` })
    .trim()
    .min(1, { error: `${what} darf nicht leer sein` });

export function meta<T extends z.ZodType>(schema: T, m: FieldMeta): T {
  return schema.meta(m as unknown as Record<string, unknown>) as T;
}

/** The meta of a schema, looking through optional/default wrappers. */
export function metaOf(schema: z.ZodType): FieldMeta | undefined {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const found = z.globalRegistry.get(current) as unknown as FieldMeta | undefined;
    if (found?.description) return found;
    const def: { type: string; innerType?: z.ZodType } = (current as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
    current = def.innerType;
  }
  return undefined;
}
