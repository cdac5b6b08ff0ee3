/**
 * The element ids that layouts, components, pages and browser scripts use. A heading id made
 * from content must never equal one of them (the skip link `#inhalt` would jump to a heading;
 * two equal ids are invalid HTML), so src/markdown/heading-ids.ts moves a content id that is
 * listed here, or that matches a pattern, into the content namespace `abschnitt-…`.
 * tests/unit/markdown-heading-ids.test.ts reads every id in src/ and fails when one is missing
 * here: add a new component's ids (or their pattern) to this list.
 */

/** Fixed ids. */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  // Base.astro, search
  'inhalt',
  'header-q',
  'schnellsuche',
  'schnellsuche-titel',
  'q',
  'q-hilfe',
  'team',
  'gesetz',
  'alt',
  // document pages, checklists, versions, compare
  'historie',
  'hinweise',
  'unterschiede',
  'nur-aenderungen',
  'fassung-alt',
  'fassung-neu',
  'checkliste-werkzeuge',
  'check-progress-text',
  'check-copy-text',
  'betroffen',
  'zuletzt',
  'geschwister',
  'toc-heading',
  // briefings
  'vorschriften',
  'quellen',
  'nachtraege',
  'angekuendigt',
  'in-kraft',
  'archiv',
  'filter-heading',
  'filter-team',
  'filter-law',
  'filter-status',
  'rae',
  'neu-hier',
  'neu-fuer-sie',
  'kommt',
  'geaendert',
  'haeufig',
  'pflege',
  'abgeloest',
  // the browser editor (/redaktion/editor/) and the team leads' help (/hilfe/redaktion/)
  'lotse-problems',
  'lotse-problems-title',
  'arten',
  'fassung',
  'rechtsaenderung',
  'vier-augen',
  'lokal',
  // tracks
  'pfade',
  'sichern',
  'backup-file',
  'backup-preview',
  'backup-error',
  'start-earlier',
  'start-mine',
  'start-file',
  'start-date',
  'start-date-hint',
  'start-date-error',
  'start-q',
  'plan-start',
  'plan-start-hint',
  // /stand/, /redaktion/, /normen/, /hilfe/autoren/
  'stand-datum',
  'stand-filter',
  'stand-typ',
  'bestand',
  'overdue',
  'due-soon',
  'pending',
  'unapproved',
  'unlinked',
  'draft',
  'confirm',
  'rechtsaenderungen',
  'dokumente',
  'ablauf',
  'checklisten',
  'leitfaeden',
  'einarbeitung',
  'glossar',
  'fassungen',
  'zitate',
  'mdx',
  'meldungen',
  'felder',
  'abloesen-befristen',
  'bestaetigen',
  // /barrierefreiheit/
  'kontakt-bestaetigen',
]);

/** Ids built from data (`team-${id}`, `m${n}-…`, checklist items `check-i${n}`, …). */
export const LAYOUT_ID_PATTERNS: readonly RegExp[] = [
  /^team-/,
  /^typ-/,
  /^pfad-/,
  /^felder-/,
  /^cmp-(von|bis)-/,
  /^check-/,
  /^verwandt-/,
  /^stand-/,
  /^m\d+-/,
  /^begriff-/,
  /^abk-/,
  /^buchstabe-/,
  /^p-[0-9a-z]+$/,
];

/** Content ids that would collide get this prefix; no layout id starts with it. */
export const CONTENT_ID_PREFIX = 'abschnitt-';

export function isLayoutId(id: string): boolean {
  return LAYOUT_IDS.has(id) || LAYOUT_ID_PATTERNS.some((p) => p.test(id));
}
