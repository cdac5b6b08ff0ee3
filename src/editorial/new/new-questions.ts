/**
 * What `npm run new` asks for each kind, with defaults and checks. Field checks run the same zod
 * schemas as `npm run check` (src/schemas), cross-document checks the same rules: slugs are
 * free, references and briefings exist, a new version starts after the previous one.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'astro/zod';
import { pendingAdaptations } from '../../model/briefing-status.ts';
import type { ContentSet } from '../../model/types.ts';
import { briefingSchema } from '../../schemas/briefing.ts';
import { metaOf, SLUG, type SchemaContext } from '../../schemas/fields.ts';
import { isIsoDay } from '../../model/day.ts';
import { trackSchema } from '../../schemas/track.ts';
import { versionedSchema } from '../../schemas/versioned.ts';
import { latestVersion, parseDocRef, validFromOf } from './new-version.ts';
import type { Answers, Problem, Question, Value } from './prompt.ts';
import { newDocumentPath, type NewKind } from './templates.ts';
import { asciiWords } from '../../model/slug.ts';

export interface NewContext {
  root: string;
  /** Loaded with drafts, so a draft briefing or document counts as existing. */
  content: ContentSet;
  schemaContext: SchemaContext;
  /** Today or BUILD_DATE: default for validFrom and published. */
  date: string;
}

/** `Einbürgerung – Antrag prüfen` → `einbuergerung-antrag-pruefen`. */
export function slugify(title: string): string {
  const slug = asciiWords(title);
  return slug.length <= 60 ? slug : slug.slice(0, 60).replace(/-[^-]*$/, '');
}

/** The same day one year later; undefined for anything that is not a day (no default then). */
export function oneYearAfter(day: string): string | undefined {
  if (!isIsoDay(day)) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

/** A check by the schema field itself: its German message, and its meta fix unless `fix` is given. */
function byField(field: z.ZodType, fix?: string): (value: unknown) => Problem | undefined {
  return (value) => {
    const result = field.safeParse(value);
    if (result.success) return undefined;
    return { problem: result.error.issues[0]?.message ?? 'ungültiger Wert', fix: fix ?? metaOf(field)?.fix ?? 'den Wert korrigieren' };
  };
}

const str = (v: Value | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const list = (v: Value | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

export function questionsFor(kind: NewKind | 'version', c: NewContext): Question[] {
  return kind === 'version' ? versionQuestions(c) : documentQuestions(kind, c);
}

/** „Als Entwurf anlegen?“, asked last for a new document (not a track) and for a new version. */
const DRAFT_QUESTION: Question = {
  key: 'draft',
  flag: 'draft',
  prompt: 'Als Entwurf anlegen (nur in der Vorschau sichtbar)?',
  required: false,
  boolean: true,
  example: '',
  default: () => 'nein',
};

/** „Überprüfen bis“, asked for a new document and for a new version alike: after validFrom, a year later by default. */
function reviewDueQuestion(c: NewContext): Question {
  const versioned = versionedSchema(c.schemaContext).shape;
  return {
    key: 'reviewDue',
    flag: 'review-due',
    prompt: 'Überprüfen bis (JJJJ-MM-TT)',
    required: true,
    example: oneYearAfter(c.date) ?? '2027-06-30',
    default: (a) => oneYearAfter(str(a.validFrom)),
    check: (v, a) =>
      byField(versioned.reviewDue, 'ein Datum JJJJ-MM-TT angeben')(v) ??
      (str(v) <= str(a.validFrom)
        ? { problem: `${str(v)} liegt nicht nach validFrom (${str(a.validFrom)})`, fix: `ein Datum nach ${str(a.validFrom)} angeben` }
        : undefined),
  };
}

function documentQuestions(kind: NewKind, c: NewContext): Question[] {
  const versioned = versionedSchema(c.schemaContext).shape;
  const briefing = briefingSchema(c.schemaContext).shape;
  const track = trackSchema(c.schemaContext).shape;
  const teamIds = c.content.teams.map((t) => t.id);
  const refs = new Set([...c.content.checklists, ...c.content.guidelines].map((d) => d.ref));
  const checkRefs =
    (allowed: RegExp) =>
    (value: Value): Problem | undefined => {
      const wrong = list(value).find((ref) => !allowed.test(ref) || !refs.has(ref.replace(/@v\d+$/, '')));
      return wrong
        ? {
            problem: `„${wrong}“ ist keine vorhandene Checkliste und kein vorhandener Leitfaden`,
            fix: `Verweise wie ${[...refs].slice(0, 2).join(', ') || 'checklists/<slug>'} angeben`,
          }
        : undefined;
    };
  const questions: Question[] = [
    { key: 'title', flag: 'title', prompt: 'Titel', required: true, example: '"Fiktionsbescheinigung ausstellen"', check: byField(versioned.title) },
    {
      key: 'slug',
      flag: 'slug',
      prompt: 'Slug (Teil der Adresse)',
      required: true,
      example: 'fiktionsbescheinigung',
      default: (a) => slugify(str(a.title)) || undefined,
      check: (v) => {
        if (!SLUG.test(str(v)))
          return { problem: `„${str(v)}“ ist kein gültiger Slug`, fix: 'nur Kleinbuchstaben, Ziffern und Bindestriche verwenden, Umlaute als ae/oe/ue/ss' };
        const path = newDocumentPath(c.root, kind, str(v));
        if (existsSync(kind === 'checklist' || kind === 'guideline' ? dirname(path) : path))
          return { problem: `„${str(v)}“ gibt es schon`, fix: 'einen anderen Slug wählen oder eine neue Fassung anlegen: npm run new -- --type version' };
        return undefined;
      },
    },
    {
      key: 'summary',
      flag: 'summary',
      prompt: 'Zusammenfassung (ein bis zwei Sätze)',
      required: true,
      example: '"Prüfschritte vor der Ausstellung."',
      check: byField(versioned.summary),
    },
    {
      key: 'teams',
      flag: 'team',
      prompt: `Teams (${teamIds.join(', ')}; mehrere durch Komma)`,
      required: true,
      list: true,
      split: true,
      example: teamIds[0] ?? 'allgemein',
      check: byField(versioned.teams, `eine oder mehrere IDs aus ${teamIds.join(', ')} angeben`),
    },
    {
      key: 'owner',
      flag: 'owner',
      prompt: 'Verantwortliche Stelle (owner)',
      required: true,
      example: '"Teamleitung Aufenthalt"',
      default: (a) => c.content.teams.find((t) => t.id === list(a.teams)[0])?.lead,
      check: byField(versioned.owner),
    },
  ];
  if (kind === 'checklist' || kind === 'guideline') {
    questions.push(
      {
        key: 'validFrom',
        flag: 'valid-from',
        prompt: 'Gültig ab (JJJJ-MM-TT)',
        required: true,
        example: c.date,
        default: () => c.date,
        check: byField(versioned.validFrom, `ein Datum JJJJ-MM-TT angeben, z. B. ${c.date}`),
      },
      reviewDueQuestion(c),
      {
        key: 'legalBasis',
        flag: 'legal-basis',
        prompt: 'Rechtsgrundlagen (Zitate)',
        required: false,
        list: true,
        example: '"§ 81 Abs. 4 Satz 1 AufenthG"',
        check: byField(versioned.legalBasis),
      },
    );
  }
  if (kind === 'briefing') {
    questions.push(
      {
        key: 'published',
        flag: 'published',
        prompt: 'Veröffentlicht am (JJJJ-MM-TT)',
        required: true,
        example: c.date,
        default: () => c.date,
        check: byField(briefing.published, `ein Datum JJJJ-MM-TT angeben, z. B. ${c.date}`),
      },
      {
        key: 'effective',
        flag: 'effective',
        prompt: 'Wirksam ab (JJJJ-MM-TT)',
        required: true,
        example: c.date,
        check: byField(briefing.effective, 'den Tag des Inkrafttretens als JJJJ-MM-TT angeben'),
      },
      {
        key: 'legalBasis',
        flag: 'legal-basis',
        prompt: 'Geänderte Vorschriften (Zitate)',
        required: true,
        list: true,
        example: '"§ 10 Abs. 1 StAG"',
        check: byField(briefing.legalBasis),
      },
      {
        key: 'supersedes',
        flag: 'supersedes',
        prompt: 'Löst ab (frühere Rechtsänderungen briefings/<slug>; mehrere durch Komma)',
        required: false,
        list: true,
        split: true,
        example: 'briefings/blaue-karte-gehaltsgrenzen-2025',
        check: (v) => {
          const slugs = new Set(c.content.briefings.map((b) => `briefings/${b.slug}`));
          const wrong = list(v).find((ref) => !slugs.has(ref));
          return wrong
            ? {
                problem: `„${wrong}“ ist keine vorhandene Rechtsänderung`,
                fix: `Verweise wie ${[...slugs].slice(0, 1).join('') || 'briefings/<slug>'} angeben`,
              }
            : undefined;
        },
      },
      {
        key: 'until',
        flag: 'until',
        prompt: 'Befristet bis einschließlich (JJJJ-MM-TT; leer, wenn unbefristet)',
        required: false,
        example: '2027-07-23',
        check: (v, a) =>
          byField(briefing.until, 'den letzten Tag der befristeten Regelung als JJJJ-MM-TT angeben')(str(v)) ??
          (str(v) < str(a.effective)
            ? { problem: `${str(v)} liegt vor dem Tag des Inkrafttretens (${str(a.effective)})`, fix: `einen Tag ab ${str(a.effective)} angeben` }
            : undefined),
      },
      {
        key: 'affects',
        flag: 'affects',
        prompt: 'Betroffene Dokumente (checklists/<slug>, guidelines/<slug>; mehrere durch Komma)',
        required: false,
        list: true,
        split: true,
        example: 'checklists/einbuergerung-antrag',
        check: checkRefs(/^(checklists|guidelines)\//),
      },
      {
        key: 'sourceTitle',
        flag: 'source-title',
        prompt: 'Quelle: Titel (z. B. BGBl. 2024 I Nr. 104)',
        required: true,
        list: true,
        example: '"BGBl. 2024 I Nr. 104"',
        check: (v) => (list(v).some((t) => !t.trim()) ? { problem: 'der Titel der Quelle ist leer', fix: 'einen Titel angeben' } : undefined),
      },
      {
        key: 'sourceUrl',
        flag: 'source-url',
        prompt: 'Quelle: Adresse (https://…)',
        required: true,
        list: true,
        example: 'https://www.recht.bund.de/eli/bund/bgbl-1/2024/104',
        check: (v, a) => {
          const wrong = list(v).find((url) => !/^https?:\/\/\S+$/.test(url));
          if (wrong) return { problem: `„${wrong}“ ist keine http(s)-Adresse`, fix: 'die Adresse mit https:// angeben' };
          if (a.sourceTitle && list(v).length !== list(a.sourceTitle).length)
            return {
              problem: `${list(a.sourceTitle).length} Titel, aber ${list(v).length} Adressen`,
              fix: '--source-title und --source-url paarweise angeben',
            };
          return undefined;
        },
      },
    );
  }
  if (kind === 'track') {
    questions.push(
      {
        key: 'weeks',
        flag: 'weeks',
        prompt: 'Dauer in Wochen',
        required: true,
        example: '6',
        default: () => '4',
        check: (v) =>
          byField(track.weeks)(Number(str(v))) ??
          (Number(str(v)) > 52 ? { problem: `${str(v)} Wochen sind mehr als ein Jahr`, fix: 'höchstens 52 Wochen angeben' } : undefined),
      },
      {
        key: 'after',
        flag: 'after',
        prompt: 'Baut auf (Einarbeitungspfad, der vorher kommt: tracks/<slug>)',
        required: false,
        example: 'tracks/grundlagen',
        check: (v) =>
          c.content.tracks.some((t) => `tracks/${t.slug}` === str(v))
            ? undefined
            : {
                problem: `„${str(v)}“ ist kein vorhandener Einarbeitungspfad`,
                fix: `einen Verweis wie ${c.content.tracks[0] ? `tracks/${c.content.tracks[0].slug}` : 'tracks/grundlagen'} angeben`,
              },
      },
      {
        key: 'read',
        flag: 'read',
        prompt: 'Dokumente für Woche 1 (Verweise; mehrere durch Komma)',
        required: false,
        list: true,
        split: true,
        example: 'checklists/fiktionsbescheinigung',
        check: checkRefs(/^(checklists|guidelines)\//),
      },
    );
  }
  questions.push({
    key: 'confirm',
    flag: 'confirm',
    prompt: 'Noch zu bestätigen (örtliche Angaben wie Schalter oder interne Fristen, die die Behörde noch bestätigen muss)',
    required: false,
    list: true,
    example: '"Zuständigen Schalter bestätigen"',
    check: (v) => (list(v).some((t) => !t.trim()) ? { problem: 'eine Angabe ist leer', fix: 'jede Angabe als Satz schreiben' } : undefined),
  });
  if (kind !== 'track') questions.push(DRAFT_QUESTION);
  return questions;
}

function versionQuestions(c: NewContext): Question[] {
  const versioned = versionedSchema(c.schemaContext).shape;
  const latestOf = (a: Answers) => {
    const parsed = parseDocRef(str(a.doc));
    return parsed && latestVersion(c.root, parsed.kind, parsed.slug);
  };
  const previousFrom = (a: Answers) => {
    const latest = latestOf(a);
    return latest ? validFromOf(latest.text) : undefined;
  };
  const briefingOf = (slug: string) => c.content.briefings.find((b) => b.slug === slug);
  return [
    {
      key: 'doc',
      flag: 'doc',
      prompt: 'Dokument (checklists/<slug> oder guidelines/<slug>)',
      required: true,
      example: 'checklists/fiktionsbescheinigung',
      check: (v) => {
        const parsed = parseDocRef(str(v));
        if (!parsed)
          return { problem: `„${str(v)}“ ist kein Verweis auf eine Checkliste oder einen Leitfaden`, fix: 'checklists/<slug> oder guidelines/<slug> angeben' };
        const latest = latestVersion(c.root, parsed.kind, parsed.slug);
        if (!latest) return { problem: `„${str(v)}“ gibt es nicht`, fix: 'den Slug prüfen; ein neues Dokument legt npm run new -- --type checklist an' };
        if (!validFromOf(latest.text))
          return {
            problem: `v${latest.version}.mdx hat kein lesbares „Gültig ab“ (validFrom)`,
            fix: 'erst npm run check ausführen und die Fehler in dieser Datei beheben',
          };
        return undefined;
      },
    },
    {
      key: 'briefing',
      flag: 'briefing',
      prompt: 'Rechtsänderung, die diese Fassung umsetzt (Slug)',
      required: false,
      example: 'staatsangehoerigkeitsrecht-modernisierung',
      // The briefing this document still has to follow, if there is exactly that one.
      default: (a) => {
        const pending = pendingAdaptations(c.content, c.date).filter((p) => p.doc.ref === str(a.doc));
        return pending.length === 1 ? pending[0].briefing.slug : undefined;
      },
      check: (v) =>
        briefingOf(str(v))
          ? undefined
          : {
              problem: `Rechtsänderung „${str(v)}“ gibt es nicht`,
              fix: `den Slug einer Datei in content/briefings/ angeben${c.content.briefings.length ? `, z. B. ${c.content.briefings[0].slug}` : ''}`,
            },
    },
    {
      key: 'validFrom',
      flag: 'valid-from',
      prompt: 'Gültig ab (JJJJ-MM-TT)',
      required: true,
      example: c.date,
      default: (a) => {
        const effective = a.briefing ? briefingOf(str(a.briefing))?.data.effective : undefined;
        return effective && effective > (previousFrom(a) ?? '') ? effective : undefined;
      },
      check: (v, a) => {
        const field = byField(versioned.validFrom, `ein Datum JJJJ-MM-TT angeben, z. B. ${c.date}`)(v);
        if (field) return field;
        const previous = previousFrom(a);
        const latest = latestOf(a);
        if (previous && str(v) <= previous)
          return {
            problem: `${str(v)} liegt nicht nach „Gültig ab“ (validFrom) der Fassung v${latest?.version} (${previous})`,
            fix: `ein Datum nach ${previous} angeben`,
          };
        return undefined;
      },
    },
    {
      key: 'changes',
      flag: 'changes',
      prompt: 'Änderungshinweis: was hat sich geändert?',
      required: true,
      list: true,
      example: '"Mindestaufenthalt von acht auf fünf Jahre verkürzt"',
      check: (v) =>
        byField(versioned.changes)(list(v)) ??
        (list(v).length === 0 ? { problem: 'ab v2 ist ein Änderungshinweis Pflicht', fix: 'mindestens einen Änderungshinweis angeben' } : undefined),
    },
    {
      key: 'changeType',
      flag: 'change-type',
      prompt: 'Art der Änderung: major (inhaltlich) oder minor (redaktionell)',
      required: true,
      example: 'major',
      default: () => 'major',
      check: byField(versioned.changeType, '„major“ oder „minor“ angeben'),
    },
    reviewDueQuestion(c),
    DRAFT_QUESTION,
  ];
}
