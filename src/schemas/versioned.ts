/** Frontmatter of one version of a checklist or guideline (CONTENT-MODEL.md, "Versioned documents"). */
import { z } from 'astro/zod';
import { baseFields } from './base.ts';
import { citationList, confirmList, isoDate, meta, nonEmpty, SLUG, type SchemaContext } from './fields.ts';

export const versionedSchema = (ctx: SchemaContext) =>
  z.strictObject({
    ...baseFields(ctx),
    validFrom: meta(isoDate(), {
      description: 'Erster Tag, an dem diese Fassung gilt (JJJJ-MM-TT). Sie gilt bis zum Vortag der nächsten Fassung.',
      fix: 'validFrom: 2024-06-27 (Tag des Inkrafttretens) schreiben',
      example: 'validFrom: 2024-06-27',
    }),
    legalBasis: meta(citationList(ctx).optional(), {
      description: 'Rechtsgrundlagen als Zitate, z. B. „§ 10 Abs. 1 Satz 1 Nr. 3 StAG“ oder „Art. 16a GG“; das Gesetz muss in content/laws.yaml stehen.',
      fix: 'Zitat in der Form „§ 81 Abs. 4 Satz 1 AufenthG“ schreiben',
      example: 'legalBasis: ["§ 10 Abs. 1 StAG", "§ 38 Abs. 2 StAG"]',
    }),
    approvedBy: meta(nonEmpty('die freigebende Stelle').optional(), {
      description: 'Wer diese Fassung freigegeben hat (Vier-Augen-Prinzip); nicht dieselbe Stelle wie owner.',
      fix: 'approvedBy: "Abteilungsleitung" (eine andere Stelle als owner) eintragen',
      example: 'approvedBy: Abteilungsleitung Zuwanderung',
    }),
    reviewDue: meta(isoDate(), {
      description: 'Bis wann die Fassung überprüft sein muss; danach gilt sie als überfällig.',
      fix: 'reviewDue: Datum der nächsten Überprüfung, z. B. 2027-06-30',
      example: 'reviewDue: 2027-06-30',
    }),
    changes: meta(z.array(nonEmpty('ein Änderungshinweis'), { error: 'erwartet eine Liste von Änderungen' }).optional(), {
      description: 'Änderungshinweis: was sich gegenüber der vorigen Fassung geändert hat. Pflicht ab v2.',
      fix: 'changes: ["Mindestaufenthalt von acht auf fünf Jahre verkürzt"] ergänzen',
      example: 'changes:\n  - Mindestaufenthalt von acht auf fünf Jahre verkürzt',
    }),
    changeType: meta(z.enum(['major', 'minor'], { error: 'erwartet major oder minor' }).default('major'), {
      description: '„major“ (Standard) für inhaltliche Änderungen, „minor“ für Tippfehler und Formulierungen (keine Benachrichtigung).',
      fix: 'changeType: major oder changeType: minor schreiben',
      example: 'changeType: major',
    }),
    briefing: meta(z.string().regex(SLUG, { error: 'erwartet den Slug einer Rechtsänderung' }).optional(), {
      description: 'Slug der Rechtsänderung (content/briefings/<slug>.mdx), die diese Fassung ausgelöst hat.',
      fix: 'briefing: <slug> einer vorhandenen Datei in content/briefings/ eintragen',
      example: 'briefing: staatsangehoerigkeitsrecht-modernisierung',
    }),
    confirm: confirmList(),
  });

export type VersionFrontmatter = z.infer<ReturnType<typeof versionedSchema>>;
