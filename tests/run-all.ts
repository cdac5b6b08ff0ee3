/**
 * `npm test`: type check, content check of the seed content (strict), unit tests, build tests
 * and browser tests, in that order; ends with one plain `N passed, N failed` line for CI.
 * `npm test -- unit build` runs only the named suites.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
const node = process.execPath;
const bin = (path: string) => join(repo, 'node_modules', path);

interface Suite {
  name: string;
  command: string[];
  /** Extracts pass/fail counts from the output; without it the exit code counts as one test. */
  count?: (output: string) => { passed: number; failed: number } | undefined;
}

const nodeTestCounts = (output: string) => {
  const pass = /ℹ pass (\d+)/.exec(output);
  const fail = /ℹ fail (\d+)/.exec(output);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
};
const playwrightCounts = (output: string) => {
  const lines = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1);
  return lines ? { passed: Number(lines[1]), failed: Number(lines[2]) } : undefined;
};

const suites: Suite[] = [
  { name: 'types', command: [node, bin('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'content', command: [node, 'src/cli/check.ts', '--strict'] },
  { name: 'unit', command: [node, '--test', '--test-reporter=spec', 'tests/unit/**/*.test.ts'], count: nodeTestCounts },
  { name: 'build', command: [node, '--test', '--test-reporter=spec', '--test-concurrency=1', 'tests/build/**/*.test.ts'], count: nodeTestCounts },
  { name: 'browser', command: [node, bin('@playwright/test/cli.js'), 'test'], count: playwrightCounts },
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const summary: string[] = [];
for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`\n━━ ${suite.name} ━━ ${suite.command.slice(1).join(' ')}`);
  const started = Date.now();
  const result = spawnSync(suite.command[0], suite.command.slice(1), { cwd: repo, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' }, maxBuffer: 256 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  process.stdout.write(output);
  const counts = suite.count?.(output) ?? (result.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  if (result.status !== 0 && counts.failed === 0) counts.failed = 1;
  passed += counts.passed;
  failed += counts.failed;
  summary.push(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
