/**
 * Search evaluation from the command line:
 *
 *   node tests/search/run-eval.ts                 # both query sets
 *   node tests/search/run-eval.ts --set second    # only the independent fixture set
 *   node tests/search/run-eval.ts --reuse         # skip the builds (sites built before)
 *   node tests/search/run-eval.ts --export        # also through /api/suche.mjs in Node
 *
 * Builds the seed content and tests/fixtures/search-second into .lotse/search-eval/, serves
 * them, runs the queries in Chromium and prints recall@5 per kind. Exit code 1 when a target
 * (0.95 overall, 0.9 per kind) is missed.
 */
import { chromium } from '@playwright/test';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite, repo } from '../support/build-site.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium.ts';
import { serveDirectory } from '../support/static-server.ts';
import { evaluate, querySetFiles, readQuerySet, report, shortfalls } from './eval.ts';
import { exportReport } from './export-eval.ts';

export const QUERY_SETS = {
  seed: { content: repo, queries: join(repo, 'tests/search/queries.json'), dir: join(repo, 'tests/search') },
  second: {
    content: join(repo, 'tests/fixtures/search-second'),
    queries: join(repo, 'tests/fixtures/search-second/queries.json'),
    dir: join(repo, 'tests/fixtures/search-second'),
  },
} as const;

const { values } = parseArgs({ options: { set: { type: 'string' }, reuse: { type: 'boolean' }, port: { type: 'string' }, export: { type: 'boolean' } } });
const names = values.set ? [values.set as keyof typeof QUERY_SETS] : (Object.keys(QUERY_SETS) as (keyof typeof QUERY_SETS)[]);
let failed = 0;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const [i, name] of names.entries()) {
    const set = QUERY_SETS[name];
    const queries = readQuerySet(set.queries);
    const out = join(repo, '.lotse', 'search-eval', name);
    if (!values.reuse) {
      const built = buildSite({ content: set.content, out, date: queries.date });
      if (built.status !== 0) throw new Error(`Build ${name} fehlgeschlagen:\n${built.output}`);
    }
    const port = Number(values.port ?? 4470) + i;
    const server = await serveDirectory(out, port);
    try {
      const page = await browser.newPage();
      for (const file of querySetFiles(set.dir)) {
        const results = await evaluate(page, `http://127.0.0.1:${port}`, readQuerySet(file).queries);
        console.log(report(`Website – ${name}: ${basename(file)}`, results));
        const problems = shortfalls(results);
        if (problems.length > 0) {
          failed += 1;
          console.log(`  Ziel verfehlt: ${problems.join('; ')}`);
        }
      }
      if (values.export) console.log((await exportReport(out, set.dir)).text);
      await page.close();
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
}
process.exitCode = failed > 0 ? 1 : 0;
