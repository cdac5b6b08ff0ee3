/** Frontmatter of a legal-change briefing (Rechtsänderung). */
import { z } from 'astro/zod';
import { baseFields } from './base.ts';
import { citation, confirmList, isoDate, meta, nonEmpty, reference, type SchemaContext } from './fields.ts';

const source = z.strictObject({
  title: nonEmpty('der Titel der Quelle'),
  url: z.url({ protocol: /^https?$/, error: (i) => `„${String(i.input)}“ ist keine http(s)-Adresse` }),
});

const update = z.strictObject({
  date: isoDate(),
  note: nonEmpty('der Nachtrag'),
});

export const briefingSchema = (ctx: SchemaContext) =>
  z.strictObject({
    ...baseFields(ctx),
    published: meta(isoDate(), {
      description: 'Tag, an dem die Rechtsänderung veröffentlicht (herausgegeben) wurde.',
      fix: 'published: 2024-03-27 schreiben',
      example: 'published: 2024-03-27',
    }),
    effective: meta(isoDate(), {
      description: 'Tag, an dem die Änderung rechtlich wirksam wird; darf in der Zukunft liegen (angekündigt).',
      fix: 'effective: Tag des Inkrafttretens, z. B. 2024-06-27',
      example: 'effective: 2024-06-27',
    }),
    legalBasis: meta(z.array(citation(ctx), { error: 'erwartet eine Liste von Zitaten' }).min(1, { error: 'mindestens eine geänderte Vorschrift angeben' }), {
      description: 'Die Vorschriften, die sich ändern (mindestens eine).',
      fix: 'legalBasis: ["§ 10 Abs. 1 StAG"] ergänzen',
      example: 'legalBasis: ["§ 10 Abs. 1 StAG"]',
    }),
    affects: meta(z.array(reference(), { error: 'erwartet eine Liste von Verweisen' }).optional(), {
      description: 'Checklisten und Leitfäden, die der Änderung folgen müssen (checklists/<slug>, guidelines/<slug>).',
      fix: 'affects: ["checklists/einbuergerung-antrag"] schreiben',
      example: 'affects: ["checklists/einbuergerung-antrag"]',
    }),
    sources: meta(z.array(source, { error: 'erwartet eine Liste von Quellen mit title und url' }).min(1, { error: 'mindestens eine Quelle angeben' }), {
      description: 'Quellen, z. B. der Eintrag im Bundesgesetzblatt: Liste von { title, url }.',
      fix: 'sources: [{ title: "BGBl. 2024 I Nr. 104", url: "https://www.recht.bund.de/eli/bund/bgbl-1/2024/104" }] ergänzen',
      example: 'sources:\n  - title: BGBl. 2024 I Nr. 104\n    url: https://www.recht.bund.de/eli/bund/bgbl-1/2024/104',
    }),
    updates: meta(z.array(update, { error: 'erwartet eine Liste von { date, note }' }).optional(), {
      description: 'Berichtigungen und Ergänzungen nach der Veröffentlichung: Liste von { date, note }.',
      fix: 'updates: [{ date: 2024-07-01, note: "…" }] schreiben',
      example: 'updates:\n  - date: 2024-07-01\n    note: Übergangsregel ergänzt.',
    }),
    supersedes: meta(z.array(reference(), { error: 'erwartet eine Liste von Verweisen' }).optional(), {
      description: 'Rechtsänderungen, die diese ersetzt (briefings/<slug>); ab ihrem Inkrafttreten (effective) gelten sie als abgelöst.',
      fix: 'supersedes: ["briefings/blaue-karte-gehaltsgrenzen-2025"] schreiben',
      example: 'supersedes: ["briefings/blaue-karte-gehaltsgrenzen-2025"]',
    }),
    until: meta(isoDate().optional(), {
      description: 'Letzter Tag, an dem eine befristete Regelung gilt (z. B. eine Aussetzung); danach ist die Rechtsänderung ausgelaufen.',
      fix: 'until: letzter Geltungstag, z. B. 2027-07-23',
      example: 'until: 2027-07-23',
    }),
    confirm: confirmList(),
  });

export type BriefingFrontmatter = z.infer<ReturnType<typeof briefingSchema>>;
