/**
 * The precache list of a build (src/offline/precache.ts): a content set without some kinds still
 * builds (CONTENT-MODEL.md: any content that follows the model builds); a file too large to
 * precache stops the build instead of leaving a silent hole offline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precacheManifest } from '../../src/offline/precache.ts';

function site(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'lotse-precache-unit-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  return root;
}

test('a build without guidelines or tracks gets a precache of what it has', async () => {
  const root = site({ 'index.html': '<h1>Start</h1>', 'checklisten/a/index.html': '<h1>A</h1>', 'checklisten/a/v1/index.html': '<h1>A1</h1>' });
  try {
    const { entries } = await precacheManifest(root);
    assert.deepEqual(
      entries.map((e) => e.url),
      ['/checklisten/a/index.html', '/index.html'],
    );
    assert.ok(entries.every((e) => typeof e.revision === 'string' && e.revision.length > 8));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a page too large to precache stops the build with a German message', async () => {
  const root = site({ 'index.html': '<h1>Start</h1>', 'glossar/index.html': Buffer.alloc(9 * 1024 * 1024, 'a') });
  try {
    await assert.rejects(precacheManifest(root), /^Error: Offline-Vorrat: .*glossar\/index\.html/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
