/** Prints the plain closing line that CI reads: `N passed, N failed`. */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class CountReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'skipped') this.skipped += 1;
    else if (test.outcome() === 'expected' || test.outcome() === 'flaky') {
      if (result.retry === test.results.length - 1 || result.status === 'passed') this.passed += result.status === 'passed' ? 1 : 0;
    }
    if (result.status !== 'passed' && result.status !== 'skipped' && result.retry === test.retries) this.failed += 1;
  }
  onEnd(): void {
    console.log(`${this.passed} passed, ${this.failed} failed${this.skipped ? `, ${this.skipped} skipped` : ''}`);
  }
  printsToStdio(): boolean {
    return true;
  }
}
