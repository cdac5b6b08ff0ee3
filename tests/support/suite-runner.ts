/**
 * Runs the suites of `npm test` and `npm run test:full`: first makes sure the system programs
 * are there (scripts/system-requirements.ts), then runs each suite, takes its counts from the
 * reporters (node:test: tests/support/node-count-reporter.ts; Playwright:
 * tests/support/count-reporter.ts), sums what the tests checked (tests/support/metrics.ts) and
 * ends with the one line CI reads: `N passed, N failed, N skipped`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureSystem } from '../../scripts/system-requirements.ts';

export const repo = resolve(import.meta.dirname, '../..');
export const node = process.execPath;

export interface Suite {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** `node --test` with the spec reporter for people and the count reporter for the runner. */
export function nodeTest(...args: string[]): string[] {
  const counter = join(repo, 'tests/support/node-count-reporter.ts');
  return [
    node,
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${counter}`,
    '--test-reporter-destination=stdout',
    ...args,
  ];
}

export function playwrightTest(...args: string[]): string[] {
  return [node, join(repo, 'node_modules/@playwright/test/cli.js'), 'test', ...args];
}

/**
 * A suite's counts: from its reporter's file; a suite without one (type check, content check)
 * counts as one test. A suite that exits non-zero without a failed test (a crash, a failing
 * global setup) counts one failure more.
 */
export function suiteCounts(reported: Counts | undefined, status: number | null): Counts {
  const counts = reported ?? (status === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 });
  return status !== 0 && counts.failed === 0 ? { ...counts, failed: counts.failed + 1 } : counts;
}

export function summaryLine(c: Counts): string {
  return `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
}

function readJson<T>(file: string): T | undefined {
  return existsSync(file) && readFileSync(file, 'utf8').trim() ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
}

/** Runs the named suites (all when `only` is empty) and returns the process exit code. */
export function runSuites(command: 'test' | 'test:full', suites: Suite[], only: string[]): number {
  const unknown = only.filter((name) => !suites.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`Unbekannte Testgruppe: ${unknown.join(', ')}. Vorhanden: ${suites.map((s) => s.name).join(', ')}.`);
    console.log(summaryLine({ passed: 0, failed: 1, skipped: 0 }));
    return 2;
  }
  const problem = ensureSystem(command);
  if (problem) {
    console.error(problem);
    console.log(summaryLine({ passed: 0, failed: 1, skipped: 0 }));
    return 1;
  }
  const work = mkdtempSync(join(tmpdir(), 'lotse-run-'));
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  const metrics = new Map<string, number>();
  const summary: string[] = [];
  try {
    for (const suite of suites) {
      if (only.length > 0 && !only.includes(suite.name)) continue;
      console.log(`\n━━ ${suite.name} ━━ ${suite.command.slice(1).join(' ')}`);
      const countsFile = join(work, `${suite.name}.counts.json`);
      const metricsFile = join(work, `${suite.name}.metrics.jsonl`);
      const started = Date.now();
      const result = spawnSync(suite.command[0], suite.command.slice(1), {
        cwd: repo,
        stdio: 'inherit',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', LOTSE_COUNTS_FILE: countsFile, LOTSE_METRICS_FILE: metricsFile, ...suite.env },
      });
      const counts = suiteCounts(readJson<Counts>(countsFile), result.status);
      for (const line of existsSync(metricsFile) ? readFileSync(metricsFile, 'utf8').split('\n').filter(Boolean) : []) {
        for (const [key, value] of Object.entries(JSON.parse(line) as Record<string, number>)) metrics.set(key, (metrics.get(key) ?? 0) + value);
      }
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
      summary.push(`${suite.name}: ${summaryLine(counts)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\n${summary.join('\n')}`);
  if (metrics.size > 0) console.log(`counts: ${[...metrics].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(summaryLine(total));
  return total.failed > 0 ? 1 : 0;
}
