/**
 * The files `npm run new` writes for a new checklist, guideline, briefing or track: frontmatter
 * in the house style (short lists in brackets, citations in double quotes) and a body that
 * shows the syntax of the type. The authors' guide shows the same templates as its examples,
 * so every example there is a file that passes `npm run check`.
 */
import { join } from 'node:path';
import { Document, isMap, isSeq, Scalar } from 'yaml';
import { kind as kindInfo } from '../../kinds/registry.ts';
import { germanDate } from '../../model/day.ts';

export type NewKind = 'checklist' | 'guideline' | 'briefing' | 'track';

export interface NewDocument {
  kind: NewKind;
  slug: string;
  title: string;
  summary: string;
  teams: string[];
  owner: string;
  legalBasis: string[];
  draft: boolean;
  /** Checklists and guidelines. */
  validFrom?: string;
  reviewDue?: string;
  /** Briefings. */
  published?: string;
  effective?: string;
  affects?: string[];
  /** Briefing references this one replaces (CONTENT-MODEL.md `supersedes`). */
  supersedes?: string[];
  /** Last day of a temporary rule. */
  until?: string;
  sources?: { title: string; url: string }[];
  /** Tracks. */
  weeks?: number;
  read?: string[];
  /** The track that comes first (`tracks/<slug>`). */
  after?: string;
  /** Local statements the office still has to confirm. */
  confirm?: string[];
}

/** Where a new document of `kind` lives below the content root (CONTENT-MODEL.md). */
export function newDocumentPath(root: string, kind: NewKind, slug: string): string {
  const info = kindInfo(kind);
  return info.versioned ? join(root, ...info.folder, slug, 'v1.mdx') : join(root, ...info.folder, `${slug}.mdx`);
}

/** YAML frontmatter text (without the `---` lines): short lists in brackets, citations quoted. */
export function frontmatterYaml(fields: Record<string, unknown>): string {
  const doc = new Document(fields);
  for (const key of ['teams', 'legalBasis', 'affects', 'supersedes']) {
    const node = doc.get(key, true);
    if (isSeq(node)) {
      node.flow = true;
      if (key !== 'teams') for (const item of node.items) (item as Scalar).type = Scalar.QUOTE_DOUBLE;
    }
  }
  const modules = doc.get('modules', true);
  if (isSeq(modules)) {
    for (const module of modules.items) {
      const read = isMap(module) ? module.get('read', true) : undefined;
      if (isSeq(read)) read.flow = true;
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function renderNewDocument(d: NewDocument): string {
  const common = { title: d.title, summary: d.summary, teams: d.teams };
  const draft = d.draft ? { draft: true } : {};
  const legal = d.legalBasis.length > 0 ? { legalBasis: d.legalBasis } : {};
  const confirm = d.confirm && d.confirm.length > 0 ? { confirm: d.confirm } : {};
  let fields: Record<string, unknown>;
  if (d.kind === 'checklist' || d.kind === 'guideline') {
    fields = { ...common, validFrom: d.validFrom, ...legal, owner: d.owner, reviewDue: d.reviewDue, ...confirm, ...draft };
  } else if (d.kind === 'briefing') {
    const affects = d.affects && d.affects.length > 0 ? { affects: d.affects } : {};
    const supersedes = d.supersedes && d.supersedes.length > 0 ? { supersedes: d.supersedes } : {};
    const until = d.until ? { until: d.until } : {};
    fields = {
      ...common,
      owner: d.owner,
      published: d.published,
      effective: d.effective,
      ...supersedes,
      ...until,
      ...legal,
      ...affects,
      sources: d.sources,
      ...confirm,
      ...draft,
    };
  } else {
    fields = {
      ...common,
      owner: d.owner,
      ...(d.after ? { after: d.after } : {}),
      weeks: d.weeks,
      ...confirm,
      modules: trackModules(d.weeks ?? 1, d.read ?? []),
    };
  }
  return `---\n${frontmatterYaml(fields)}---\n\n${BODIES[d.kind](d)}`;
}

function trackModules(weeks: number, read: string[]) {
  return Array.from({ length: weeks }, (_, i) => ({
    title: i === 0 ? 'Ankommen und Überblick' : `Thema der Woche ${i + 1}`,
    week: i + 1,
    ...(i === 0 && read.length > 0 ? { read } : {}),
    ...(i === 0 ? { tasks: ['Einen Vormittag bei einer erfahrenen Kollegin oder einem erfahrenen Kollegen hospitieren'] } : {}),
  }));
}

const BODIES: Record<NewKind, (d: NewDocument) => string> = {
  checklist: () => `## Vorbereitung

- [ ] Ersten Prüfpunkt als Aufgabe formulieren, z. B. „Pass vorlegen lassen“
  Eingerückte Zeilen unter einem Punkt sind Hinweise zu diesem Punkt.
- [ ] Weiteren Prüfpunkt ergänzen

## Entscheidung

- [ ] Ergebnis der Prüfung in der Akte vermerken
`,
  guideline: () => `## Worum es geht

In zwei, drei Sätzen: für welche Fälle dieser Leitfaden gilt und was am Ende entschieden wird.

## Voraussetzungen

- Erste Voraussetzung, mit Rechtsgrundlage als Zitat
- Zweite Voraussetzung

## Verfahren

1. Ersten Schritt beschreiben.
2. Nächsten Schritt beschreiben.

> **Merke:** Wichtige Hinweise stehen in einem Kasten, der mit „Merke:“ beginnt.
`,
  briefing: (d) => `## Was sich ändert

Die Änderung in wenigen Sätzen. Sie gilt ab ${germanDate(d.effective ?? '2000-01-01')}.

## Was das für die Sachbearbeitung bedeutet

- Welche Fälle betroffen sind
- Was ab dem Stichtag anders zu prüfen ist

## Übergangsregeln

Was für Anträge gilt, die vor dem Stichtag gestellt wurden.
`,
  track: (
    d,
  ) => `Willkommen im Team. Dieser Pfad führt Sie in ${d.weeks ?? 1} ${d.weeks === 1 ? 'Woche' : 'Wochen'} zu den ersten eigenen Fällen: Woche für Woche lesen Sie die genannten Dokumente und übernehmen die Aufgaben.
`,
};
