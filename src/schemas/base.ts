/** Fields every document type shares (title, summary, teams, owner, tags, draft). */
import { z } from 'astro/zod';
import { meta, nonEmpty, teamList, type SchemaContext } from './fields.ts';

export const baseFields = (ctx: SchemaContext) => ({
  title: meta(nonEmpty('ein Titel'), {
    description: 'Titel des Dokuments, wie er in Listen und Suchergebnissen erscheint.',
    fix: 'title: "Einbürgerungsantrag prüfen" ergänzen',
    example: 'title: Einbürgerungsantrag prüfen',
  }),
  summary: meta(nonEmpty('eine Zusammenfassung').max(300, { error: (i) => `Zusammenfassung ist ${String(i.input).length} Zeichen lang, erlaubt sind 300` }), {
    description: 'Ein bis zwei Sätze (höchstens 300 Zeichen); erscheinen in Listen und Suchergebnissen.',
    fix: 'summary: in ein bis zwei Sätzen (höchstens 300 Zeichen) sagen, worum es geht',
    example: 'summary: Prüfschritte für Anträge nach § 10 StAG.',
  }),
  teams: meta(teamList(ctx), {
    description: 'Zuständige Teams (IDs aus content/teams.yaml), mindestens eines.',
    fix: `teams: [${ctx.teamIds[0] ?? 'einbuergerung'}] angeben; erlaubt sind ${ctx.teamIds.join(', ')}`,
    example: 'teams: [einbuergerung]',
  }),
  owner: meta(nonEmpty('die verantwortliche Stelle'), {
    description: 'Verantwortliche Rolle oder Einheit (nicht die Person), z. B. „Teamleitung Einbürgerung“.',
    fix: 'owner: "Teamleitung …" ergänzen',
    example: 'owner: Teamleitung Einbürgerung',
  }),
  tags: meta(z.array(z.string().min(1), { error: 'erwartet eine Liste von Schlagwörtern' }).optional(), {
    description: 'Schlagwörter (optional).',
    fix: 'tags: [Fiktion, Verlängerung] als Liste schreiben',
    example: 'tags: [Fiktion, Verlängerung]',
  }),
  draft: meta(z.boolean({ error: 'erwartet true oder false' }).optional(), {
    description: 'Entwurf: wird nur in der Vorschau (npm run dev) gezeigt, nie veröffentlicht.',
    fix: 'draft: true oder draft: false schreiben',
    example: 'draft: true',
  }),
});
