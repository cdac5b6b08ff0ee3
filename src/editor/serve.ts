/**
 * The editor for `npm run redaktion`: the static files are written once into .lotse/redaktion/,
 * configuration and check context are computed from the working copy on every request.
 */
import { join } from 'node:path';
import { repoRoot } from '../config/env.ts';
import { createCitationChecker } from '../model/citation-check.ts';
import { Report } from '../model/diagnostics.ts';
import { loadContent } from '../model/load.ts';
import { lintMdxBody } from '../model/mdx-lint.ts';
import { sourceStylesheet, writeEditor } from './assets.ts';
import { editorConfig } from './config.ts';
import { editorContext } from './context.ts';

export { decapInstalled } from './assets.ts';

export async function editorAssetsFor(root: string, proxyUrl: string) {
  const dir = join(repoRoot, '.lotse', 'redaktion');
  const load = () => loadContent(root, { includeDrafts: true, skipBodies: true }).content;
  const backend = { mode: 'proxy' as const, proxyUrl };
  await writeEditor(dir, load(), { backend, stylesheet: sourceStylesheet() });
  return {
    dir,
    config: () => {
      const content = load();
      return JSON.stringify(editorConfig(content, { teamIds: content.teams.map((t) => t.id), checkCitation: createCitationChecker(content.laws) }, backend));
    },
    context: () => JSON.stringify(editorContext(load())),
  };
}

/** The body checks of `npm run check` that need native code (MDX syntax, active content). */
export function lintBody(request: string): { problems: { line: number; column: number; field: string; problem: string; fix: string }[] } {
  const { body, file, bodyLine } = JSON.parse(request) as { body: string; file: string; bodyLine?: number };
  const report = new Report();
  lintMdxBody(String(body ?? ''), String(file ?? 'datei.mdx'), Number.isInteger(bodyLine) && bodyLine! > 0 ? bodyLine! : 1, report);
  return { problems: report.errors.map(({ line, column, field, problem, fix }) => ({ line, column, field, problem, fix })) };
}
