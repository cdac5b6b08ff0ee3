/**
 * `npm run check` for one file in the browser, before the editor saves it: the same zod schemas
 * (via the kinds registry), the same messages (src/model/zod-diagnostics.ts) and the same rules
 * across documents (src/model/rules.ts), run on the new file and stand-ins for the others from
 * context.json. Not checked here: the MDX body's syntax and active content (satteri is native
 * code); `npm run redaktion` checks those on the local server (see lint endpoint), and the
 * GitLab pipeline runs the full check on every merge request.
 */
import { useNormData } from '../../norms/norms.ts';
import { kind, kindByRefPrefix } from '../../kinds/registry.ts';
import { createCitationChecker } from '../../model/citation-check.ts';
import { Report, sortDiagnostics, type Diagnostic } from '../../model/diagnostics.ts';
import { checkRules } from '../../model/rules.ts';
import { parseMdxText, parseYaml } from '../../model/source.ts';
import type { Briefing, ContentSet, DocVersion, Track, VersionedDoc } from '../../model/types.ts';
import { validateAgainst } from '../../model/zod-diagnostics.ts';
import type { SchemaContext } from '../../schemas/fields.ts';
import { glossarySchema } from '../../schemas/registries.ts';
import type { EditorContext } from '../context.ts';
import { schemaOf } from '../../kinds/schemas.ts';

const nowhere = () => ({ line: 1, column: 1 });

export function schemaContext(ctx: EditorContext): SchemaContext {
  useNormData(ctx.norms);
  return { teamIds: ctx.teams.map((t) => t.id), checkCitation: createCitationChecker(ctx.laws) };
}

/** Stand-ins for the files not being edited: they carry what the rules read across documents. */
function contentOf(ctx: EditorContext): ContentSet {
  const stubVersion = (kind: 'checklist' | 'guideline', slug: string, v: EditorContext['docs'][number]['versions'][number]) =>
    ({
      kind,
      slug,
      version: v.version,
      data: { validFrom: v.validFrom, owner: 'a', approvedBy: 'b', changes: ['-'] },
      file: '',
      absPath: '',
      entryId: '',
      body: '',
      bodyLine: 1,
      links: [],
      locate: nowhere,
    }) as unknown as DocVersion;
  const docs = (kind: 'checklist' | 'guideline'): VersionedDoc[] =>
    ctx.docs
      .filter((d) => d.kind === kind)
      .map((d) => ({ kind, slug: d.slug, ref: `${kindOf(kind)}/${d.slug}`, versions: d.versions.map((v) => stubVersion(kind, d.slug, v)) }));
  return {
    root: '',
    site: {} as ContentSet['site'],
    teams: ctx.teams,
    laws: ctx.laws,
    glossary: [],
    checklists: docs('checklist'),
    guidelines: docs('guideline'),
    briefings: ctx.briefings.map(
      (b) => ({ kind: 'briefing', slug: b.slug, ref: `briefings/${b.slug}`, data: {}, file: '', locate: nowhere }) as unknown as Briefing,
    ),
    tracks: ctx.tracks.map(
      (t) => ({ kind: 'track', slug: t.slug, ref: `tracks/${t.slug}`, data: { modules: [], weeks: 1 }, file: '', locate: nowhere }) as unknown as Track,
    ),
  };
}

const kindOf = (id: 'checklist' | 'guideline') => kind(id).refPrefix;

/**
 * Problems of the file at `path` (relative to the content root) with text `text`, as `npm run
 * check` would report them; `collection` is the reference prefix (`checklists`) or `glossar`.
 */
export function checkFile(ctx: EditorContext, collection: string, path: string, text: string): Diagnostic[] {
  const report = new Report();
  const sctx = schemaContext(ctx);
  const content = contentOf(ctx);
  if (collection === 'glossar') {
    const source = parseYaml(text, path, 1, report);
    const data = source && validateAgainst(glossarySchema(sctx), source, report);
    if (source && data) {
      content.glossary = data;
      content.glossarySource = { file: path, locate: source.locate };
    }
  } else {
    const kind = kindByRefPrefix(collection);
    const source = parseMdxText(text, path, report);
    const data = kind && source ? validateAgainst(schemaOf(kind.id)(sctx) as never, source, report) : undefined;
    if (kind && source && data) {
      const own = { ...source, absPath: path, entryId: '', links: [], data };
      if (kind.versioned) {
        const match = /([a-z0-9-]+)\/v([1-9]\d*)\.mdx$/.exec(path);
        if (match) {
          const list = kind.id === 'checklist' ? content.checklists : content.guidelines;
          let doc = list.find((d) => d.slug === match[1]);
          if (!doc) list.push((doc = { kind: kind.id as 'checklist', slug: match[1], ref: `${kind.refPrefix}/${match[1]}`, versions: [] }));
          const version = { ...own, kind: kind.id, slug: match[1], version: Number(match[2]) } as unknown as DocVersion;
          doc.versions = [...doc.versions.filter((v) => v.version !== version.version), version].sort((a, b) => a.version - b.version);
        }
      } else {
        const slug = /([a-z0-9-]+)\.mdx$/.exec(path)?.[1] ?? '';
        const entry = { ...own, kind: kind.id, slug, ref: `${kind.refPrefix}/${slug}` };
        const list = (kind.id === 'briefing' ? content.briefings : content.tracks) as unknown as (typeof entry)[];
        const i = list.findIndex((e) => e.slug === slug);
        if (i >= 0) list[i] = entry;
        else list.push(entry);
      }
    }
  }
  checkRules(content, report, { strict: false });
  return sortDiagnostics(report.items.filter((d) => d.file === path && d.severity === 'error'));
}
