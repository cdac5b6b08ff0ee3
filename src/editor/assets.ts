/**
 * Writes /redaktion/editor/: the page, Decap CMS copied from node_modules (no CDN), Lotse's
 * extensions bundled with esbuild, the generated configuration and the check context. Used by
 * the build (one stage, well under a second) and by `npm run redaktion`.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config/env.ts';
import { createCitationChecker } from '../model/citation-check.ts';
import type { ContentSet } from '../model/types.ts';
import { editorConfig, type EditorBackend } from './config.ts';
import { editorContext } from './context.ts';

const DECAP_DIST = join(repoRoot, 'node_modules', 'decap-cms', 'dist');
const SHIM = join(repoRoot, 'src', 'editor', 'browser', 'node-shim.ts');

/** Decap's main file and the chunks it loads on demand; source maps and the other build are left out. */
function copyDecap(dir: string): void {
  for (const name of readdirSync(DECAP_DIST)) {
    if (!/(^|\.)decap-cms\.js$/.test(name) && !name.endsWith('.wasm')) continue;
    const from = join(DECAP_DIST, name);
    const to = join(dir, name);
    // Never copy onto an existing link: that would empty the file in node_modules too.
    if (existsSync(to)) rmSync(to);
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

/** Lotse's extensions for the browser: schemas, rules and messages of `npm run check`, bundled once. */
export async function bundleExtensions(outFile: string): Promise<void> {
  await build({
    entryPoints: [join(repoRoot, 'src', 'editor', 'browser', 'main.ts')],
    outfile: outFile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    alias: { 'node:fs': SHIM, 'node:path': SHIM, 'node:url': SHIM },
    banner: { js: 'var process={env:{},cwd:function(){return "/"}};' },
  });
}

/** The site's stylesheet when there is no build: the files Base.astro imports, in its order. */
export function sourceStylesheet(): string {
  const base = readFileSync(join(repoRoot, 'src', 'layouts', 'Base.astro'), 'utf8');
  const files = [...base.matchAll(/import '\.\.\/styles\/([\w-]+\.css)'/g)].map((m) => m[1]);
  return files.map((f) => readFileSync(join(repoRoot, 'src', 'styles', f), 'utf8')).join('\n');
}

/** Backend of a production build, from the environment (deploy/README.md). */
export function gitlabBackend(env: Readonly<NodeJS.ProcessEnv>): EditorBackend & { configured: boolean } {
  return {
    mode: 'gitlab',
    baseUrl: env.LOTSE_GITLAB_URL ?? '',
    repo: env.LOTSE_GITLAB_REPO ?? '',
    appId: env.LOTSE_GITLAB_APP_ID ?? '',
    branch: env.LOTSE_GITLAB_BRANCH ?? 'main',
    configured: Boolean(env.LOTSE_GITLAB_URL && env.LOTSE_GITLAB_REPO && env.LOTSE_GITLAB_APP_ID),
  };
}

export const EDITOR_HTML = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Editor – Redaktion – Lotse</title>
<link rel="stylesheet" href="editor.css">
</head>
<body>
<noscript>Der Editor braucht JavaScript. Ohne JavaScript: Dateien im Repository bearbeiten und mit npm run check prüfen (siehe /hilfe/redaktion/).</noscript>
<script src="lotse-editor.js"></script>
<script src="decap-cms.js"></script>
</body>
</html>
`;

const EDITOR_CSS = `#lotse-problems{position:fixed;right:1rem;bottom:1rem;z-index:1000;max-width:40rem;max-height:50vh;overflow:auto;background:#fff;color:#1a1a1a;border:3px solid #8a1010;border-radius:4px;padding:1rem 1.25rem;box-shadow:0 4px 16px rgba(0,0,0,.25);font:16px/1.45 system-ui,sans-serif}
#lotse-problems h2{margin:0 0 .5rem;font-size:1.1rem;color:#8a1010}
#lotse-problems li{margin:.25rem 0}
#lotse-problems button{margin-top:.5rem;font:inherit;padding:.3rem .8rem}
[data-lotse] button{font:inherit;padding:.3rem .8rem;cursor:pointer}
`;

export interface EditorAssetOptions {
  backend: EditorBackend & { configured?: boolean };
  /** The site's stylesheet for the preview. */
  stylesheet: string;
  /** A bundle made before (the build caches it); otherwise it is bundled here. */
  bundle?: string;
}

export async function writeEditor(dir: string, content: ContentSet, options: EditorAssetOptions): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const ctx = { teamIds: content.teams.map((t) => t.id), checkCitation: createCitationChecker(content.laws) };
  const config = { ...editorConfig(content, ctx, options.backend), ...(options.backend.configured === false ? { lotse_unconfigured: true } : {}) };
  const bundle = options.bundle ? Promise.resolve() : bundleExtensions(join(dir, 'lotse-editor.js'));
  copyDecap(dir);
  writeFileSync(join(dir, 'index.html'), EDITOR_HTML);
  writeFileSync(join(dir, 'editor.css'), EDITOR_CSS);
  writeFileSync(join(dir, 'site.css'), options.stylesheet);
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  writeFileSync(join(dir, 'context.json'), JSON.stringify(editorContext(content)));
  await bundle;
}

export function decapInstalled(): boolean {
  return existsSync(join(DECAP_DIST, 'decap-cms.js'));
}
