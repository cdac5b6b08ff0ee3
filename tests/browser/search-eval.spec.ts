/**
 * Search quality as a test: the query sets (tests/search/queries.json over the seed content,
 * tests/fixtures/search-second/queries.json over an independent content set the search was not
 * tuned on) run on /suche/ in Chromium; recall@5 must reach 0.95 overall and 0.9 per kind.
 * The recall per kind is printed for every run.
 */
import { test, expect } from '@playwright/test';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { buildSite, repo } from '../support/build-site.ts';
import { serveDirectory } from '../support/static-server.ts';
import { evaluate, readQuerySet, report, shortfalls } from '../search/eval.ts';
import { SEED_URL, PORTS } from '../support/ports.ts';

const SEED = SEED_URL;
const SECOND_PORT = PORTS.second;

test.describe.configure({ mode: 'serial' });

test('recall@5 over the seed content meets the targets', async ({ page }) => {
  test.setTimeout(300_000);
  const set = readQuerySet(join(repo, 'tests/search/queries.json'));
  const results = await evaluate(page, SEED, set.queries);
  console.log(report('Seed-Inhalte', results));
  expect(set.queries.length).toBeGreaterThanOrEqual(100);
  expect(shortfalls(results)).toEqual([]);
});

test.describe('independent content set', () => {
  let server: Server | undefined;
  const out = join(repo, '.lotse', 'e2e', 'search-second');

  test.beforeAll(() => {
    test.setTimeout(300_000);
    if (!process.env.LOTSE_E2E_REUSE) {
      const built = buildSite({ content: join(repo, 'tests/fixtures/search-second'), out, date: readQuerySet(join(repo, 'tests/fixtures/search-second/queries.json')).date });
      if (built.status !== 0) throw new Error(`Build des zweiten Inhaltssatzes fehlgeschlagen:\n${built.output}`);
    }
  });

  test.afterAll(async () => {
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  test('recall@5 over tests/fixtures/search-second meets the targets', async ({ page }) => {
    test.setTimeout(300_000);
    server = await serveDirectory(out, SECOND_PORT);
    const set = readQuerySet(join(repo, 'tests/fixtures/search-second/queries.json'));
    const results = await evaluate(page, `http://127.0.0.1:${SECOND_PORT}`, set.queries);
    console.log(report('Zweiter Inhaltssatz', results));
    expect(shortfalls(results)).toEqual([]);
  });
});
