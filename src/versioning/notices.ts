/**
 * The date-dependent notices of a version page (superseded, announced, new version announced,
 * review overdue) as data. The page renders them at build time; src/client/versions/validity.ts renders
 * the same notices again in the browser when the page is read on a later day, so both always
 * use the same rule (src/model/validity.ts) and the same words.
 */
import { validityOf, validityText, versionIndexOn } from '../model/validity.ts';
import type { VersionedKind } from '../model/types.ts';
import { compareUrl, docUrl, versionUrl } from '../site/urls.ts';
import { germanDate } from '../model/day.ts';

/** What a page knows about its document: written into `data-validity` as JSON. */
export interface ValidityData {
  kind: VersionedKind;
  slug: string;
  /** Index (in `versions`) of the version the page shows; -1 when it shows none in particular. */
  index: number;
  versions: { v: number; from: string; change?: string }[];
  reviewDue?: string;
  owner?: string;
}

export type Segment = string | { href: string; text: string };

export interface Notice {
  id: 'superseded' | 'announced' | 'announced-next' | 'overdue';
  tone: 'bad' | 'warn' | 'info';
  title: string;
  lines: Segment[][];
}

export const validFromsOf = (data: ValidityData) => data.versions.map((v) => v.from);

/**
 * Link to the version that applies on `date`: the document's main URL while that is still the
 * version the build made current, otherwise the version's own page (the main page then shows
 * an older version until the next build).
 */
export function currentLink(data: ValidityData, date: string, buildDate: string): { href: string; index: number } | undefined {
  const froms = validFromsOf(data);
  const index = versionIndexOn(froms, date);
  if (index < 0) return undefined;
  const href = index === versionIndexOn(froms, buildDate) ? docUrl(data.kind, data.slug) : versionUrl(data.kind, data.slug, data.versions[index]!.v);
  return { href, index };
}

export function validityNotices(data: ValidityData, date: string, buildDate: string): Notice[] {
  const shown = data.versions[data.index];
  if (!shown) return [];
  const froms = validFromsOf(data);
  const validity = validityOf(froms, data.index, date);
  const current = currentLink(data, date, buildDate);
  const currentVersion = current ? data.versions[current.index]! : undefined;
  const compare = (a: number, b: number) => compareUrl(data.kind, data.slug, Math.min(a, b), Math.max(a, b));
  const notices: Notice[] = [];

  if (validity.status === 'superseded' && current && currentVersion) {
    notices.push({
      id: 'superseded',
      tone: 'bad',
      title: 'Achtung: Diese Fassung gilt nicht mehr.',
      lines: [
        [
          `Sie galt ${validityText(validity).replace(/^gültig /, '')}. Für Fälle, die nach heutigem Recht zu entscheiden sind, gilt `,
          { href: current.href, text: `die aktuelle Fassung v${currentVersion.v}` },
          '.',
        ],
        [{ href: compare(shown.v, currentVersion.v), text: `Änderungen von v${shown.v} zu v${currentVersion.v}` }],
      ],
    });
  }
  if (validity.status === 'announced') {
    const lines: Segment[][] = [];
    if (current && currentVersion) {
      lines.push(['Bis dahin gilt ', { href: current.href, text: `Fassung v${currentVersion.v}` }, '.']);
      lines.push([{ href: compare(currentVersion.v, shown.v), text: `Änderungen gegenüber v${currentVersion.v}` }]);
    }
    notices.push({ id: 'announced', tone: 'warn', title: `Angekündigte Fassung: gilt erst ab ${germanDate(shown.from)}.`, lines });
  }
  if (validity.status === 'current') {
    const announced = data.versions.filter((v) => v.from > date);
    if (announced.length > 0) {
      notices.push({
        id: 'announced-next',
        tone: 'info',
        title: announced.length === 1 ? 'Neue Fassung angekündigt' : 'Neue Fassungen angekündigt',
        lines: announced.map((a) => [
          { href: versionUrl(data.kind, data.slug, a.v), text: `v${a.v} gilt ab ${germanDate(a.from)}` },
          a.change ? `: ${a.change} – ` : ' – ',
          { href: compare(shown.v, a.v), text: `Änderungen gegenüber v${shown.v}` },
        ]),
      });
    }
  }
  if (validity.status !== 'superseded' && data.reviewDue && data.reviewDue < date) {
    notices.push({
      id: 'overdue',
      tone: 'warn',
      title: 'Überprüfung überfällig.',
      lines: [
        [
          `Diese Fassung sollte bis ${germanDate(data.reviewDue)} überprüft werden. Inhalte bitte mit der verantwortlichen Stelle${data.owner ? ` (${data.owner})` : ''} abklären.`,
        ],
      ],
    });
  }
  return notices;
}

/** "Am 26.06.2024 galt Fassung v1 (gültig vom 01.01.2023 bis 26.06.2024)." for the per-document date picker. */
export function versionOnDate(data: ValidityData, date: string, today: string): { index: number; text: string } {
  const froms = validFromsOf(data);
  const index = versionIndexOn(froms, date);
  const verb = date >= today ? 'gilt' : 'galt';
  if (index < 0) return { index, text: `Am ${germanDate(date)} ${verb} noch keine Fassung; die erste gilt ab ${germanDate(froms[0] ?? date)}.` };
  const { validFrom, validUntil } = validityOf(froms, index, today);
  const range = validUntil ? `gültig vom ${germanDate(validFrom)} bis ${germanDate(validUntil)}` : `gültig ab ${germanDate(validFrom)}, ohne Enddatum`;
  return { index, text: `Am ${germanDate(date)} ${verb} Fassung v${data.versions[index]!.v} (${range}).` };
}
