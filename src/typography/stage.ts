/**
 * Build stage "typography": the typography of legal German (german.ts) for the interface as well
 * as the content, on every page Astro rendered, so no "§" stands alone at a line end in a title,
 * a list or a notice either. Content text is typeset already while Markdown renders
 * (src/markdown/typography.ts); this pass reaches the strings the pages take from the content
 * model (titles, summaries, norm names). Only HTML pages; JSON and feeds are data.
 *
 * It runs here rather than as Astro middleware: on the 5,000-document bench the middleware
 * (decode, typeset, new Response, encode for each of 12,600 rendered pages) cost Astro's render
 * about 250–300 MB of peak memory, which added up with this process's at the render's end.
 * `npm run dev` has no build stages and keeps the middleware (src/middleware.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { typesetHtml } from './german.ts';

/**
 * Typesets every .html file under `outDir` in place; returns how many changed. From
 * `parallelFrom` pages on, a worker thread takes every other page: nothing else runs between
 * the render and the search index, so the second core would otherwise wait.
 */
export async function typesetPages(outDir: string, { parallelFrom = 1000 } = {}): Promise<number> {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(outDir, f));
  if (files.length < parallelFrom) return typesetFiles(files);
  const worker = new Worker(new URL(import.meta.url), { workerData: { lotseTypesetFiles: files.filter((_, i) => i % 2 === 1) } });
  const theirs = new Promise<number>((resolve, reject) => {
    worker.once('message', (count: number) => resolve(count));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Typografie: Worker endete mit Code ${code}`)));
  });
  try {
    return typesetFiles(files.filter((_, i) => i % 2 === 0)) + (await theirs);
  } finally {
    await worker.terminate();
  }
}

function typesetFiles(files: readonly string[]): number {
  let changed = 0;
  for (const path of files) {
    const html = readFileSync(path, 'utf8');
    const typeset = typesetHtml(html);
    if (typeset === html) continue;
    writeFileSync(path, typeset);
    changed += 1;
  }
  return changed;
}

const task = (workerData as { lotseTypesetFiles?: string[] } | null)?.lotseTypesetFiles;
if (parentPort && task) parentPort.postMessage(typesetFiles(task));
