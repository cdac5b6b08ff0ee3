/**
 * Adapter from the citation parser (src/norms) to the schemas' `checkCitation`: a citation
 * must parse, name a law from laws.yaml and, where the law text was imported, cite a paragraph
 * that exists. The parser speaks English internally; authors read German.
 */
import { parseCitation } from '../norms/parse.ts';
import { checkProvision } from '../norms/norms.ts';
import type { LawRef } from '../norms/types.ts';
import type { Law } from '../schemas/registries.ts';

export function lawRefs(laws: readonly Law[]): LawRef[] {
  return laws.map((l) => ({ abbr: l.abbr, slug: l.slug, unit: l.unit ?? '§' }));
}

export function createCitationChecker(laws: readonly Law[]): (text: string) => string | undefined {
  const refs = lawRefs(laws);
  const known = refs.map((l) => l.abbr).join(', ');
  return (text) => {
    const parsed = parseCitation(text, refs);
    if (!parsed.ok) return `„${text}“ ist kein gültiges Zitat: ${germanProblem(parsed.problem, known)}`;
    for (const provision of parsed.citation.provisions) {
      const check = checkProvision(provision);
      if (!check.ok)
        return `„${text}“: ${provision.unit} ${provision.paragraph}${provision.paragraphTo ? ` bis ${provision.paragraphTo}` : ''} ${provision.law} gibt es im konsolidierten Gesetzestext nicht`;
    }
    return undefined;
  };
}

function germanProblem(problem: string, known: string): string {
  const quoted = /"([^"]*)"/.exec(problem)?.[1];
  if (/^missing law/.test(problem)) return `kein Gesetz genannt (bekannt: ${known})`;
  if (/unknown law|not in laws\.yaml/i.test(problem)) return `Gesetz „${quoted ?? '?'}“ steht nicht in content/laws.yaml (bekannt: ${known})`;
  if (/^unexpected "/.test(problem)) return `nach der Vorschrift steht „${quoted}“ statt eines Gesetzes (bekannt: ${known})`;
  if (/is cited by/.test(problem)) return `dieses Gesetz wird mit „${problem.includes('"Art."') ? 'Art.' : '§'}“ zitiert`;
  if (/missing paragraph number/.test(problem)) return 'nach „§“ bzw. „Art.“ fehlt die Nummer';
  if (/without a number/.test(problem)) return `„${quoted}“ ohne Nummer`;
  if (/^expected "§" or "Art\."/.test(problem)) return 'ein Zitat beginnt mit „§“, „§§“ oder „Art.“';
  if (/unexpected text after the law/.test(problem)) return 'nach dem Gesetz folgt weiterer Text; je Listeneintrag nur ein Zitat';
  if (/empty citation/.test(problem)) return 'das Zitat ist leer';
  return 'unbekannte Form';
}
