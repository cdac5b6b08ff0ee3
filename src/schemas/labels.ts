/**
 * German names of the frontmatter fields, as team leads read them in the browser editor, in
 * `/redaktion/` and in `npm run new`. Keyed by the YAML key; nested fields by their path
 * (`sources[].title`). tests/unit/editor-config.test.ts fails when a schema field has no label.
 */
export const FIELD_LABELS: Record<string, string> = {
  title: 'Titel',
  summary: 'Zusammenfassung',
  teams: 'Teams',
  owner: 'Verantwortlich',
  tags: 'Schlagwörter',
  draft: 'Entwurf',
  validFrom: 'Gültig ab',
  legalBasis: 'Rechtsgrundlagen',
  approvedBy: 'Freigegeben von',
  reviewDue: 'Überprüfen bis',
  changes: 'Änderungshinweis',
  changeType: 'Art der Änderung',
  briefing: 'Umgesetzte Rechtsänderung',
  confirm: 'Noch zu bestätigen',
  published: 'Veröffentlicht am',
  effective: 'Wirksam ab',
  affects: 'Betroffene Dokumente',
  sources: 'Quellen',
  'sources[].title': 'Titel der Quelle',
  'sources[].url': 'Adresse (URL)',
  updates: 'Nachträge',
  'updates[].date': 'Datum',
  'updates[].note': 'Nachtrag',
  supersedes: 'Ersetzt Rechtsänderungen',
  until: 'Gilt bis',
  weeks: 'Dauer in Wochen',
  modules: 'Module',
  'modules[].title': 'Titel des Moduls',
  'modules[].week': 'Woche',
  'modules[].read': 'Lesen',
  'modules[].tasks': 'Aufgaben',
  'modules[].quiz': 'Selbstcheck',
  'modules[].quiz[].question': 'Frage',
  'modules[].quiz[].options': 'Antworten',
  'modules[].quiz[].answer': 'Richtige Antwort (Nummer ab 0)',
  'modules[].quiz[].explanation': 'Erklärung',
  after: 'Folgt auf Pfad',
  // glossary entries
  term: 'Begriff',
  abbr: 'Abkürzungen',
  definition: 'Definition',
  synonyms: 'Synonyme',
  see: 'Siehe auch',
};

/** „Gültig ab (validFrom)“: the label with the YAML key, for messages where authors need both. */
export function labelWithKey(path: string): string {
  const key = path.replace(/\[\d+\]/g, '[]');
  const label = FIELD_LABELS[key] ?? FIELD_LABELS[key.split('.').at(-1) ?? ''];
  return label ? `${label} (${path})` : path;
}
