/**
 * The evaluation through the retrieval export: every query set (queries*.json, questions*.json)
 * run against /api/suche.mjs of a built site, in Node, the way the city's chatbot would use it.
 * Used by tests/build/search-export.test.ts (npm test) and from the command line:
 *
 *   node tests/search/export-eval.ts <dist> <content folder>   # e.g. dist .
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { querySetFiles, readQuerySet, report, score, type EvalResult } from './eval.ts';

export interface ExportSearch {
  search(query: string, options?: { date?: string; limit?: number }): { url: string }[];
  /** The build's reference day (suchindex.json `generated`): the day the site's search answers for, too. */
  generated?: string;
}

/** createSearch(suchindex.json) from the dist's own /api/suche.mjs. */
export async function loadExport(dist: string): Promise<ExportSearch> {
  const mod = (await import(pathToFileURL(join(dist, 'api', 'suche.mjs')).href)) as { createSearch(data: unknown): ExportSearch };
  const data = JSON.parse(readFileSync(join(dist, 'api', 'suchindex.json'), 'utf8')) as { generated?: string };
  const search = mod.createSearch(data);
  return { search: (q, o) => search.search(q, o), generated: data.generated };
}

export function evaluateExport(search: ExportSearch, file: string): EvalResult[] {
  const set = readQuerySet(file);
  return set.queries.map((q) => {
    const started = performance.now();
    const hits = search.search(q.q, { date: q.date ?? search.generated ?? set.date, limit: 10 });
    return score(
      q,
      hits.map((h) => h.url),
      performance.now() - started,
    );
  });
}

/** All sets of a content folder through the export, as one report per set and one for all. */
export async function exportReport(dist: string, contentDir: string): Promise<{ results: Map<string, EvalResult[]>; text: string }> {
  const search = await loadExport(dist);
  const results = new Map<string, EvalResult[]>();
  const lines: string[] = [];
  for (const file of querySetFiles(contentDir)) {
    const r = evaluateExport(search, file);
    results.set(file, r);
    lines.push(report(`/api/suche.mjs – ${file.split('/').slice(-2).join('/')}`, r));
  }
  return { results, text: lines.join('\n') };
}

if (import.meta.main) {
  const [dist = 'dist', sets = 'tests/search'] = process.argv.slice(2);
  const { text } = await exportReport(resolve(dist), resolve(sets));
  console.log(text);
}
