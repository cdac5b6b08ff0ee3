/**
 * The sections of the content health page (/redaktion/) and their full lists
 * (/redaktion/<section>/, pages of LIST_ROWS): headings, explanations and addresses, shared by
 * both so they always say the same. The dashboard shows the first DASHBOARD_ROWS rows of each
 * section and links the full list, so its size does not grow with the knowledge base.
 */
import { ADAPTATION_WINDOW_DAYS } from '../../model/briefing-status.ts';
import type { ContentSet } from '../../model/types.ts';
import { contentHealth, REVIEW_WINDOW_DAYS, type HealthReport, type HealthSection } from './health.ts';

/** Rows per section on the dashboard. */
export const DASHBOARD_ROWS = 10;
/** Rows per page of a full list. */
export const LIST_ROWS = 40;

export interface HealthSectionInfo {
  id: HealthSection;
  /** Path segment of the full list: /redaktion/<slug>/. */
  slug: string;
  heading: string;
  intro: string;
  empty: string;
}

export function healthSections(drafts: boolean): HealthSectionInfo[] {
  const sections: HealthSectionInfo[] = [
    {
      id: 'overdue',
      slug: 'ueberfaellig',
      heading: 'Überprüfung überfällig',
      intro: 'Die geltende Fassung hat ihr Prüfdatum („Überprüfen bis“, reviewDue) überschritten. Leserinnen und Leser sehen auf der Seite einen Hinweis.',
      empty: 'Keine überfälligen Dokumente.',
    },
    {
      id: 'due-soon',
      slug: 'bald-faellig',
      heading: `Überprüfung fällig in den nächsten ${REVIEW_WINDOW_DAYS} Tagen`,
      intro: 'Diese Überprüfungen jetzt einplanen.',
      empty: `In den nächsten ${REVIEW_WINDOW_DAYS} Tagen wird keine Überprüfung fällig.`,
    },
    {
      id: 'pending',
      slug: 'anpassung-ausstehend',
      heading: 'Anpassung ausstehend',
      intro: `Rechtsänderungen, die in Kraft sind oder in den nächsten ${ADAPTATION_WINDOW_DAYS} Tagen wirksam werden: Das betroffene Dokument („Betroffene Dokumente“, affects) hat noch keine Fassung, die ab dem Tag des Inkrafttretens gilt.`,
      empty: 'Alle betroffenen Dokumente sind angepasst.',
    },
    {
      id: 'unapproved',
      slug: 'nicht-freigegeben',
      heading: 'Nicht freigegeben',
      intro: 'Geltende oder angekündigte Fassungen ohne Freigabe durch eine zweite Stelle (Vier-Augen-Prinzip). Auf der Seite steht „Nicht freigegeben“.',
      empty: 'Alle geltenden und angekündigten Fassungen sind freigegeben.',
    },
    {
      id: 'confirm',
      slug: 'zu-bestaetigen',
      heading: 'Noch zu bestätigen',
      intro:
        'Örtliche Angaben (Feld confirm), die die Behörde noch nicht bestätigt hat – etwa der Name einer Stelle, ein Schalter oder eine Adresse. Leserinnen und Leser sehen auf der Seite den Hinweis „Noch zu bestätigen“.',
      empty: 'Keine unbestätigten Angaben.',
    },
    {
      id: 'unlinked',
      slug: 'nicht-verlinkt',
      heading: 'Nicht verlinkt',
      intro: 'Kein Einarbeitungspfad und kein anderes Dokument verweist auf diese Dokumente; man findet sie nur über Listen und Suche.',
      empty: 'Jedes Dokument ist von einem Pfad oder einem anderen Dokument aus verlinkt.',
    },
  ];
  if (drafts)
    sections.push({
      id: 'draft',
      slug: 'entwuerfe',
      heading: 'Entwürfe',
      intro: 'Nur in der Vorschau (npm run dev) sichtbar; ein Produktions-Build veröffentlicht sie nicht.',
      empty: 'Keine Entwürfe.',
    });
  return sections;
}

/** Page `n` of a section's full list: /redaktion/<slug>/, /redaktion/<slug>/2/, … */
export function healthListUrl(slug: string, page = 1): string {
  return page <= 1 ? `/redaktion/${slug}/` : `/redaktion/${slug}/${page}/`;
}

const cache = new WeakMap<ContentSet, Map<string, HealthReport>>();

/** contentHealth, computed once per content set and date however many pages show it. */
export function cachedHealth(content: ContentSet, date: string): HealthReport {
  let byDate = cache.get(content);
  if (!byDate) cache.set(content, (byDate = new Map()));
  let report = byDate.get(date);
  if (!report) byDate.set(date, (report = contentHealth(content, date)));
  return report;
}

/**
 * Page numbers for a pager that stays short however many pages there are: the first and last
 * page, and two either side of the current one; `null` marks a gap ("…").
 */
export function pageWindow(current: number, last: number, around = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= around) pages.push(n);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}
