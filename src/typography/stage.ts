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
import { typesetHtml } from './german.ts';

/** Typesets every .html file under `outDir` in place; returns how many changed. */
export function typesetPages(outDir: string): number {
  let changed = 0;
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    const typeset = typesetHtml(html);
    if (typeset === html) continue;
    writeFileSync(path, typeset);
    changed += 1;
  }
  return changed;
}
