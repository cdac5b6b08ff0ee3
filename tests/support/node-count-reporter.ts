/**
 * A node:test reporter that counts tests (not suites) by outcome and writes
 * `{"passed":N,"failed":N,"skipped":N}` to the file named by LOTSE_COUNTS_FILE when the run
 * ends: the test runners (tests/run-all.ts, tests/run-full.ts) read their counts from it
 * instead of from the printed output. Used next to the `spec` reporter, it prints nothing.
 */
import { writeFileSync } from 'node:fs';

interface TestEvent {
  type: string;
  data: { details?: { type?: string }; skip?: unknown; todo?: unknown };
}

export default async function* countReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip !== undefined || event.data.todo !== undefined) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  if (process.env.LOTSE_COUNTS_FILE) writeFileSync(process.env.LOTSE_COUNTS_FILE, JSON.stringify(counts));
  yield '';
}
