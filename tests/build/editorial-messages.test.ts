/**
 * Messages of `npm run check`: one fixture per four-eyes message (tests/fixtures/invalid/ed-*:
 * about.txt, optional args.txt, status.txt with the expected exit code, expected.txt), the
 * format `path:line:col field — problem. Fix: action.` for every message any fixture produces,
 * and that warnings do not fail a build while --strict errors do. `UPDATE=1` rewrites expected.txt.
 * (ed-* fixtures use about.txt instead of case.txt because tests/build/invalid-content.test.ts
 * expects exit code 1 and runs without arguments; warnings exit 0.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, repo, runCheck } from '../support/build-site.ts';
import { formatDiagnostic } from '../../src/model/diagnostics.ts';
import { validateContent } from '../../src/model/validate.ts';

const invalid = join(repo, 'tests/fixtures/invalid');
const cases = readdirSync(invalid)
  .filter((name) => name.startsWith('ed-') && existsSync(join(invalid, name, 'about.txt')))
  .sort();
const read = (dir: string, file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : '');
const FORMAT = /^(?<file>\S+):(?<line>[1-9]\d*):(?<col>[1-9]\d*) (?<field>\S+) — (?<warning>Warnung: )?(?<problem>[^\n]+?)\. Fix: (?<fix>[^\n]+)\.$/;

for (const name of cases) {
  const dir = join(invalid, name);
  test(`${name}: ${read(dir, 'about.txt')}`, () => {
    const args = read(dir, 'args.txt').split(/\s+/).filter(Boolean);
    const { status, output } = runCheck(dir, args);
    const messages = output
      .split('\n')
      .filter((line) => /^\S+:\d+:\d+ /.test(line))
      .map((line) => line.replace(/^.*?tests\/fixtures\/invalid\/[^/]+\//, ''));
    if (process.env.UPDATE === '1') writeFileSync(join(dir, 'expected.txt'), `${messages.join('\n')}\n`);
    assert.equal(status, Number(read(dir, 'status.txt')), output);
    assert.deepEqual(messages, read(dir, 'expected.txt').split('\n'));
    for (const message of messages) assert.match(message, FORMAT);
  });
}

test('every message of every fixture content set follows path:line:col field — problem. Fix: action.', () => {
  const roots = [...readdirSync(invalid).map((name) => join(invalid, name)), join(repo, 'tests/fixtures/valid'), join(repo, 'tests/fixtures/editorial')];
  let count = 0;
  for (const root of roots) {
    for (const strict of [false, true]) {
      for (const diagnostic of validateContent(root, { includeDrafts: true, strict }).diagnostics) {
        count += 1;
        const line = formatDiagnostic(diagnostic);
        const match = FORMAT.exec(line);
        assert.ok(match, `Meldung ohne das Format: ${line}`);
        assert.equal(Boolean(match.groups?.warning), diagnostic.severity === 'warning', line);
        assert.ok(!/[.]\. Fix|\.\.$/.test(line), `doppelter Punkt: ${line}`);
      }
    }
  }
  assert.ok(count > roots.length, `only ${count} messages`);
});

test('a four-eyes warning does not fail the build; with --strict the build stops before rendering', () => {
  const out = join(repo, '.lotse', 'test-build', 'ed-four-eyes');
  rmSync(out, { recursive: true, force: true });
  const content = join(invalid, 'ed-four-eyes-missing');
  const strict = buildSite({ content, out, date: '2026-11-25', args: ['--strict'] });
  assert.equal(strict.status, 1, strict.output);
  assert.match(strict.output, /approvedBy — die Fassung ist nicht freigegeben/);
  assert.ok(!existsSync(out), 'nothing is written');
  const normal = buildSite({ content, out, date: '2026-11-25' });
  assert.equal(normal.status, 0, normal.output);
  assert.match(normal.output, /approvedBy — Warnung: die Fassung ist nicht freigegeben/, normal.output);
  assert.match(readFileSync(join(out, 'checklisten/pass/index.html'), 'utf8'), /data-notice="unapproved"/);
});
