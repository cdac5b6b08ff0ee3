/**
 * Offline (issue 19), provable from the build: the service worker's precache holds every current
 * document page, the lists, the glossary, the search and the assets, and nothing it should not
 * (older versions, comparisons, the large data exports); revisions are content hashes, so an
 * unchanged build lists the same revisions and one changed page changes one entry; every page
 * links the web app manifest, whose icons exist.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precacheManifest, type PrecacheEntry } from '../../src/offline/precache.ts';
import { repo } from '../support/build-site.ts';
import { builtSite, sitePath } from '../support/reliability-sites.ts';

const fixture = join(repo, 'tests/fixtures/valid');
const dist = sitePath('fixture');
let entries: PrecacheEntry[] = [];
let urls = new Set<string>();

before(async () => {
  builtSite('fixture');
  entries = (await precacheManifest(dist)).entries;
  urls = new Set(entries.map((e) => e.url));
});

const slugs = (folder: string) => readdirSync(join(fixture, folder), { withFileTypes: true }).map((d) => d.name.replace(/\.mdx$/, ''));

test('the worker precaches every current document page, the lists, the glossary, the search and the assets', () => {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const expected = [
    ...slugs('checklists').map((s) => `/checklisten/${s}/index.html`),
    ...slugs('content/guidelines').map((s) => `/leitfaeden/${s}/index.html`),
    ...slugs('content/briefings').map((s) => `/rechtsaenderungen/${s}/index.html`),
    ...slugs('content/tracks').map((s) => `/einarbeitung/${s}/index.html`),
    '/index.html',
    '/checklisten/index.html',
    '/leitfaeden/index.html',
    '/rechtsaenderungen/index.html',
    '/glossar/index.html',
    '/suche/index.html',
    '/suche/lexikon.json',
    '/pagefind/pagefind-entry.json',
    '/pagefind/pagefind.js',
    '/offline/index.html',
    '/manifest.webmanifest',
  ];
  assert.ok(expected.length > 20);
  for (const url of expected) {
    assert.ok(urls.has(url), `${url} fehlt im Offline-Vorrat`);
    assert.ok(worker.includes(`"${url}"`), `${url} fehlt in sw.js`);
  }
  assert.ok(
    entries.some((e) => e.url.startsWith('/fonts/') && e.url.endsWith('.woff2')),
    'Schriften fehlen im Offline-Vorrat',
  );
  const assets = entries.filter((e) => e.url.startsWith('/_astro/'));
  assert.ok(assets.some((e) => e.url.endsWith('.js')) && assets.some((e) => e.url.endsWith('.css')), 'Skripte und Stylesheet fehlen');
  assert.ok(entries.filter((e) => e.url.startsWith('/pagefind/fragment/')).length >= slugs('checklists').length, 'Suchfragmente fehlen');
});

test('older versions, comparisons and the large data exports are not precached', () => {
  assert.ok(existsSync(join(dist, 'checklisten/fiktionsbescheinigung/v1/index.html')));
  const unwanted = entries.filter((e) => /\/v\d+\/|\/vergleich\/|^\/api\/(dokumente|suchindex)\.json$|^\/normen\//.test(e.url));
  assert.deepEqual(
    unwanted.map((e) => e.url),
    [],
  );
});

test('revisions are content hashes: the same bytes give the same list, one changed page changes one entry', async () => {
  const copy = mkdtempSync(join(tmpdir(), 'lotse-precache-'));
  try {
    cpSync(dist, copy, { recursive: true });
    assert.deepEqual((await precacheManifest(copy)).entries, entries);
    const page = join(copy, 'checklisten/fiktionsbescheinigung/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<p>geändert</p></main>'));
    const after = (await precacheManifest(copy)).entries;
    const changed = after.filter((e, i) => e.url !== entries[i]?.url || e.revision !== entries[i]?.revision);
    assert.deepEqual(
      changed.map((e) => e.url),
      ['/checklisten/fiktionsbescheinigung/index.html'],
    );
    // Hashed asset names are their own revision: nothing to re-download while the name stays.
    assert.ok(after.filter((e) => e.url.startsWith('/_astro/')).every((e) => e.revision === null));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('every page links the web app manifest, and its icons are in the build', () => {
  for (const path of ['index.html', 'checklisten/fiktionsbescheinigung/index.html', 'glossar/index.html', 'offline/index.html']) {
    assert.match(readFileSync(join(dist, path), 'utf8'), /<link rel="manifest" href="\/manifest\.webmanifest"/, path);
  }
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
    start_url: string;
    scope: string;
    icons: { src: string; sizes: string }[];
  };
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.scope, '/');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
  for (const icon of manifest.icons) assert.ok(existsSync(join(dist, icon.src)), `${icon.src} fehlt`);
});
