import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { parseCitation, findCitations, parseQueryCitation } from '../src/citations/parse.ts';
const laws = parse(readFileSync('content/laws.yaml', 'utf8'));
const cases = ['§ 81 Abs. 4 Satz 1 AufenthG','§ 81 IV 1 AufenthG','§§ 16a, 16b AufenthG','§§ 16a und 16b AufenthG','Art. 16a GG','Art. 16a Abs. 1 GG','§§ 8 bis 16 StAG','§ 10 Abs. 1 Satz 1 Nr. 3 Buchst. a StAG','§ 10 Abs. 1 Satz 1 Nr. 3 lit. a StAG','§ 4a IV AufenthG','§ 60a Abs. 2c AufenthG','§ 47 Abs. 1 Nr. 15 AufenthV','§ 2 Abs. 3 FreizügG/EU','§ 7 SGB II','§ 23 SGB XII','§ 25 Abs. 3 bis 5 AufenthG','§ 81 Absatz 4 AufenthG','§ 8 f. StAG','§§ 8 ff. StAG','§§ 240 bis 279a BGB','§§ 60a bis 60d AufenthG','§ 81 Abs. 4 Foo','§ Abs. 4 AufenthG','Art 16a GG','§ 16a GG','§ 81 aufenthg','§ 81 Abs. AufenthG','§ 81 Abs. 4 AufenthG und mehr', '§ 60a Abs. 2', '§ 60a IIc AufenthG', '§ 81 Abs. 3 und Abs. 4 AufenthG', '§ 16a und § 16b AufenthG', '§ 5 Abs. 1 Nr. 1 bis 3 AufenthG', '§ 7 SGB III'];
for (const c of cases) console.log(c, '=>', JSON.stringify(parseCitation(c, laws)));
console.log(JSON.stringify(findCitations('Nach § 81 Abs. 4\nAufenthG gilt. § 60a Abs. 2 ohne Gesetz. Nach §§ 22, 23 AufenthG und Art. 16a GG sowie § 5 AufenthG, 3 Monate.', laws)));
for (const q of ['§ 81 Abs. 4 AufenthG','81 IV AufenthG','§81 AufenthG','60a AufenthG','§ 60a Abs. 2 S. 1','81 aufenthg','81','AufenthG § 81','art 16a gg','sgb ii 7', '§ 7 sgb ii', 'Duldung']) console.log(q, '=>', JSON.stringify(parseQueryCitation(q, laws)));
