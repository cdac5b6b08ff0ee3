/**
 * `npm run test:full`: the slow suites that `npm test` leaves out — the seed site served by nginx
 * with deploy/nginx.conf (headers, CSP, cache, gzip, 404) and axe plus request/CSP/cookie watch
 * on every page of it; determinism of the seed content; the fuzz test with a second seed; and
 * a build of every fuzz variant that the check accepts; Lighthouse (100 in all four categories)
 * on the key pages of the fixture site.
 * Prints the counts (pages, requests, variants) and ends with one `N passed, N failed` line.
 * `npm run test:full -- nginx determinism` runs only the named suites.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
const node = process.execPath;

interface Suite {
  name: string;
  command: string[];
  env?: Record<string, string>;
  count: (output: string) => { passed: number; failed: number } | undefined;
}

const nodeTestCounts = (output: string) => {
  const pass = /ℹ pass (\d+)/.exec(output);
  const fail = /ℹ fail (\d+)/.exec(output);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
};
const playwrightCounts = (output: string) => {
  const last = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
};

const suites: Suite[] = [
  { name: 'nginx', command: [node, join(repo, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'tests/full/playwright.config.ts'], count: playwrightCounts },
  { name: 'determinism', command: [node, '--test', '--test-reporter=spec', 'tests/build/reliability-determinism.test.ts'], env: { LOTSE_DETERMINISM_CONTENT: repo }, count: nodeTestCounts },
  { name: 'fuzz', command: [node, '--test', '--test-reporter=spec', 'tests/build/reliability-fuzz.test.ts'], env: { LOTSE_FUZZ_SEED: '4711' }, count: nodeTestCounts },
  { name: 'lighthouse', command: [node, '--test', '--test-reporter=spec', '--test-concurrency=1', 'tests/full/lighthouse.test.ts'], count: nodeTestCounts },
  { name: 'fuzz-build', command: [node, '--test', '--test-reporter=spec', 'tests/full/reliability-fuzz-build.test.ts'], count: nodeTestCounts },
];

/** Sums `[counts] key=N` lines printed by the browser tests. */
function countLines(output: string, totals: Map<string, number>): void {
  for (const line of output.matchAll(/\[counts\] (.+)$/gm)) {
    for (const [, key, value] of line[1].matchAll(/([\w-]+)=(\d+)/g)) totals.set(key, (totals.get(key) ?? 0) + Number(value));
  }
}

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const summary: string[] = [];
const totals = new Map<string, number>();
for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`\n━━ ${suite.name} ━━ ${suite.command.slice(1).join(' ')}`);
  const started = Date.now();
  const result = spawnSync(suite.command[0], suite.command.slice(1), {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...suite.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  process.stdout.write(output);
  countLines(output, totals);
  const counts = suite.count(output) ?? (result.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  summary.push(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
console.log(`\n${summary.join('\n')}`);
if (totals.size > 0) console.log(`counts: ${[...totals].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
