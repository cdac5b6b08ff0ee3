/**
 * Build stage "offline": lists the precache (precache.ts) and bundles the service worker
 * (sw.ts, Workbox) with that list into `/sw.js`. Runs last, after the search index and the
 * version copies, so that the hashes describe the files as they are served.
 */
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { precacheManifest, type Precache } from './precache.ts';

export const WORKER_FILE = 'sw.js';

export async function writeServiceWorker(outDir: string): Promise<Precache> {
  const precache = await precacheManifest(outDir);
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'sw.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2020',
    legalComments: 'none',
    define: {
      'self.__WB_MANIFEST': JSON.stringify(precache.entries),
      'process.env.NODE_ENV': '"production"',
    },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('Service Worker: esbuild hat keine Datei erzeugt');
  writeFileSync(join(outDir, WORKER_FILE), code);
  return precache;
}
