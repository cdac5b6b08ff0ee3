/**
 * Writes /api/suche.mjs: suche-module.ts and everything it imports (the site's query analysis,
 * the citation parser, the retrieval engine) as one self-contained, minified ES module, bundled
 * with esbuild (Vite's bundler, in node_modules with Astro). It runs in Node ≥ 20 and browsers
 * and imports nothing; what it needs at run time comes from suchindex.json.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../export/suche-module.ts', import.meta.url));

export async function bundleSucheModule(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    banner: { js: '// Lotse /api/suche.mjs – Suche über /api/suchindex.json (docs/suchindex.md)' },
  });
  return result.outputFiles[0].text;
}
