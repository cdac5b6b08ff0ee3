/**
 * Builds the valid fixture content set once with a fixed reference date and asserts on the
 * produced HTML and JSON: pages for every URL of the content model, and proof that each
 * Markdown transform ran.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSite, sitePath } from '../support/reliability-sites.ts';

// The fixture site shared by the build, browser and Lighthouse tests (built once per run).
const dist = sitePath('fixture');
const page = (path: string) => readFileSync(join(dist, path, path.endsWith('.json') || path.endsWith('.xml') ? '' : 'index.html'), 'utf8');

before(() => void builtSite('fixture'));

test('every URL of the content model has a page', () => {
  for (const path of [
    '',
    'checklisten/fiktionsbescheinigung',
    'checklisten/fiktionsbescheinigung/v1',
    'leitfaeden/einbuergerung-voraussetzungen/v2',
    'rechtsaenderungen',
    'rechtsaenderungen/chancen-aufenthaltsrecht-endet',
    'einarbeitung/grundlagen',
    'glossar',
    'suche',
  ]) {
    assert.ok(existsSync(join(dist, path, 'index.html')), `/${path}/ fehlt`);
  }
  assert.ok(existsSync(join(dist, 'api/dokumente.json')));
});

test('the checklist transform ran: every item is a labelled checkbox', () => {
  const html = page('checklisten/fiktionsbescheinigung/v2');
  const boxes = [...html.matchAll(/<input type="checkbox" id="check-(i\d+)"/g)].map((m) => m[1]);
  assert.deepEqual(boxes, ['i1', 'i2', 'i3', 'i4']);
  for (const id of boxes) assert.match(html, new RegExp(`<label for="check-${id}">`));
  assert.match(html, /<div class="check-note"><p>Maßgeblich ist der Eingang/);
});

test('pages are German and carry the skip link, search and build date', () => {
  const html = page('');
  assert.match(html, /<html lang="de">/);
  assert.match(html, /href="#inhalt"/);
  assert.match(html, /role="search"/);
  assert.match(html, /datetime="2026-11-25"/);
});
