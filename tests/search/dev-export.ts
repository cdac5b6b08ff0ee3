/**
 * Development loop for the retrieval engine without a site build: reads dist/api/suchindex.json
 * and runs the query sets through the TypeScript sources (the same code /api/suche.mjs bundles).
 *   node tests/search/dev-export.ts [dist] [sets folder] [--misses]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSearch } from '../../src/search/export/suche-module.ts';
import { querySetFiles, readQuerySet, report, score, summarize } from './eval.ts';

const [dist = 'dist', dir = 'tests/search'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const data = JSON.parse(readFileSync(join(dist, 'api', 'suchindex.json'), 'utf8'));
const search = createSearch(data);
for (const file of querySetFiles(dir)) {
  const set = readQuerySet(file);
  const results = set.queries.map((q) =>
    score(
      q,
      search.search(q.q, { date: q.date ?? data.generated ?? set.date, limit: 10 }).map((h) => h.url),
    ),
  );
  if (process.argv.includes('--misses')) console.log(report(file, results));
  else {
    const s = summarize(results);
    console.log(
      `${file}: ${s.byKind.map((k) => `${k.kind} ${k.recall.toFixed(2)}/${k.top1.toFixed(2)}`).join('  ')}  | all ${s.overall.toFixed(3)}/${s.top1.toFixed(3)}`,
    );
  }
}
