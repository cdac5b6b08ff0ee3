/** Adapter from the citation parser to the schema's `checkCitation` (German problem text). */
import type { Law } from '../schemas/registries.ts';

export function createCitationChecker(laws: readonly Law[]): (text: string) => string | undefined {
  const abbrs = laws.map((l) => l.abbr);
  return (text) => {
    const law = abbrs.find((a) => text.trim().endsWith(` ${a}`));
    if (!/^(§§?|Art\.)\s*\d/.test(text.trim())) return `„${text}“ ist kein Zitat der Form „§ 81 Abs. 4 AufenthG“ oder „Art. 16a GG“`;
    if (!law) return `„${text}“ nennt kein Gesetz aus content/laws.yaml`;
    return undefined;
  };
}
