/**
 * `npm run test:full`: the slow suites that `npm test` leaves out — the seed site served by nginx
 * with deploy/nginx.conf (headers, CSP, cache, gzip, 404) and axe plus request/CSP/cookie watch
 * on every page of it; every page of the seed build through the W3C Nu HTML checker;
 * determinism of the seed content; the fuzz test with a second seed; and a build of every fuzz
 * variant that the check accepts. Checks the system programs first (nginx, Java, Chromium),
 * prints the counts (pages, requests, variants) and ends with one `N passed, N failed, N skipped`
 * line. `npm run test:full -- nginx determinism` runs only the named suites.
 */
import { nodeTest, playwrightTest, repo, runSuites, type Suite } from './support/suite-runner.ts';

const suites: Suite[] = [
  { name: 'nginx', command: playwrightTest('-c', 'tests/full/playwright.config.ts') },
  { name: 'nu', command: nodeTest('tests/full/nu-html.test.ts') },
  { name: 'determinism', command: nodeTest('tests/build/reliability-determinism.test.ts'), env: { LOTSE_DETERMINISM_CONTENT: repo } },
  { name: 'fuzz', command: nodeTest('tests/build/reliability-fuzz.test.ts'), env: { LOTSE_FUZZ_SEED: '4711' } },
  { name: 'fuzz-build', command: nodeTest('tests/full/reliability-fuzz-build.test.ts') },
];

process.exitCode = runSuites('test:full', suites, process.argv.slice(2));
