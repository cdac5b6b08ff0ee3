/**
 * The content set handed from the build to Astro's render (src/site/model-snapshot.ts): the same
 * data without the source locators, never read half-written, and no snapshot means the pages
 * check the content themselves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent } from '../../src/model/validate.ts';
import { readSnapshot, writeSnapshot } from '../../src/site/model-snapshot.ts';
import { repo } from '../support/build-site.ts';

test('the snapshot carries the checked content without its functions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-snapshot-'));
  try {
    const { content } = validateContent(join(repo, 'tests/fixtures/valid'), { includeDrafts: false, strict: false });
    const file = join(dir, 'site-model.bin');
    writeSnapshot(file, content);
    const read = readSnapshot(file, 0)!;
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
    assert.deepEqual(plain(read), plain(content), 'everything but functions survives');
    const version = read.checklists[0]!.versions[0]!;
    assert.equal(typeof (version as { locate?: unknown }).locate, 'undefined');
    assert.equal(version.data.validFrom, content.checklists[0]!.versions[0]!.data.validFrom);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without a snapshot the reader gives up after its timeout', () => {
  const started = Date.now();
  assert.equal(readSnapshot(join(tmpdir(), 'lotse-gibt-es-nicht.bin'), 60), undefined);
  assert.ok(Date.now() - started >= 50);
});
