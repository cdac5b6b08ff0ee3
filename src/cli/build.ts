/**
 * `npm run build`: validate, render into a temporary folder, index, then swap the result into
 * `dist/`. A failure at any stage leaves an existing `dist/` byte for byte as it was.
 * Validation, Astro's render and the content-only part of search run at the same time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildDate, contentRoot, failStage, includeDrafts, repoRoot } from '../config/env.ts';
import { startAstro } from '../build/astro-runner.ts';
import { postBuildStages } from '../build/stages.ts';
import { ensureEditorBundle } from '../editor/build-stage.ts';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { validateContent } from '../model/validate.ts';
import { pacer } from '../search/build/pace.ts';
import { prepareSearch } from '../search/build/prepare.ts';
import { writeSnapshot } from '../site/model-snapshot.ts';
import { runCli } from './run-cli.ts';

runCli(async () => {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  const outIndex = args.indexOf('--out');
  const dist = outIndex >= 0 && args[outIndex + 1] ? resolve(args[outIndex + 1]) : join(repoRoot, 'dist');
  const failAt = failStage();
  const date = buildDate();
  const started = performance.now();
  const root = contentRoot();

  const work = join(repoRoot, '.lotse', `build-${process.pid}-${Date.now()}`);
  const outDir = join(work, 'dist');
  mkdirSync(work, { recursive: true });
  const cleanup = () => rmSync(work, { recursive: true, force: true });

  // Astro renders while the content is checked and while search is prepared (prepare.ts): it
  // runs in its own process, so the three use both cores. Its output waits for the check.
  const snapshot = join(work, 'site-model.bin');
  const astro = startAstro(['build', '--silent'], {
    ...process.env,
    BUILD_DATE: date,
    LOTSE_OUT_DIR: outDir,
    LOTSE_REPO_ROOT: repoRoot,
    LOTSE_CONTENT_DIR: root,
    LOTSE_CACHE_DIR: cacheDirFor(root),
    LOTSE_COPY_CURRENT_VERSION: '1',
    LOTSE_MODEL_SNAPSHOT: snapshot,
  });
  const editorBundle = ensureEditorBundle();
  editorBundle.catch(() => undefined);
  console.log(`Lotse: Inhalte prüfen (${root}) …`);
  let result: ReturnType<typeof validateContent>;
  try {
    result = validateContent(root, { includeDrafts: includeDrafts(), strict });
  } catch (error) {
    await astro.stop();
    cleanup();
    throw error;
  }
  for (const d of result.diagnostics) console.log(formatDiagnostic(d));
  if (result.errors > 0 || failAt === 'validate') {
    await astro.stop();
    cleanup();
    console.error(`\nBuild abgebrochen: ${result.errors} Fehler in den Inhalten. dist/ bleibt unverändert.`);
    return 1;
  }
  writeSnapshot(snapshot, result.content);
  astro.release();
  console.log(`Lotse: Seiten erzeugen (Stichtag ${date}) …`);
  const cancel = new AbortController();
  const prepared = prepareSearch(result.content, date, pacer(15, cancel.signal));
  prepared.catch(() => undefined);
  try {
    const code = await astro.exited;
    if (code !== 0 || failAt === 'render') throw new StageError('render', `astro build endete mit Code ${code}`);
    console.log(`Lotse: Seiten erzeugt nach ${seconds(started)} s`);
    for (const stage of postBuildStages) {
      console.log(`Lotse: ${stage.name} … (${seconds(started)} s)`);
      if (failAt === stage.name) throw new StageError(stage.name, 'absichtlich fehlgeschlagen (LOTSE_FAIL_STAGE)');
      try {
        await stage.run(outDir, { content: result.content, date, prepared });
      } catch (error) {
        throw new StageError(stage.name, error instanceof Error ? error.message : String(error));
      }
    }
    swapIn(outDir, dist, work);
  } catch (error) {
    cancel.abort();
    await astro.stop();
    cleanup();
    const stage = error instanceof StageError ? error.stage : 'build';
    console.error(`\nBuild abgebrochen in Schritt „${stage}“: ${error instanceof Error ? error.message : String(error)}. dist/ bleibt unverändert.`);
    return 1;
  }
  cleanup();
  console.log(`Lotse: fertig in ${seconds(started)} s → ${dist}`);
  return 0;
});

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

/**
 * Astro's cache folder for one content root (hash of its absolute path and of the Markdown
 * transforms' sources: cached renders are keyed by the content only, so a changed transform
 * must start a new cache).
 */
function cacheDirFor(root: string): string {
  const hash = createHash('sha256').update(root);
  for (const dir of ['src/markdown', 'src/typography']) {
    const folder = join(repoRoot, dir);
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).sort()) hash.update(file).update(readFileSync(join(folder, file)));
  }
  return join(repoRoot, '.lotse', 'cache', hash.digest('hex').slice(0, 12));
}

class StageError extends Error {
  readonly stage: string;
  constructor(stage: string, message: string) {
    super(message);
    this.stage = stage;
  }
}

/** Replaces `dist` by the new build with two renames; the old tree is removed only afterwards. */
function swapIn(outDir: string, dist: string, work: string): void {
  const old = join(work, 'previous');
  mkdirSync(dirname(dist), { recursive: true });
  if (existsSync(dist)) renameSync(dist, old);
  try {
    renameSync(outDir, dist);
  } catch (error) {
    if (existsSync(old)) renameSync(old, dist);
    throw error;
  }
}
