/**
 * Imports the paragraph list of each law in content/laws.yaml from the consolidated
 * law texts (kmein/gesetze Markdown, see ../shared/corpus/gesetze/README.md) into one
 * JSON file per law, named after the law's slug:
 *
 *   node scripts/import-laws.ts --in ../shared/corpus/gesetze --laws content/laws.yaml --out src/norms/data
 *
 * Sections are the headings "# § 81 – Heading", "# § 1", "# Art 16a",
 * "# §§ 3 bis 6 – (weggefallen)" and "# Art 74a und 75 – (weggefallen)"; ranges and
 * pairs become one entry per paragraph. A paragraph is repealed when its heading or
 * its whole body is "(weggefallen)". Output is deterministic (natural paragraph order),
 * so re-running on the same texts changes nothing.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { enumerate } from '../src/norms/ranges.ts';
import type { LawRef } from '../src/norms/types.ts';

export interface ParagraphInfo {
  /** Null when the law gives none (StAG § 1, every GG article but 45d). */
  heading: string | null;
  repealed: boolean;
}

export interface LawText {
  title: string;
  paragraphs: Map<string, ParagraphInfo>;
}

const SECTION = /^# (§§|§|Art) (\d+[a-z]?)(?: (bis|und|u\.) (\d+[a-z]?))?(?: – (.*))?$/;
const NO_HEADING = new Set(['----', '(keine Überschrift)']);

/** 9 < 9a < 10: by number, then by letter suffix. */
export function compareParagraphs(a: string, b: string): number {
  return parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b);
}

/** Every paragraph a section heading covers: "3 bis 6" → 3, 4, 5, 6; "240 bis 279a" → 240 … 279, 279a. */
function coveredParagraphs(from: string, joiner: string | undefined, to: string | undefined): string[] {
  if (to === undefined) return [from];
  if (joiner !== 'bis') return [from, to];
  const listed = enumerate(from, to);
  if (listed) return listed;
  const numbers = enumerate(String(parseInt(from, 10)), String(parseInt(to, 10))) ?? [];
  return [...new Set([from, ...numbers, to])];
}

export function parseLawText(markdown: string): LawText {
  const lines = markdown.split('\n');
  const titleLine = lines.find((line) => line.startsWith('% ') && !line.startsWith('% Ausfertigungsdatum')) ?? '';
  // "Gesetz über … im Bundesgebiet1)  (Aufenthaltsgesetz - AufenthG)": drop the short form and footnote marks.
  const title = (titleLine.slice(2).split('  (')[0] ?? '').replace(/(?<=\p{L})\d+\)/gu, '').trim();
  const paragraphs = new Map<string, ParagraphInfo>();
  const coveredByRange = new Set<string>();
  let open: { keys: string[]; heading: string | null; body: string[] } | undefined;
  const close = (): void => {
    if (!open) return;
    const repealed = open.heading === '(weggefallen)' || open.body.join('\n').trim() === '(weggefallen)';
    const isRange = open.keys.length > 1;
    for (const key of open.keys) {
      // A paragraph's own heading wins over a range heading that happens to cover it.
      if (isRange && paragraphs.has(key)) continue;
      if (!isRange && paragraphs.has(key) && !coveredByRange.has(key)) continue;
      paragraphs.set(key, { heading: open.heading, repealed });
      if (isRange) coveredByRange.add(key);
      else coveredByRange.delete(key);
    }
    open = undefined;
  };
  for (const line of lines) {
    if (!line.startsWith('# ')) {
      open?.body.push(line);
      continue;
    }
    close();
    const m = SECTION.exec(line.trimEnd());
    if (!m) continue; // Inhaltsübersicht, Anlage …, Eingangsformel: not provisions
    const [, , from = '', joiner, to, heading] = m;
    const text = heading?.trim();
    open = {
      keys: coveredParagraphs(from, joiner, to),
      heading: text && !NO_HEADING.has(text) ? text : null,
      body: [],
    };
  }
  close();
  return { title, paragraphs };
}

/** "SGB II" → "SGB_2", "FreizügG/EU" → "FreizügG_EU": how the corpus names its files. */
export function corpusStem(abbr: string): string {
  const roman: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4', V: '5', VI: '6', VII: '7', VIII: '8', IX: '9', X: '10', XI: '11', XII: '12' };
  return abbr
    .replace(/ ([IVX]+)$/, (_, r: string) => `_${roman[r] ?? r}`)
    .replace(/[/ ]/g, '_')
    .normalize('NFC');
}

export function lawJson(law: LawRef, text: LawText, source: Record<string, string>): string {
  const keys = [...text.paragraphs.keys()].sort(compareParagraphs);
  const entries = keys.map((key) => `    ${JSON.stringify(key)}: ${JSON.stringify(text.paragraphs.get(key))}`);
  return [
    '{',
    `  "abbr": ${JSON.stringify(law.abbr)},`,
    `  "title": ${JSON.stringify(text.title)},`,
    `  "source": ${JSON.stringify(source)},`,
    '  "paragraphs": {',
    entries.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

function readSource(dir: string): Record<string, string> {
  let readme = '';
  try {
    readme = readFileSync(join(dir, 'README.md'), 'utf8');
  } catch {
    return {};
  }
  const source: Record<string, string> = {};
  const repository = /source repository \| (\S+)/.exec(readme)?.[1];
  const commit = /commit \| `([0-9a-f]{40})`/.exec(readme)?.[1];
  const date = /commit date \| (\d{4}-\d{2}-\d{2})/.exec(readme)?.[1];
  if (repository) source.repository = repository;
  if (commit) source.commit = commit;
  if (date) source.date = date;
  return source;
}

function main(): void {
  const { values } = parseArgs({
    options: { in: { type: 'string' }, laws: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.in || !values.laws || !values.out) {
    console.error('Usage: node scripts/import-laws.ts --in <corpus dir> --laws content/laws.yaml --out src/norms/data');
    process.exit(2);
  }
  const laws = parseYaml(readFileSync(values.laws, 'utf8')) as LawRef[];
  const files = readdirSync(values.in).filter((name) => /-BJNR\w+\.md$/.test(name));
  const source = readSource(values.in);
  mkdirSync(values.out, { recursive: true });
  const written = new Set<string>();
  for (const law of laws) {
    const file = files.find((name) => name.normalize('NFC').split('-BJNR')[0] === corpusStem(law.abbr));
    if (!file) {
      console.log(`${law.abbr}: not in the corpus, not checked`);
      continue;
    }
    const text = parseLawText(readFileSync(join(values.in, file), 'utf8'));
    const out = `${law.slug}.json`;
    writeFileSync(join(values.out, out), lawJson(law, text, { ...source, file: file.normalize('NFC') }));
    written.add(out);
    console.log(`${law.abbr}: ${text.paragraphs.size} paragraphs → ${out}`);
  }
  for (const name of readdirSync(values.out)) {
    if (name.endsWith('.json') && !written.has(name)) rmSync(join(values.out, name));
  }
}

if (import.meta.main) main();
