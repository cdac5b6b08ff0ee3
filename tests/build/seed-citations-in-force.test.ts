/**
 * Explicit guard for the seed content that applies on the build date: every provision cited by a
 * checklist or guideline version in force (frontmatter legalBasis, summary and body), by a
 * briefing in effect, by a track or by the glossary exists in the imported law data
 * (src/norms/data). `npm run check` enforces this for all content too; this test keeps the
 * promise visible and fails loudly if citations stop being found at all (count > 100).
 *
 * The files are read raw, not through loadContent: the loader drops a document whose frontmatter
 * fails validation (a bad legalBasis citation included), and a dropped document must not pass.
 * Depth: the imported data lists paragraphs (heading, repealed flag), not Absätze, so existence
 * is checked to the paragraph (§ / Art.) and to the end of a range.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findCitations, parseCitation, type Citation, type LawRef } from '../../src/norms/parse.ts';
import { checkProvision, hasNormData } from '../../src/norms/norms.ts';
import { Report } from '../../src/model/diagnostics.ts';
import { readMdxFile, readYamlFile } from '../../src/model/source.ts';
import { versionIndexOn } from '../../src/model/validity.ts';
import { repo } from '../support/build-site.ts';

const BUILD_DATE = '2026-11-25';
const report = new Report();
const laws: LawRef[] = (
  readYamlFile(join(repo, 'content/laws.yaml'), 'content/laws.yaml', report)?.data as { abbr: string; slug: string; unit?: '§' | 'Art.' }[]
).map((law) => ({ abbr: law.abbr, slug: law.slug, unit: law.unit ?? '§' }));

interface Cited {
  file: string;
  /** A legalBasis entry must parse as exactly one citation; running text may hold any number. */
  single: boolean;
  text: string;
}
type Frontmatter = { legalBasis?: string[]; summary?: string; validFrom?: string | Date; effective?: string | Date; draft?: boolean };

const day = (value: string | Date | undefined) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));
const list = (dir: string) =>
  existsSync(join(repo, dir))
    ? readdirSync(join(repo, dir))
        .filter((n) => !n.startsWith('.') && n !== 'README.md')
        .sort()
    : [];

function read(file: string): { data: Frontmatter; body: string } {
  const source = readMdxFile(join(repo, file), file, report);
  assert.ok(source, `${file}: Frontmatter nicht lesbar`);
  return { data: source.data as Frontmatter, body: source.body };
}

function push(texts: Cited[], file: string, data: Frontmatter, body: string): void {
  for (const basis of data.legalBasis ?? []) texts.push({ file, single: true, text: String(basis) });
  texts.push({ file, single: false, text: String(data.summary ?? '') }, { file, single: false, text: body });
}

/** Author texts that apply on BUILD_DATE (drafts are not published and are left out). */
function textsInForce(): Cited[] {
  const texts: Cited[] = [];
  for (const folder of ['checklists', 'content/guidelines']) {
    for (const slug of list(folder)) {
      const versions = list(`${folder}/${slug}`)
        .filter((n) => /^v[1-9]\d*\.mdx$/.test(n))
        .sort((a, b) => Number(a.slice(1, -4)) - Number(b.slice(1, -4)))
        .map((n) => ({ file: `${folder}/${slug}/${n}`, ...read(`${folder}/${slug}/${n}`) }))
        .filter((v) => v.data.draft !== true);
      const index = versionIndexOn(
        versions.map((v) => day(v.data.validFrom)),
        BUILD_DATE,
      );
      if (index >= 0) push(texts, versions[index].file, versions[index].data, versions[index].body);
    }
  }
  for (const name of list('content/briefings')) {
    const file = `content/briefings/${name}`;
    const { data, body } = read(file);
    if (data.draft !== true && day(data.effective) <= BUILD_DATE) push(texts, file, data, body);
  }
  for (const name of list('content/tracks')) {
    const file = `content/tracks/${name}`;
    const { data, body } = read(file);
    if (data.draft !== true) texts.push({ file, single: false, text: body });
  }
  const glossary = readYamlFile(join(repo, 'content/glossary.yaml'), 'content/glossary.yaml', report)?.data as { legalBasis?: string[]; definition?: string }[];
  for (const entry of glossary) push(texts, 'content/glossary.yaml', { legalBasis: entry.legalBasis }, String(entry.definition ?? ''));
  return texts;
}

test('every provision cited by the seed content in force on the build date exists in the imported law data', (t) => {
  const texts = textsInForce();
  assert.deepEqual(report.items, [], 'Inhaltsdateien nicht lesbar');
  const problems: string[] = [];
  const files = new Set<string>();
  let checked = 0;
  let repealed = 0;
  for (const text of texts) {
    let citations: Citation[];
    if (text.single) {
      const parsed = parseCitation(text.text, laws);
      if (!parsed.ok) {
        problems.push(`${text.file}: legalBasis „${text.text}“ ist kein Zitat – ${parsed.problem}`);
        continue;
      }
      citations = [parsed.citation];
    } else {
      citations = findCitations(text.text, laws);
    }
    for (const c of citations) {
      for (const p of c.provisions) {
        if (!hasNormData(p.law)) continue;
        checked += 1;
        files.add(text.file);
        const check = checkProvision(p);
        if (!check.ok) problems.push(`${text.file}: „${c.raw}“ – ${check.problem}`);
        else if (check.repealed) repealed += 1;
      }
    }
  }
  const summary = `${checked} zitierte Vorschriften in ${files.size} Dateien geprüft (in Kraft am ${BUILD_DATE}); davon ${repealed} im konsolidierten Text weggefallen (Freigabe je Datei: content.test.ts)`;
  t.diagnostic(summary);
  console.log(summary);
  assert.ok(checked > 100, `nur ${checked} Zitate geprüft – werden die Texte noch gefunden?`);
  assert.deepEqual(problems, [], 'Zitate ohne Vorschrift im konsolidierten Gesetzestext');
});
