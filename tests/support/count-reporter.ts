/**
 * Playwright reporter: counts tests by final outcome (a flaky test that passed on retry counts
 * as passed), prints `N passed, N failed, N skipped` and writes the same counts as JSON to
 * LOTSE_COUNTS_FILE when set, which the test runners read (tests/support/suite-runner.ts).
 */
import { writeFileSync } from 'node:fs';
import type { FullResult, Reporter, Suite } from '@playwright/test/reporter';

export default class CountReporter implements Reporter {
  private root: Suite | undefined;
  onBegin(_config: unknown, suite: Suite): void {
    this.root = suite;
  }
  onEnd(_result: FullResult): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const test of this.root?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'expected' || outcome === 'flaky') counts.passed += 1;
      else if (outcome === 'skipped') counts.skipped += 1;
      else counts.failed += 1;
    }
    if (process.env.LOTSE_COUNTS_FILE) writeFileSync(process.env.LOTSE_COUNTS_FILE, JSON.stringify(counts));
    console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
  printsToStdio(): boolean {
    return true;
  }
}
