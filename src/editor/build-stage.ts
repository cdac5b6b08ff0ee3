/**
 * The build's editor stage: /redaktion/editor/ with the GitLab backend (deploy/README.md). Kept
 * cheap for large sites: Decap's files are hard-linked from node_modules (copied where links
 * are not possible), Lotse's bundle is cached by the hash of the sources it is made from, and
 * the configuration lists documents, not their texts.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { environment, repoRoot } from '../config/env.ts';
import type { ContentSet } from '../model/types.ts';
import { bundleExtensions, gitlabBackend, sourceStylesheet, writeEditor } from './assets.ts';

/** The site's stylesheet as built: the files index.html links, else the sources. */
export function builtStylesheet(outDir: string): string {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return sourceStylesheet();
  const hrefs = [...readFileSync(index, 'utf8').matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => join(outDir, m[1]));
  const found = hrefs.filter((file) => existsSync(file));
  return found.length > 0 ? found.map((file) => readFileSync(file, 'utf8')).join('\n') : sourceStylesheet();
}

/** Hash of every TypeScript source and the lock file: the bundle changes only when they do. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(repoRoot, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const f of files) hash.update(f).update(readFileSync(join(repoRoot, 'src', f)));
  const lock = join(repoRoot, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex').slice(0, 16);
}

let bundling: Promise<string> | undefined;

/**
 * The cached bundle, made if the sources changed. src/cli/build.ts starts this while Astro
 * renders, so a cold bundle (1–3 s on a busy machine) does not add to the build's wall time.
 */
export function ensureEditorBundle(): Promise<string> {
  bundling ??= (async () => {
    const cacheDir = join(repoRoot, '.lotse', 'editor-bundle');
    const cached = join(cacheDir, `lotse-editor-${sourcesHash()}.js`);
    if (!existsSync(cached)) {
      mkdirSync(cacheDir, { recursive: true });
      const temp = `${cached}.${process.pid}.tmp`;
      await bundleExtensions(temp);
      renameSync(temp, cached);
    }
    return cached;
  })();
  return bundling;
}

export async function writeBuildEditor(outDir: string, content: ContentSet): Promise<void> {
  const cached = await ensureEditorBundle();
  const dir = join(outDir, 'redaktion', 'editor');
  await writeEditor(dir, content, { backend: gitlabBackend(environment()), stylesheet: builtStylesheet(outDir), bundle: cached });
  copyFileSync(cached, join(dir, 'lotse-editor.js'));
}
