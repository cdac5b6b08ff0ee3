/**
 * One invalid content set per rule (tests/fixtures/invalid/<case>/): `npm run check` must exit 1
 * and print exactly the messages in `expected.txt`. `UPDATE=1` rewrites the expectations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo, runCheck } from '../support/build-site.ts';

const root = join(repo, 'tests/fixtures/invalid');
const cases = readdirSync(root)
  .filter((name) => existsSync(join(root, name, 'case.txt')))
  .sort();

for (const name of cases) {
  const dir = join(root, name);
  const description = readFileSync(join(dir, 'case.txt'), 'utf8').trim();
  test(`${name}: ${description}`, () => {
    const { status, output } = runCheck(dir);
    const messages = output
      .split('\n')
      .filter((line) => /^\S+:\d+:\d+ /.test(line))
      .map((line) => line.replace(/^.*?tests\/fixtures\/invalid\/[^/]+\//, ''));
    const expectedFile = join(dir, 'expected.txt');
    if (process.env.UPDATE === '1') writeFileSync(expectedFile, `${messages.join('\n')}\n`);
    assert.equal(status, 1, `exit code 1 expected, output:\n${output}`);
    assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
    assert.deepEqual(messages, readFileSync(expectedFile, 'utf8').trim().split('\n'));
  });
}
