/** Frontmatter of an onboarding track (Einarbeitungspfad). */
import { z } from 'astro/zod';
import { baseFields } from './base.ts';
import { confirmList, meta, nonEmpty, reference, type SchemaContext } from './fields.ts';

const quizQuestion = z.strictObject({
  question: nonEmpty('die Frage'),
  options: z.array(nonEmpty('eine Antwort'), { error: 'erwartet eine Liste von Antworten' }).min(2, { error: 'mindestens zwei Antworten angeben' }),
  answer: z
    .number({ error: 'erwartet die Nummer der richtigen Antwort (0 = erste)' })
    .int({ error: 'erwartet eine ganze Zahl' })
    .min(0, { error: 'die Nummer beginnt bei 0' }),
  explanation: nonEmpty('die Erklärung'),
});

const trackModule = z.strictObject({
  title: nonEmpty('der Modultitel'),
  week: z.number({ error: 'erwartet die Woche als Zahl' }).int({ error: 'erwartet eine ganze Zahl' }).min(1, { error: 'Wochen beginnen bei 1' }),
  read: z.array(reference(), { error: 'erwartet eine Liste von Verweisen' }).optional(),
  tasks: z.array(nonEmpty('eine Aufgabe'), { error: 'erwartet eine Liste von Aufgaben' }).optional(),
  quiz: z.array(quizQuestion, { error: 'erwartet eine Liste von Fragen' }).optional(),
});

export const trackSchema = (ctx: SchemaContext) => {
  const { title, summary, teams, owner } = baseFields(ctx);
  return z.strictObject({
    title,
    summary,
    teams,
    owner,
    weeks: meta(z.number({ error: 'erwartet die Zahl der Wochen' }).int({ error: 'erwartet eine ganze Zahl' }).min(1, { error: 'mindestens 1 Woche' }), {
      description: 'Geplante Dauer in Wochen (ganze Zahl ≥ 1).',
      fix: 'weeks: 6 schreiben',
      example: 'weeks: 6',
    }),
    modules: meta(z.array(trackModule, { error: 'erwartet eine Liste von Modulen' }).min(1, { error: 'mindestens ein Modul angeben' }), {
      description:
        'Module in Reihenfolge: title, week (1 … weeks), read (Verweise), tasks (Aufgaben), quiz ({ question, options, answer, explanation }; answer zählt ab 0).',
      fix: 'modules: [{ title: "…", week: 1 }] ergänzen',
      example: 'modules:\n  - title: Aufbau der Behörde\n    week: 1\n    read: [guidelines/gebuehren]\n    tasks: [Einen Tag am Servicepoint hospitieren]',
    }),
    after: meta(reference().optional(), {
      description: 'Der Pfad, der vorher kommt (tracks/<slug>, z. B. die gemeinsamen Grundlagen); Woche 1 dieses Pfads beginnt, wenn jener endet.',
      fix: 'after: tracks/grundlagen schreiben',
      example: 'after: tracks/grundlagen',
    }),
    /** As for versions: local statements of this track (a mentoring scheme, a unit's name) not confirmed yet. */
    confirm: confirmList(),
  });
};

export type TrackFrontmatter = z.infer<ReturnType<typeof trackSchema>>;
