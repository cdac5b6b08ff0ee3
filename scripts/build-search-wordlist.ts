/**
 * Builds the German word list that search uses to split compounds (src/search/build/decompound.ts):
 *
 *   node scripts/build-search-wordlist.ts --in ../shared/corpus/gesetze --out src/search/data/wortliste.tsv
 *
 * Input: the consolidated law texts (kmein/gesetze Markdown, see ../shared/corpus/gesetze/README.md).
 * Output: one line per word, `word<TAB>count<TAB>capitalized`, sorted by word: every lowercase word of
 * 3 to 30 letters that occurs at least twice, how often it occurs, and how often it is written with a
 * capital letter in the middle of a sentence (German capitalises nouns, so this tells nouns from
 * verbs and adjectives). The output is deterministic; re-running on the same texts changes nothing.
 * The build adds the words of the content itself to this list (src/search/build/dictionary.ts).
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { countWords, formatWordList, type WordCounts } from '../src/search/build/wordlist.ts';

const { values } = parseArgs({ options: { in: { type: 'string' }, out: { type: 'string' }, min: { type: 'string' } } });
if (!values.in || !values.out) {
  console.error('usage: node scripts/build-search-wordlist.ts --in <lawsDir> --out <file.tsv> [--min 2]');
  process.exit(2);
}
const counts: WordCounts = new Map();
for (const file of readdirSync(values.in)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort()) {
  const text = readFileSync(join(values.in, file), 'utf8').replace(/^%.*$/gm, '');
  countWords(text, counts);
}
const out = formatWordList(counts, Number(values.min ?? 2));
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, out);
console.log(`${out.split('\n').length - 1} Wörter → ${values.out}`);
