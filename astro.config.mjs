// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownPlugins } from './src/markdown/index.ts';
import { pruneTokensPlugin } from './src/styles/prune-tokens.ts';

// Set by `npm run build` (src/cli/build.ts), which builds into a temporary folder and swaps it in.
const outDir = process.env.LOTSE_OUT_DIR || 'dist';

export default defineConfig({
  site: process.env.LOTSE_SITE_URL || 'http://localhost:4321',
  outDir,
  // One cache per content root (set by src/cli/build.ts): builds of different content sets never
  // share Astro's content-layer cache, and a rebuild of the same set reuses it.
  ...(process.env.LOTSE_CACHE_DIR ? { cacheDir: process.env.LOTSE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // concurrency: Astro renders the next pages while earlier ones are written (measured on the
  // 5,000-document bench, 2 cores: 3–6 s faster than 1 in each of four alternating runs).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: { processor: satteri(markdownPlugins()) },
  integrations: [mdx()],
  vite: {
    // KERN's tokens that no rule reads are dropped from the one stylesheet (src/styles/prune-tokens.ts).
    css: { postcss: { plugins: [pruneTokensPlugin(new URL('./src', import.meta.url).pathname)] } },
    // Builds write into .lotse/ and dist/ while `npm run dev` may run: never watch them.
    server: { watch: { ignored: ['**/.lotse/**', '**/dist/**', '**/test-results/**', '**/playwright-report/**'] } },
    build: {
      // Never inline scripts: the Content-Security-Policy allows scripts from files only.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, defaultHandler) {
          // Harmless per-file warnings of MDX modules in Astro 7.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          defaultHandler(warning);
        },
      },
    },
  },
});
