/** The YAML registries: teams, laws, glossary and the site settings. */
import { z } from 'astro/zod';
import { citation, confirmList, nonEmpty, reference, SLUG, type SchemaContext } from './fields.ts';

export const teamsSchema = z
  .array(
    z.strictObject({
      id: z.string().regex(SLUG, { error: 'erwartet eine ID aus Kleinbuchstaben, Ziffern und Bindestrichen' }),
      name: nonEmpty('der Teamname'),
      lead: nonEmpty('die Leitungsrolle'),
    }),
    { error: 'erwartet eine Liste von Teams' },
  )
  .min(1, { error: 'mindestens ein Team angeben' });

export const lawsSchema = z
  .array(
    z.strictObject({
      abbr: nonEmpty('die Abkürzung'),
      name: nonEmpty('der Name'),
      slug: z.string().regex(/^[a-z0-9_]+$/, { error: 'erwartet die Kennung auf gesetze-im-internet.de, z. B. aufenthg_2004' }),
      unit: z.enum(['§', 'Art.'], { error: 'erwartet "§" oder "Art."' }).optional(),
    }),
    { error: 'erwartet eine Liste von Gesetzen' },
  )
  .min(1, { error: 'mindestens ein Gesetz angeben' });

export const glossarySchema = (ctx: SchemaContext) =>
  z.array(
    z.strictObject({
      term: nonEmpty('der Begriff'),
      abbr: z.array(nonEmpty('eine Abkürzung'), { error: 'erwartet eine Liste von Abkürzungen' }).optional(),
      definition: nonEmpty('die Definition'),
      synonyms: z.array(nonEmpty('ein Synonym'), { error: 'erwartet eine Liste von Synonymen' }).optional(),
      legalBasis: z.array(citation(ctx), { error: 'erwartet eine Liste von Zitaten' }).optional(),
      see: z.array(reference(), { error: 'erwartet eine Liste von Verweisen' }).optional(),
    }),
    { error: 'erwartet eine Liste von Einträgen' },
  );

export const siteSchema = z.strictObject({
  name: nonEmpty('der Name der Behörde'),
  shortName: nonEmpty('die Kurzbezeichnung'),
  city: nonEmpty('die Stadt'),
  feedback: z.strictObject({
    name: nonEmpty('die Kontaktstelle'),
    email: z.email({ error: 'erwartet eine E-Mail-Adresse' }),
    phone: z.string().optional(),
  }),
  /**
   * Statements about the office in this file that it has not confirmed yet (e.g. the feedback
   * address before the mailbox exists): shown next to the contact (/barrierefreiheit/, footer)
   * and listed on /redaktion/ under „Noch zu bestätigen“.
   */
  confirm: confirmList(),
});

export type Team = z.infer<typeof teamsSchema>[number];
export type Law = z.infer<typeof lawsSchema>[number];
export type GlossaryEntry = z.infer<ReturnType<typeof glossarySchema>>[number];
export type SiteSettings = z.infer<typeof siteSchema>;
