/**
 * Content health for team leads (/redaktion/): what is overdue for review or due soon, which
 * documents still have to follow a legal change ("Anpassung ausstehend"), which documents
 * nothing links to, which published versions lack the four-eyes approval, which drafts exist
 * (only present when the content was loaded with drafts, i.e. in `npm run dev`), and counts
 * per team and type. Pure: content set + reference date in, rows out; every row names the
 * document, what is wrong and what to do.
 */
import { pendingAdaptations } from '../../model/briefing-status.ts';
import { fourEyesProblem } from '../../model/rules.ts';
import type { Briefing, ContentSet, DocKind, DocVersion, VersionedDoc } from '../../model/types.ts';
import { currentOf, validityOf } from '../../model/validity.ts';
import { docUrl, versionUrl } from '../../site/urls.ts';
import { linkedDocuments } from './links.ts';
import { addDays, daysBetween, germanDate } from '../../model/day.ts';

export const REVIEW_WINDOW_DAYS = 30;

export type HealthSection = 'overdue' | 'due-soon' | 'pending' | 'unlinked' | 'unapproved' | 'confirm' | 'draft';

export interface HealthRow {
  section: HealthSection;
  /** Reference of the document the row is about (`checklists/<slug>`, `briefings/<slug>`). */
  ref: string;
  version?: number;
  title: string;
  url: string;
  teams: string[];
  owner: string;
  /** The day that matters for the row (review due, effective), ISO. */
  date?: string;
  /** What is wrong, in German. */
  finding: string;
  /** Another document the finding refers to (the briefing of a pending adaptation). */
  related?: { title: string; url: string };
  /** What to do, in German. */
  todo: string;
  /** A command that does it, where one exists. */
  command?: string;
  /** The statements the finding is about (section `confirm`: what is still to be confirmed). */
  statements?: string[];
}

export type KindCounts = Record<DocKind, number>;

export interface TeamCounts {
  team: string;
  name: string;
  counts: KindCounts;
  overdue: number;
}

export interface HealthReport {
  date: string;
  sections: Record<HealthSection, HealthRow[]>;
  teams: TeamCounts[];
  totals: KindCounts;
}

const published = (doc: VersionedDoc): DocVersion[] => doc.versions.filter((v) => !v.data.draft);

/** The published version that applies on `date` (the first one while all are announced). */
function applying(versions: DocVersion[], date: string): DocVersion {
  return currentOf(versions, date);
}

const newVersion = (ref: string, extra = '') => `npm run new -- --type version --doc ${ref}${extra}`;

/** The columns every health row of a briefing shares: reference, title, address, teams, owner, effective day. */
function briefingRow(b: Briefing) {
  return { ref: b.ref, title: b.data.title, url: docUrl('briefing', b.slug), teams: b.data.teams, owner: b.data.owner, date: b.data.effective };
}

export function contentHealth(content: ContentSet, date: string): HealthReport {
  const sections: Record<HealthSection, HealthRow[]> = { overdue: [], 'due-soon': [], pending: [], unlinked: [], unapproved: [], confirm: [], draft: [] };
  const docs = [...content.checklists, ...content.guidelines];
  const linked = linkedDocuments(content);
  const soon = addDays(date, REVIEW_WINDOW_DAYS);

  for (const doc of docs) {
    const versions = published(doc);
    for (const v of doc.versions.filter((x) => x.data.draft)) {
      sections.draft.push(
        row('draft', doc, v, {
          url: versionUrl(doc.kind, doc.slug, v.version),
          finding: `Entwurf der Fassung v${v.version} (nur in der Vorschau sichtbar)`,
          todo: 'Fertigstellen, von einer zweiten Stelle prüfen lassen („Freigegeben von“, approvedBy, eintragen) und „Entwurf“ ausschalten (draft: true entfernen); erst dann wird die Fassung veröffentlicht',
        }),
      );
    }
    if (versions.length === 0) continue;
    const current = applying(versions, date);
    const due = current.data.reviewDue;
    const base = { url: docUrl(doc.kind, doc.slug), date: due };
    if (due < date) {
      sections.overdue.push(
        row('overdue', doc, current, {
          ...base,
          finding: `Überprüfung seit ${germanDate(due)} überfällig (${daysBetween(due, date) === 1 ? '1 Tag' : `${daysBetween(due, date)} Tage`})`,
          todo: `Inhalt prüfen: ist er noch richtig, „Überprüfen bis“ (reviewDue) in v${current.version} auf das nächste Prüfdatum setzen; hat sich etwas geändert, eine neue Fassung anlegen`,
          command: newVersion(doc.ref),
        }),
      );
    } else if (due <= soon) {
      sections['due-soon'].push(
        row('due-soon', doc, current, {
          ...base,
          finding: `Überprüfung fällig am ${germanDate(due)} (in ${daysBetween(date, due)} Tagen)`,
          todo: `Überprüfung bis ${germanDate(due)} einplanen; danach „Überprüfen bis“ (reviewDue) verschieben oder eine neue Fassung anlegen`,
        }),
      );
    }
    if (!linked.has(doc.ref)) {
      sections.unlinked.push(
        row('unlinked', doc, versions.at(-1)!, {
          url: docUrl(doc.kind, doc.slug),
          finding: 'Kein Einarbeitungspfad und kein anderes Dokument verweist auf dieses Dokument',
          todo: 'In einem Einarbeitungspfad (modules[].read) oder einem verwandten Dokument verlinken – oder prüfen, ob das Dokument noch gebraucht wird',
        }),
      );
    }
    const froms = versions.map((v) => v.data.validFrom);
    versions.forEach((v, i) => {
      // Unconfirmed local statements matter while a reader can be told them: current and announced versions.
      if (v.data.confirm?.length && validityOf(froms, i, date).status !== 'superseded') {
        sections.confirm.push(
          row('confirm', doc, v, {
            url: versionUrl(doc.kind, doc.slug, v.version),
            finding: `Fassung v${v.version}: ${confirmCount(v.data.confirm)}`,
            statements: v.data.confirm,
            todo: CONFIRM_TODO,
          }),
        );
      }
      const problem = fourEyesProblem(v.data.owner, v.data.approvedBy);
      if (!problem || validityOf(froms, i, date).status === 'superseded') return;
      sections.unapproved.push(
        row('unapproved', doc, v, {
          url: versionUrl(doc.kind, doc.slug, v.version),
          finding: `Fassung v${v.version}: ${problem.problem}`,
          todo: `Von einer anderen Stelle als „${v.data.owner}“ prüfen lassen und approvedBy in v${v.version} eintragen`,
        }),
      );
    });
  }

  for (const p of pendingAdaptations(content, date)) {
    const { effective } = p.briefing.data;
    const latest = published(p.doc).at(-1) ?? p.doc.versions.at(-1)!;
    const when = p.status === 'in-force' ? `in Kraft seit ${germanDate(effective)}` : `wirksam ab ${germanDate(effective)} (in ${p.daysUntilEffective} Tagen)`;
    sections.pending.push(
      row('pending', p.doc, latest, {
        url: docUrl(p.doc.kind, p.doc.slug),
        date: effective,
        finding: `Anpassung ausstehend: Rechtsänderung ${when}, keine Fassung ab diesem Tag`,
        related: { title: p.briefing.data.title, url: docUrl('briefing', p.briefing.slug) },
        ...(p.draft
          ? { todo: `Entwurf v${p.draft.version} fertigstellen, freigeben lassen und draft: true entfernen` }
          : {
              todo: `Neue Fassung mit „Gültig ab“ (validFrom) ab ${germanDate(effective)} anlegen, die der Rechtsänderung folgt`,
              command: newVersion(p.doc.ref, ` --briefing ${p.briefing.slug} --valid-from ${effective}`),
            }),
      }),
    );
  }

  for (const b of content.briefings.filter((x) => !x.data.draft && x.data.confirm?.length)) {
    sections.confirm.push({
      section: 'confirm',
      ...briefingRow(b),
      finding: confirmCount(b.data.confirm!),
      statements: b.data.confirm,
      todo: CONFIRM_TODO,
    });
  }
  for (const t of content.tracks.filter((x) => x.data.confirm?.length)) {
    sections.confirm.push({
      section: 'confirm',
      ref: t.ref,
      title: t.data.title,
      url: docUrl('track', t.slug),
      teams: t.data.teams,
      owner: t.data.owner,
      finding: confirmCount(t.data.confirm!),
      statements: t.data.confirm,
      todo: CONFIRM_TODO,
    });
  }
  if (content.site.confirm?.length) {
    sections.confirm.push({
      section: 'confirm',
      ref: 'content/site.yaml',
      title: `Angaben zur Behörde (content/site.yaml)`,
      url: '/barrierefreiheit/',
      teams: [],
      owner: content.site.feedback.name,
      finding: confirmCount(content.site.confirm),
      statements: content.site.confirm,
      todo: CONFIRM_TODO,
    });
  }

  for (const b of content.briefings.filter((x) => x.data.draft)) {
    sections.draft.push({
      section: 'draft',
      ...briefingRow(b),
      finding: 'Entwurf der Rechtsänderung (nur in der Vorschau sichtbar)',
      todo: 'Fertigstellen, prüfen lassen und draft: true entfernen',
    });
  }

  const order = new Map(content.teams.map((t, i) => [t.id, i]));
  const rank = (r: HealthRow) => Math.min(...r.teams.map((t) => order.get(t) ?? order.size));
  for (const list of Object.values(sections)) {
    list.sort(
      (a, b) =>
        rank(a) - rank(b) ||
        a.owner.localeCompare(b.owner, 'de') ||
        (a.date ?? '').localeCompare(b.date ?? '') ||
        a.ref.localeCompare(b.ref) ||
        (a.version ?? 0) - (b.version ?? 0),
    );
  }
  return { date, sections, ...countByTeam(content, docs, sections.overdue) };
}

const CONFIRM_TODO = 'Bei der zuständigen Stelle bestätigen lassen; dann die Angabe berichtigen und aus confirm entfernen';

function confirmCount(items: readonly string[]): string {
  return items.length === 1 ? '1 Angabe noch zu bestätigen' : `${items.length} Angaben noch zu bestätigen`;
}

function row(section: HealthSection, doc: VersionedDoc, v: DocVersion, rest: Pick<HealthRow, 'url' | 'finding' | 'todo'> & Partial<HealthRow>): HealthRow {
  return { section, ref: doc.ref, version: v.version, title: v.data.title, teams: v.data.teams, owner: v.data.owner, ...rest };
}

function countByTeam(content: ContentSet, docs: VersionedDoc[], overdue: HealthRow[]): { teams: TeamCounts[]; totals: KindCounts } {
  const items: { kind: DocKind; teams: string[] }[] = [
    ...docs.flatMap((doc) =>
      published(doc)
        .slice(-1)
        .map((v) => ({ kind: doc.kind as DocKind, teams: v.data.teams })),
    ),
    ...content.briefings.filter((b) => !b.data.draft).map((b) => ({ kind: 'briefing' as DocKind, teams: b.data.teams })),
    ...content.tracks.map((t) => ({ kind: 'track' as DocKind, teams: t.data.teams })),
  ];
  const zero = (): KindCounts => ({ checklist: 0, guideline: 0, briefing: 0, track: 0 });
  const totals = zero();
  for (const item of items) totals[item.kind] += 1;
  const teams = content.teams.map((t) => {
    const counts = zero();
    for (const item of items) if (item.teams.includes(t.id)) counts[item.kind] += 1;
    return { team: t.id, name: t.name, counts, overdue: overdue.filter((r) => r.teams.includes(t.id)).length };
  });
  return { teams, totals };
}
