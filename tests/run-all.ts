/**
 * `npm test`: checks the system programs the tests need (installs them on Debian as root, see
 * scripts/system-requirements.ts), then type check (`astro check`: .astro and .ts files), formatting (Prettier), content check of the seed content (strict),
 * unit tests, build tests and browser tests, in that order; ends with one plain
 * `N passed, N failed, N skipped` line for CI. `npm test -- unit build` runs only the named suites.
 */
import { join } from 'node:path';
import { node, nodeTest, playwrightTest, repo, runSuites, type Suite } from './support/suite-runner.ts';

const suites: Suite[] = [
  // astro check type-checks the .astro files and every .ts file of tsconfig.json (it fails on errors as tsc does).
  { name: 'types', command: [node, join(repo, 'node_modules/astro/bin/astro.mjs'), 'check'] },
  // Prettier (with the Astro plugin) over the code; .prettierignore keeps authors' content and data out.
  { name: 'format', command: [node, join(repo, 'node_modules/prettier/bin/prettier.cjs'), '--check', '.', '--log-level', 'warn'] },
  { name: 'content', command: [node, 'src/cli/check.ts', '--strict'] },
  { name: 'unit', command: nodeTest('tests/unit/**/*.test.ts') },
  { name: 'build', command: nodeTest('--test-concurrency=1', 'tests/build/**/*.test.ts') },
  { name: 'browser', command: playwrightTest() },
];

process.exitCode = runSuites('test', suites, process.argv.slice(2));
