/**
 * The copyable examples of the authors' guide. They are produced by the same templates and the
 * same version step as `npm run new`, with realistic values, and tests/unit/editorial-guide.test.ts
 * writes them into an empty content root and runs the validation on them: every example in
 * the guide is a file that passes `npm run check`.
 */
import { renderNewVersion } from '../new/new-version.ts';
import { renderNewDocument } from '../new/templates.ts';

export interface GuideExample {
  id: string;
  /** Where the file goes, relative to the content root. */
  path: string;
  text: string;
}

const CHECKLIST_BODY = `## Antrag

- [ ] Eingangsdatum des Antrags festhalten (§ 81 Abs. 4 Satz 1 AufenthG)
  Maßgeblich ist der Eingang bei der Ausländerbehörde, nicht das Datum des Schreibens.
- [ ] Gültigkeit des bisherigen Aufenthaltstitels prüfen

## Bescheinigung

- [ ] Fiktionsbescheinigung ausstellen (§ 81 Abs. 5 AufenthG)
  Die Bescheinigung gilt bis zur Entscheidung über den Antrag.
`;

const GLOSSARY = `- term: Fiktionsbescheinigung
  abbr: [FiktB]
  definition: Bescheinigung über die Fortgeltung oder Erlaubnis des Aufenthalts nach § 81 Abs. 5 AufenthG.
  legalBasis: ["§ 81 Abs. 5 AufenthG"]
  see: [checklists/fiktionsbescheinigung]
- term: Zentralstelle für ausländisches Bildungswesen
  abbr: [ZAB]
  definition: Bewertet ausländische Bildungsnachweise.
- term: Zentrale Ausländerbehörde
  abbr: [ZAB]
  synonyms: [ZAB NRW]
  definition: Landeseinrichtung für Passersatzbeschaffung und Rückführung.
`;

export function guideExamples(): GuideExample[] {
  const checklistHead = renderNewDocument({
    kind: 'checklist',
    slug: 'fiktionsbescheinigung',
    title: 'Fiktionsbescheinigung ausstellen',
    summary: 'Prüfschritte, bevor eine Fiktionsbescheinigung nach § 81 Abs. 5 AufenthG ausgestellt wird.',
    teams: ['aufenthalt'],
    owner: 'Teamleitung Aufenthalt',
    validFrom: '2024-01-01',
    reviewDue: '2025-12-31',
    legalBasis: ['§ 81 Abs. 4 Satz 1 AufenthG', '§ 81 Abs. 5 AufenthG'],
    draft: false,
  });
  const checklist = checklistHead.replace(/\nreviewDue:/, '\napprovedBy: Abteilungsleitung\nreviewDue:').replace(/---\n\n[\s\S]*$/, `---\n\n${CHECKLIST_BODY}`);
  const version = renderNewVersion(checklist, {
    validFrom: '2026-01-01',
    reviewDue: '2026-12-31',
    changeType: 'major',
    briefing: 'chancen-aufenthaltsrecht-endet',
    draft: false,
    changes: ['Inhaber eines Chancen-Aufenthaltsrechts: Fiktion nur noch für Anträge nach §§ 25a, 25b AufenthG'],
  }).replace(
    '- [ ] Gültigkeit des bisherigen Aufenthaltstitels prüfen\n',
    '- [ ] Gültigkeit des bisherigen Aufenthaltstitels prüfen\n- [ ] Bei Chancen-Aufenthaltsrecht (§ 104c AufenthG): Fiktion nur bei Antrag nach § 25a oder § 25b AufenthG\n',
  );
  const guideline = renderNewDocument({
    kind: 'guideline',
    slug: 'fiktionswirkung',
    title: 'Fiktionswirkung des Antrags',
    summary: 'Wann ein Antrag den Aufenthalt erlaubt oder fortgelten lässt (§ 81 Abs. 3 und 4 AufenthG).',
    teams: ['aufenthalt'],
    owner: 'Teamleitung Aufenthalt',
    validFrom: '2024-01-01',
    reviewDue: '2025-12-31',
    legalBasis: ['§ 81 Abs. 3 AufenthG', '§ 81 Abs. 4 AufenthG'],
    draft: true,
  });
  const briefing = renderNewDocument({
    kind: 'briefing',
    slug: 'chancen-aufenthaltsrecht-endet',
    title: 'Chancen-Aufenthaltsrecht endet',
    summary: 'Anträge nach § 104c AufenthG sind seit dem 01.01.2026 nicht mehr möglich.',
    teams: ['aufenthalt', 'rueckkehr'],
    owner: 'Teamleitung Aufenthalt',
    published: '2025-12-01',
    effective: '2026-01-01',
    legalBasis: ['§ 104c AufenthG'],
    affects: ['checklists/fiktionsbescheinigung'],
    sources: [{ title: '§ 104c AufenthG', url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__104c.html' }],
    draft: false,
  });
  const track = renderNewDocument({
    kind: 'track',
    slug: 'grundlagen-aufenthalt',
    title: 'Grundlagen Aufenthalt',
    summary: 'Die ersten zwei Wochen im Team Aufenthalt.',
    teams: ['aufenthalt'],
    owner: 'Teamleitung Aufenthalt',
    weeks: 2,
    read: ['checklists/fiktionsbescheinigung'],
    legalBasis: [],
    draft: false,
  });
  // A yearly value that replaces last year's: the successor names it in `supersedes`.
  const thresholds = (year: number, published: string, amounts: string) =>
    renderNewDocument({
      kind: 'briefing',
      slug: `blaue-karte-gehaltsgrenzen-${year}`,
      title: `Blaue Karte EU: Mindestgehälter ${year}`,
      summary: `Ab 01.01.${year} gelten für die Blaue Karte EU ${amounts} brutto im Jahr.`,
      teams: ['fachkraefte'],
      owner: 'Teamleitung Fachkräfteeinwanderung',
      published,
      effective: `${year}-01-01`,
      legalBasis: ['§ 18g Abs. 1 AufenthG'],
      sources: [{ title: '§ 18g AufenthG', url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__18g.html' }],
      draft: false,
    }).replace(/---\n\n[\s\S]*$/, `---\n\nDie Beträge ${year} und was sich damit ändert.\n`);
  const predecessor = thresholds(2025, '2024-12-13', '48.300 € (50 % der BBG) und 43.759,80 € (45,3 % der BBG)');
  const successor = thresholds(2026, '2025-12-12', '50.700 € (50 % der BBG) und 45.934,20 € (45,3 % der BBG)').replace(
    '\neffective: 2026-01-01\n',
    '\neffective: 2026-01-01\nsupersedes: ["briefings/blaue-karte-gehaltsgrenzen-2025"]\n',
  );
  return [
    { id: 'checklist', path: 'checklists/fiktionsbescheinigung/v1.mdx', text: checklist },
    { id: 'version', path: 'checklists/fiktionsbescheinigung/v2.mdx', text: version },
    { id: 'guideline', path: 'content/guidelines/fiktionswirkung/v1.mdx', text: guideline },
    { id: 'briefing', path: 'content/briefings/chancen-aufenthaltsrecht-endet.mdx', text: briefing },
    { id: 'briefing-predecessor', path: 'content/briefings/blaue-karte-gehaltsgrenzen-2025.mdx', text: predecessor },
    { id: 'briefing-successor', path: 'content/briefings/blaue-karte-gehaltsgrenzen-2026.mdx', text: successor },
    { id: 'track', path: 'content/tracks/grundlagen-aufenthalt.mdx', text: track },
    { id: 'glossary', path: 'content/glossary.yaml', text: GLOSSARY },
  ];
}

/** Citation forms the guide teaches; each must pass the citation check (tested). */
export const CITATION_FORMS: { form: string; meaning: string }[] = [
  { form: '§ 81 Abs. 4 Satz 1 AufenthG', meaning: 'Paragraf, Absatz, Satz' },
  { form: '§ 10 Abs. 1 Satz 1 Nr. 3 StAG', meaning: 'bis zur Nummer' },
  { form: '§ 47 Abs. 1 Nr. 15 AufenthV', meaning: 'Absatz und Nummer' },
  { form: '§§ 16a, 16b AufenthG', meaning: 'mehrere Paragrafen: „§§“, durch Komma getrennt' },
  { form: '§§ 8 bis 16 StAG', meaning: 'ein Bereich von Paragrafen' },
  { form: 'Art. 16a GG', meaning: 'Artikel (Grundgesetz)' },
];

/** Commands the guide shows; tests/build/editorial-new.test.ts runs exactly these, in this order. */
export const NEW_COMMANDS: { kind: string; command: string }[] = [
  {
    kind: 'Checkliste',
    command:
      'npm run new -- --type checklist --title "Fiktionsbescheinigung ausstellen" --slug fiktionsbescheinigung --summary "Prüfschritte vor der Ausstellung." --team aufenthalt --valid-from 2024-01-01 --legal-basis "§ 81 Abs. 5 AufenthG"',
  },
  {
    kind: 'Leitfaden',
    command:
      'npm run new -- --type guideline --title "Fiktionswirkung des Antrags" --summary "Wann ein Antrag den Aufenthalt fortgelten lässt." --team aufenthalt --legal-basis "§ 81 Abs. 4 AufenthG" --draft',
  },
  {
    kind: 'Rechtsänderung',
    command:
      'npm run new -- --type briefing --title "Chancen-Aufenthaltsrecht endet" --summary "Anträge nach § 104c AufenthG sind nicht mehr möglich." --team aufenthalt --effective 2026-01-01 --legal-basis "§ 104c AufenthG" --affects checklists/fiktionsbescheinigung --source-title "§ 104c AufenthG" --source-url https://www.gesetze-im-internet.de/aufenthg_2004/__104c.html',
  },
  {
    kind: 'Einarbeitungspfad',
    command:
      'npm run new -- --type track --title "Grundlagen Aufenthalt" --summary "Die ersten Wochen." --team aufenthalt --weeks 4 --read checklists/fiktionsbescheinigung',
  },
  {
    kind: 'Neue Fassung',
    command:
      'npm run new -- --type version --doc checklists/fiktionsbescheinigung --briefing chancen-aufenthaltsrecht-endet --valid-from 2026-01-01 --changes "Fiktion nur noch für Anträge nach §§ 25a, 25b AufenthG" --change-type major',
  },
];
