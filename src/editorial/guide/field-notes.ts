/**
 * Descriptions for the schema fields that carry no `meta({ description })` yet: the nested
 * fields (sources[].title, modules[].week, …) and the registries. The authors' guide uses the
 * schema's own meta first and falls back to these; tests/unit/editorial-guide.test.ts fails when
 * a note names a field the schemas no longer have, or when a schema field has neither.
 * Once the schemas carry meta for these fields, the notes can be deleted.
 */
export interface FieldNote {
  description: string;
  example?: string;
}

export const FIELD_NOTES: Record<string, Record<string, FieldNote>> = {
  briefing: {
    'sources[].title': { description: 'Titel der Quelle, z. B. die Fundstelle im Bundesgesetzblatt.', example: 'title: BGBl. 2024 I Nr. 104' },
    'sources[].url': { description: 'Adresse der Quelle (http oder https).', example: 'url: https://www.recht.bund.de/eli/bund/bgbl-1/2024/104' },
    'updates[].date': { description: 'Tag des Nachtrags (JJJJ-MM-TT).', example: 'date: 2024-07-01' },
    'updates[].note': { description: 'Was berichtigt oder ergänzt wurde.', example: 'note: Übergangsregel ergänzt.' },
  },
  track: {
    'modules[].title': { description: 'Titel des Moduls.', example: 'title: Aufbau der Behörde' },
    'modules[].week': { description: 'Woche, in der das Modul dran ist (1 bis weeks).', example: 'week: 1' },
    'modules[].read': {
      description: 'Dokumente, die durchgearbeitet werden (Verweise).',
      example: 'read: [checklists/fiktionsbescheinigung, guidelines/gebuehren]',
    },
    'modules[].tasks': { description: 'Praktische Aufgaben: Hospitation, erste eigene Fälle.', example: 'tasks: [Einen Tag am Servicepoint hospitieren]' },
    'modules[].quiz': { description: 'Selbstcheck: Fragen mit Antworten; nur zur eigenen Kontrolle.' },
    'modules[].quiz[].question': { description: 'Die Frage.', example: 'question: Wann tritt die Fortgeltungsfiktion ein?' },
    'modules[].quiz[].options': {
      description: 'Mögliche Antworten, mindestens zwei.',
      example: 'options: [Bei Antrag vor Ablauf des Titels, Bei Antrag nach Ablauf]',
    },
    'modules[].quiz[].answer': { description: 'Nummer der richtigen Antwort, gezählt ab 0 (0 = erste Antwort).', example: 'answer: 0' },
    'modules[].quiz[].explanation': {
      description: 'Erklärung, die nach der Antwort erscheint.',
      example: 'explanation: § 81 Abs. 4 Satz 1 AufenthG setzt einen Antrag vor Ablauf voraus.',
    },
  },
  glossary: {
    term: { description: 'Der Begriff, ausgeschrieben.', example: 'term: Aufenthaltserlaubnis' },
    abbr: { description: 'Abkürzungen des Begriffs. Eine Abkürzung mit zwei Bedeutungen (ZAB) steht bei beiden Einträgen.', example: 'abbr: [AE]' },
    definition: { description: 'Erklärung in ein bis zwei Sätzen.', example: 'definition: Befristeter Aufenthaltstitel nach § 7 AufenthG.' },
    synonyms: {
      description: 'Andere Wörter für denselben Begriff; die Suche findet den Eintrag auch unter ihnen.',
      example: 'synonyms: [befristeter Aufenthaltstitel]',
    },
    legalBasis: { description: 'Rechtsgrundlagen als Zitate.', example: 'legalBasis: ["§ 7 AufenthG"]' },
    see: { description: 'Verweise auf Dokumente zum Begriff.', example: 'see: [checklists/fiktionsbescheinigung]' },
  },
  teams: {
    id: { description: 'Kennung des Teams; wird in der Frontmatter unter teams verwendet.', example: 'id: einbuergerung' },
    name: { description: 'Name des Teams, wie er auf der Website steht.', example: 'name: Einbürgerung' },
    lead: { description: 'Leitungsrolle; Vorschlag für owner bei neuen Dokumenten (npm run new).', example: 'lead: Teamleitung Einbürgerung' },
  },
  laws: {
    abbr: { description: 'Abkürzung, wie sie in Zitaten steht.', example: 'abbr: AufenthG' },
    name: { description: 'Amtliche Bezeichnung.', example: 'name: Aufenthaltsgesetz' },
    slug: { description: 'Kennung auf gesetze-im-internet.de; daraus werden die Links auf Normen gebildet.', example: 'slug: aufenthg_2004' },
    unit: { description: '„§“ für Paragrafen, „Art.“ für Artikel (Standard: §).', example: 'unit: "Art."' },
  },
  site: {
    name: { description: 'Name der Behörde.', example: 'name: Ausländerbehörde der Stadt Wuppertal' },
    shortName: { description: 'Kurzbezeichnung für Seitentitel.', example: 'shortName: ABH Wuppertal' },
    city: { description: 'Stadt.', example: 'city: Wuppertal' },
    feedback: { description: 'Kontakt für Rückmeldungen zu Inhalten und zur Barrierefreiheit.' },
    'feedback.name': { description: 'Name der Kontaktstelle.', example: 'name: Redaktion Lotse' },
    'feedback.email': { description: 'E-Mail-Adresse der Kontaktstelle.', example: 'email: lotse-redaktion@stadt.wuppertal.de' },
    'feedback.phone': { description: 'Telefonnummer (optional).', example: 'phone: 0202 563-0' },
  },
};
