/**
 * The test runners count from the reporters, skipped tests included: the node:test reporter
 * (tests/support/node-count-reporter.ts) and the Playwright reporter (tests/support/
 * count-reporter.ts) each write `{passed, failed, skipped}` for a sample suite with one test of
 * each outcome (and a describe block, which is no test).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeTest, playwrightTest, repo } from '../support/suite-runner.ts';

function run(command: string[], countsFile: string, cwd = repo) {
  // Without NODE_TEST_CONTEXT a nested `node --test` runs its own reporters, as under the runner.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env;
  const result = spawnSync(command[0], command.slice(1), { cwd, encoding: 'utf8', env: { ...env, LOTSE_COUNTS_FILE: countsFile, FORCE_COLOR: '0' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, counts: JSON.parse(readFileSync(countsFile, 'utf8')) as unknown };
}

test('node:test suites: passed, failed and skipped (todo counts as skipped) come from the reporter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-counts-'));
  try {
    writeFileSync(
      join(dir, 'sample.test.ts'),
      `import { describe, test } from 'node:test';
describe('block', () => { test('a', () => {}); test('b', { skip: true }, () => {}); test('c', () => { throw new Error('x'); }); });
test('d', () => {});
test('e', { todo: true }, () => {});
`,
    );
    const r = run(nodeTest(join(dir, 'sample.test.ts')), join(dir, 'counts.json'));
    assert.equal(r.status, 1);
    assert.deepEqual(r.counts, { passed: 2, failed: 1, skipped: 2 });
    assert.match(r.output, /✔ d/, 'the spec reporter still prints for people');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Playwright suites: passed, failed and skipped come from the count reporter', () => {
  // Inside the repository, so that the spec resolves @playwright/test.
  mkdirSync(join(repo, '.lotse'), { recursive: true });
  const dir = mkdtempSync(join(repo, '.lotse', 'counts-'));
  try {
    writeFileSync(
      join(dir, 'sample.spec.ts'),
      `import { test, expect } from '@playwright/test';
test('a', () => { expect(1).toBe(1); });
test('b', () => { expect(1).toBe(2); });
test.skip('c', () => {});
`,
    );
    writeFileSync(
      join(dir, 'playwright.config.ts'),
      `export default { testDir: '.', reporter: [[${JSON.stringify(join(repo, 'tests/support/count-reporter.ts'))}]] };\n`,
    );
    const r = run(playwrightTest('-c', join(dir, 'playwright.config.ts')), join(dir, 'counts.json'), repo);
    assert.equal(r.status, 1, r.output);
    assert.deepEqual(r.counts, { passed: 1, failed: 1, skipped: 1 });
    assert.match(r.output, /^1 passed, 1 failed, 1 skipped$/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
