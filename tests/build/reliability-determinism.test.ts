/**
 * Deterministic builds: two builds of the same content with the same BUILD_DATE produce
 * byte-identical dist/ trees — even from different folders (no absolute paths leak into the
 * output), with cold and warm caches, in different time zones and locales, and with the clock
 * moved 400 days ahead (no "today" or local-time formatting sneaks past BUILD_DATE).
 * `LOTSE_DETERMINISM_CONTENT=<folder>` checks another content set (test:full uses the seed content).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildSite, repo } from '../support/build-site.ts';
import { diffSnapshots, firstDifference, snapshotTree } from '../support/reliability-tree.ts';

const DATE = '2026-11-25';
const source = process.env.LOTSE_DETERMINISM_CONTENT ?? join(repo, 'tests/fixtures/valid');
const work = mkdtempSync(join(repo, '.lotse', 'reliability-determinism-'));
const copies = { a: join(work, 'content-a'), b: join(work, 'content-b-anderer-ordner') };

function copyContent(to: string): void {
  for (const part of ['content', 'checklists']) cpSync(join(source, part), join(to, part), { recursive: true, filter: (p) => !p.includes('node_modules') });
}

function buildInto(name: string, content: string, env: Record<string, string>): string {
  const out = join(work, name);
  const result = buildSite({ content, out, date: DATE, env });
  assert.equal(result.status, 0, result.output);
  return out;
}

function assertIdentical(a: string, b: string, label: string): number {
  const left = snapshotTree(a);
  const diffs = diffSnapshots(left, snapshotTree(b));
  const details = diffs.slice(0, 5).map((d) => (d.startsWith('~ ') ? `${d}\n    ${firstDifference(join(a, d.slice(2)), join(b, d.slice(2)))}` : d));
  assert.deepEqual(diffs, [], `${label}: ${diffs.length} paths differ\n${details.join('\n')}`);
  return left.size;
}

let outA: string;

before(() => {
  copyContent(copies.a);
  copyContent(copies.b);
  outA = buildInto('dist-a', copies.a, { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the same content built from another folder, time zone, locale and day gives a byte-identical dist/', (t) => {
  // Kiritimati is UTC+14: on most wall-clock times it is already "tomorrow" there.
  const clock = `--import=${pathToFileURL(join(repo, 'tests/support/shifted-clock.ts')).href}`;
  const outB = buildInto('dist-b', copies.b, {
    TZ: 'Pacific/Kiritimati',
    LANG: 'de_DE.UTF-8',
    LC_ALL: 'de_DE.UTF-8',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${clock}`.trim(),
  });
  const files = assertIdentical(outA, outB, 'cold builds');
  t.diagnostic(`${files} paths byte-identical (${source.replace(`${repo}/`, '')})`);
});

test('rebuilding with a warm cache gives a byte-identical dist/', () => {
  const outC = buildInto('dist-c', copies.a, { TZ: 'America/Adak', LANG: 'C', LC_ALL: 'C' });
  assertIdentical(outA, outC, 'warm rebuild');
});
