/**
 * Finds and validates every author file of a content root (CONTENT-MODEL.md, "Where authors
 * write"). Returns the content set and every problem at once; nothing here imports `astro:*`,
 * so `npm run check` runs it without a build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { repoRoot } from '../config/env.ts';
import { briefingSchema } from '../schemas/briefing.ts';
import type { SchemaContext } from '../schemas/fields.ts';
import { glossarySchema, lawsSchema, siteSchema, teamsSchema, type Law, type SiteSettings, type Team } from '../schemas/registries.ts';
import { trackSchema } from '../schemas/track.ts';
import { versionedSchema } from '../schemas/versioned.ts';
import { kind, type KindId } from '../kinds/registry.ts';
import { createCitationChecker } from './citation-check.ts';
import { Report } from './diagnostics.ts';
import { lintMdxBody } from './mdx-lint.ts';
import { readMdxFile, readYamlFile, type YamlSource } from './source.ts';
import type { Briefing, ContentSet, DocVersion, Track, VersionedDoc, VersionedKind } from './types.ts';
import { validateAgainst } from './zod-diagnostics.ts';

export interface LoadOptions {
  /** Keep `draft: true` documents (dev server); a production build drops them. */
  includeDrafts: boolean;
  /** Skip the MDX syntax pass (Astro compiles the bodies itself and reports on its own). */
  skipBodies?: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VERSION_FILE = /^v([1-9]\d*)\.mdx$/;

export function displayPath(absPath: string): string {
  return relative(process.cwd(), absPath).split('\\').join('/') || absPath;
}

export function loadContent(root: string, options: LoadOptions): { content: ContentSet; report: Report } {
  const report = new Report();
  const registry = <T>(name: string, schema: import('astro/zod').ZodType<T>, fallback: T, keep?: (source: YamlSource) => void): T => {
    let abs = join(root, 'content', name);
    if (!existsSync(abs)) abs = join(repoRoot, 'content', name);
    if (!existsSync(abs)) return fallback;
    const source = readYamlFile(abs, displayPath(abs), report);
    if (source) keep?.(source);
    return (source && validateAgainst(schema, source, report)) ?? fallback;
  };
  const teams = registry<Team[]>('teams.yaml', teamsSchema, []);
  const laws = registry<Law[]>('laws.yaml', lawsSchema, []);
  const site = registry<SiteSettings>('site.yaml', siteSchema, {
    name: 'Ausländerbehörde',
    shortName: 'ABH',
    city: '',
    feedback: { name: 'Redaktion', email: 'redaktion@example.org' },
  });
  const ctx: SchemaContext = { teamIds: teams.map((t) => t.id), checkCitation: createCitationChecker(laws) };

  const glossaryPath = join(root, 'content', 'glossary.yaml');
  let glossarySource: YamlSource | undefined;
  const glossary = existsSync(glossaryPath) ? registry('glossary.yaml', glossarySchema(ctx), [], (source) => (glossarySource = source)) : [];

  const lint = (file: string, body: string, bodyLine: number) =>
    options.skipBodies ? { taskItems: -1, links: [], compiled: true } : lintMdxBody(body, file, bodyLine, report);

  const loadVersioned = (kind: VersionedKind, folder: string, refPrefix: string): VersionedDoc[] => {
    const docs: VersionedDoc[] = [];
    const schema = versionedSchema(ctx);
    for (const slug of listDir(folder)) {
      const dir = join(folder, slug);
      if (!statSync(dir).isDirectory()) {
        report.error({
          file: displayPath(dir),
          line: 1,
          column: 1,
          field: 'datei',
          problem: 'Dateien liegen hier in einem Ordner je Dokument',
          fix: `die Datei nach ${displayPath(folder)}/<slug>/v1.mdx verschieben`,
        });
        continue;
      }
      if (!SLUG.test(slug)) {
        report.error({
          file: displayPath(dir),
          line: 1,
          column: 1,
          field: 'slug',
          problem: `„${slug}“ ist kein gültiger Slug`,
          fix: 'nur Kleinbuchstaben, Ziffern und Bindestriche verwenden, Umlaute als ae/oe/ue/ss',
        });
        continue;
      }
      const versions: DocVersion[] = [];
      checkNumbering(dir, listDir(dir), report);
      for (const name of listDir(dir)) {
        const abs = join(dir, name);
        const file = displayPath(abs);
        const match = VERSION_FILE.exec(name);
        if (!match) {
          report.error({ file, line: 1, column: 1, field: 'datei', problem: `„${name}“ ist kein Versionsname`, fix: 'die Datei v1.mdx, v2.mdx, … nennen' });
          continue;
        }
        const source = readMdxFile(abs, file, report);
        if (!source) continue;
        const data = validateAgainst(schema, source, report);
        const facts = lint(file, source.body, source.bodyLine);
        if (kind === 'checklist' && facts.compiled && facts.taskItems === 0) {
          report.error({
            file,
            line: source.bodyLine,
            column: 1,
            field: 'inhalt',
            problem: 'die Checkliste enthält keinen Prüfpunkt',
            fix: 'Punkte als Aufgabenliste schreiben: „- [ ] Pass vorlegen lassen“ unter einer „##“-Überschrift',
          });
        }
        if (!data) continue;
        if (data.draft && !options.includeDrafts) continue;
        versions.push({
          kind,
          slug,
          version: Number(match[1]),
          data,
          file,
          absPath: abs,
          entryId: `${slug}/v${match[1]}`,
          body: source.body,
          bodyLine: source.bodyLine,
          links: facts.links,
          locate: source.locate,
        } as DocVersion);
      }
      versions.sort((a, b) => a.version - b.version);
      if (versions.length > 0) docs.push({ kind, slug, ref: `${refPrefix}/${slug}`, versions });
    }
    return docs;
  };

  const loadSingles = <T extends Briefing | Track>(kind: T['kind'], folder: string, refPrefix: string, schema: import('astro/zod').ZodType<T['data']>): T[] => {
    const out: T[] = [];
    for (const name of listDir(folder)) {
      const abs = join(folder, name);
      const file = displayPath(abs);
      const slug = name.replace(/\.mdx$/, '');
      if (!name.endsWith('.mdx') || !SLUG.test(slug)) {
        report.error({
          file,
          line: 1,
          column: 1,
          field: 'datei',
          problem: `„${name}“ ist kein gültiger Dateiname`,
          fix: 'die Datei <slug>.mdx nennen (Kleinbuchstaben, Ziffern, Bindestriche)',
        });
        continue;
      }
      const source = readMdxFile(abs, file, report);
      if (!source) continue;
      const data = validateAgainst(schema, source, report);
      const facts = lint(file, source.body, source.bodyLine);
      if (!data || ((data as { draft?: boolean }).draft && !options.includeDrafts)) continue;
      out.push({
        kind,
        slug,
        ref: `${refPrefix}/${slug}`,
        data,
        file,
        absPath: abs,
        entryId: slug,
        body: source.body,
        bodyLine: source.bodyLine,
        links: facts.links,
        locate: source.locate,
      } as unknown as T);
    }
    return out;
  };

  const kindDir = (id: KindId) => join(root, ...kind(id).folder);
  const content: ContentSet = {
    root,
    site,
    teams,
    laws,
    glossary,
    glossarySource,
    checklists: loadVersioned('checklist', kindDir('checklist'), kind('checklist').refPrefix),
    guidelines: loadVersioned('guideline', kindDir('guideline'), kind('guideline').refPrefix),
    briefings: loadSingles<Briefing>('briefing', kindDir('briefing'), kind('briefing').refPrefix, briefingSchema(ctx)),
    tracks: loadSingles<Track>('track', kindDir('track'), kind('track').refPrefix, trackSchema(ctx)),
  };
  return { content, report };
}

/** Version files must be numbered v1..vN without gaps, whatever their content. */
function checkNumbering(dir: string, names: string[], report: Report): void {
  const numbers = names
    .map((n) => VERSION_FILE.exec(n))
    .filter((m) => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
  numbers.forEach((n, i) => {
    if (n !== i + 1) {
      const previous = i === 0 ? 'am Anfang' : `nach v${numbers[i - 1]}`;
      report.error({
        file: displayPath(join(dir, `v${n}.mdx`)),
        line: 1,
        column: 1,
        field: 'datei',
        problem: `v${i + 1}.mdx fehlt ${previous}: Fassungen werden ohne Lücke ab v1 gezählt`,
        fix: `die Datei in v${i + 1}.mdx umbenennen oder v${i + 1}.mdx anlegen`,
      });
    }
  });
}

/** Visible entries of a folder in a stable order; a missing folder is empty. */
function listDir(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && name !== 'README.md')
    .sort();
}

export { resolve };
