/**
 * The offline figures of `npm run bench`: a first install downloads every precached file once;
 * an update downloads only entries whose name or revision changed (a renamed hashed asset counts,
 * an unchanged one does not).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installMB, updateMB, type OfflineSnapshot } from '../../bench/measure-offline.ts';

const MB = 1024 * 1024;
const snapshot = (files: [url: string, revision: string | null, bytes: number][]): OfflineSnapshot => ({
  entries: files.map(([url, revision]) => ({ url, revision })),
  sent: new Map(files.map(([url, , bytes]) => [url, bytes])),
  storedBytes: files.reduce((s, [, , b]) => s + b, 0),
});

test('the first install downloads every precached file once', () => {
  const before = snapshot([
    ['/index.html', 'a', MB],
    ['/_astro/app.1.js', null, MB / 2],
  ]);
  assert.equal(installMB(before), 1.5);
});

test('an update downloads changed revisions and new names only', () => {
  const before = snapshot([
    ['/index.html', 'a', MB],
    ['/checklisten/x/index.html', 'b', MB],
    ['/_astro/app.1.js', null, MB],
  ]);
  const after = snapshot([
    ['/index.html', 'a', MB],
    ['/checklisten/x/index.html', 'c', MB / 4],
    ['/_astro/app.2.js', null, MB / 2],
  ]);
  assert.equal(updateMB(before, after), 0.75);
  assert.equal(updateMB(after, after), 0);
});
