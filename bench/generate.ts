/**
 * Generates a benchmark content root in the Lotse content model from the law corpus: the same
 * first N sections that ../shared/bench/make-corpus.mjs gives the bare Astro floor, so both
 * builds work on the same text. Every 4th section becomes a checklist (its paragraphs become
 * items), the others guidelines; every 7th document gets a second version, every 21st a third.
 * Deterministic: the same N gives the same files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const TEAMS = ['einbuergerung', 'aufenthalt', 'fachkraefte', 'rueckkehr', 'allgemein'];
const OWNERS = [
  'Teamleitung Einbürgerung',
  'Teamleitung Aufenthalt',
  'Teamleitung Fachkräfteeinwanderung',
  'Teamleitung Rückkehrmanagement',
  'Abteilungsleitung',
];

export interface GeneratedCorpus {
  root: string;
  documents: number;
  versions: number;
  plainDir: string;
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Splits an MDX file written by make-corpus.mjs into frontmatter and body. */
function readPlain(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---', 4);
  return { data: parse(text.slice(4, end)) as Record<string, unknown>, body: text.slice(end + 4).trim() };
}

function asChecklist(body: string): string {
  const items = body
    .split(/\n{2,}/)
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block && !block.startsWith('|'))
    .map((block) => `- [ ] ${block.replace(/^[-*+]\s+/, '').replace(/^(\d+)\.\s/, '$1\\. ')}`);
  return `## Prüfpunkte\n\n${items.length > 0 ? items.join('\n') : '- [ ] Vorschrift prüfen'}\n`;
}

export function generateCorpus(options: { n: number; lawsDir: string; makeCorpus: string; repo: string; out: string }): GeneratedCorpus {
  const { n, out, repo } = options;
  rmSync(out, { recursive: true, force: true });
  const plainDir = join(out, '..', `${out.split('/').pop()}-plain`);
  const made = spawnSync(process.execPath, [options.makeCorpus, '--in', options.lawsDir, '--out', plainDir, '--n', String(n), '--format', 'plain'], {
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`make-corpus.mjs: ${made.stderr}`);

  const lawsYaml = parse(readFileSync(join(repo, 'content/laws.yaml'), 'utf8')) as { abbr: string; unit?: string }[];
  const knownLaws = new Map(lawsYaml.map((l) => [l.abbr, l.unit ?? '§']));
  mkdirSync(join(out, 'content'), { recursive: true });
  for (const name of ['teams.yaml', 'laws.yaml', 'site.yaml']) cpSync(join(repo, 'content', name), join(out, 'content', name));
  const glossaryFile = join(repo, 'content/glossary.yaml');
  const glossary = existsSync(glossaryFile)
    ? ((parse(readFileSync(glossaryFile, 'utf8')) as Record<string, unknown>[]) ?? []).map(({ see: _see, ...entry }) => entry)
    : [];
  writeFileSync(join(out, 'content/glossary.yaml'), stringify(glossary));

  const files = readdirSync(plainDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx') && !f.endsWith('index.mdx'))
    .sort();
  const refs: string[] = [];
  let versions = 0;
  files.slice(0, n).forEach((relative, i) => {
    const { data, body } = readPlain(join(plainDir, relative));
    const slug = relative
      .replace(/\.mdx$/, '')
      .replace(/[/_]/g, '-')
      .replace(/[^a-z0-9-]/g, '')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '');
    const kind = i % 4 === 0 ? 'checklist' : 'guideline';
    const dir = kind === 'checklist' ? join(out, 'checklists', slug) : join(out, 'content/guidelines', slug);
    mkdirSync(dir, { recursive: true });
    const law = String(data.law);
    // make-corpus writes "§ 4a" or "Art 16a"; the citation needs the number alone.
    const section = String(data.section).replace(/^(?:§§?|Art\.?)\s*/, '');
    const unit = knownLaws.get(law);
    const citable = unit !== undefined && /^\d+[a-z]?$/.test(section) && (unit === 'Art.') === String(data.title).startsWith('Art');
    const count = i % 21 === 0 ? 3 : i % 7 === 0 ? 2 : 1;
    const start = addDays('2023-01-01', (i * 37) % 900);
    for (let v = 1; v <= count; v++) {
      const frontmatter: Record<string, unknown> = {
        title: String(data.title),
        summary: String(data.description || data.title).slice(0, 300),
        teams: [TEAMS[i % 5], ...(i % 3 === 0 ? [TEAMS[(i + 2) % 5]] : [])],
        validFrom: addDays(start, (v - 1) * 240),
        ...(citable ? { legalBasis: [`${unit} ${section} ${law}`] } : {}),
        owner: OWNERS[i % 5],
        approvedBy: 'Abteilungsleitung Zuwanderung',
        reviewDue: addDays('2027-01-01', i % 365),
        ...(v > 1 ? { changes: [`Fassung ${v}: Hinweise zur Anwendung von ${data.title} ergänzt`], changeType: v === 3 ? 'minor' : 'major' } : {}),
        tags: [law],
      };
      const note = v > 1 ? `\n\n> **Merke:** Seit Fassung ${v} gelten ergänzte Hinweise zur Anwendung.` : '';
      const text = kind === 'checklist' ? `${asChecklist(body)}${note}` : `## Wortlaut und Anwendung\n\n${body}${note}\n`;
      writeFileSync(join(dir, `v${v}.mdx`), `---\n${stringify(frontmatter)}---\n\n${text}`);
      versions += 1;
    }
    refs.push(`${kind === 'checklist' ? 'checklists' : 'guidelines'}/${slug}`);
  });

  mkdirSync(join(out, 'content/briefings'), { recursive: true });
  for (let b = 0; b < 20; b++) {
    const affects = refs.filter((_, i) => i % 20 === b).slice(0, 5);
    const fm = {
      title: `Rechtsänderung ${b + 1}`,
      summary: 'Generierte Rechtsänderung für den Leistungstest.',
      teams: [TEAMS[b % 5]],
      owner: OWNERS[b % 5],
      published: addDays('2024-01-01', b * 30),
      effective: addDays('2024-02-01', b * 45),
      legalBasis: ['§ 81 AufenthG'],
      affects,
      sources: [{ title: 'BGBl. I', url: 'https://www.recht.bund.de/' }],
    };
    writeFileSync(
      join(out, 'content/briefings', `aenderung-${b + 1}.mdx`),
      `---\n${stringify(fm)}---\n\nGenerierte Rechtsänderung mit Verweis auf § 81 Abs. 4 AufenthG.\n`,
    );
  }
  mkdirSync(join(out, 'content/tracks'), { recursive: true });
  TEAMS.slice(0, 4).forEach((team, t) => {
    const modules = Array.from({ length: 6 }, (_, m) => ({
      title: `Modul ${m + 1}`,
      week: m + 1,
      read: refs.slice(t * 50 + m * 5, t * 50 + m * 5 + 5),
      tasks: ['Zwei Fälle mit der Patin bearbeiten'],
      quiz: [
        {
          question: 'Gilt die Fiktion bei verspätetem Antrag?',
          options: ['Ja', 'Nein, nur bei unbilliger Härte'],
          answer: 1,
          explanation: '§ 81 Abs. 4 Satz 3 AufenthG.',
        },
      ],
    }));
    const fm = { title: `Pfad ${team}`, summary: 'Generierter Pfad.', teams: [team], owner: OWNERS[t], weeks: 6, modules };
    writeFileSync(join(out, 'content/tracks', `pfad-${team}.mdx`), `---\n${stringify(fm)}---\n\nGenerierter Einarbeitungspfad.\n`);
  });
  return { root: out, documents: refs.length, versions, plainDir };
}
