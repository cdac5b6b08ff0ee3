/**
 * Every internal link, asset and `#anchor` in the built HTML resolves — checked over every page
 * of the fixture site and of the seed site. Each problem names the page, the element and the
 * source file (author MDX with line, or the Astro route) where the link is written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from '../support/link-check.ts';
import { builtSite, SITE_CONTENT, type SiteName } from '../support/reliability-sites.ts';
import { loadPages } from '../support/site-pages.ts';
import { createSourceTracer, whereWritten } from '../support/source-trace.ts';

test('the link checker finds broken pages, anchors, assets, missing slashes and foreign resources', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'lotse-links-'));
  try {
    mkdirSync(join(dist, 'a'));
    writeFileSync(join(dist, 'a/index.html'), '<!doctype html><html lang="de"><head><title>A</title></head><body><h2 id="da">Da</h2></body></html>');
    writeFileSync(
      join(dist, 'index.html'),
      `<!doctype html><html lang="de"><head><title>Start</title><script src="https://cdn.example.org/x.js"></script></head><body>
       <a href="/a/">gut</a> <a href="/a/#da">Anker gut</a> <a href="https://example.org/">extern</a> <a href="mailto:a@example.org">Mail</a>
       <a href="/b/">fehlt</a> <a href="/a">ohne Schrägstrich</a> <a href="/a/#fehlt">Anker fehlt</a> <a href="javascript:alert(1)">js</a>
       <img src="/bild.png" alt="fehlt"></body></html>`,
    );
    const { problems, counts } = checkLinks(dist, await loadPages(dist));
    assert.deepEqual(
      problems.map((p) => `${p.href}: ${p.problem}`).sort(),
      [
        '/a: Link ohne abschließenden „/“ (die Seite heißt /a/)',
        '/a/#fehlt: Anker „fehlt“ fehlt auf /a/',
        '/b/: Seite /b/ gibt es nicht',
        '/bild.png: Datei /bild.png gibt es nicht',
        'https://cdn.example.org/x.js: lädt eine Ressource von außerhalb (https://cdn.example.org)',
        'javascript:alert(1): unerlaubtes Schema „javascript:“',
      ].sort(),
    );
    assert.equal(counts.external, 2);
    assert.equal(counts.anchors, 2);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

for (const name of Object.keys(SITE_CONTENT) as SiteName[]) {
  test(`every internal link and anchor of the ${name} site resolves`, async (t) => {
    const dist = builtSite(name);
    const pages = await loadPages(dist);
    const { problems, counts } = checkLinks(dist, pages);
    t.diagnostic(`${name}: ${counts.pages} pages, ${counts.internal} internal links, ${counts.anchors} anchors, ${counts.assets} assets, ${counts.external} external links (not fetched)`);
    const trace = createSourceTracer(SITE_CONTENT[name]);
    const lines = problems.map((p) => `${whereWritten(trace(p.page), p.href)} → ${p.page}: ${p.element} – ${p.problem}`);
    assert.equal(problems.length, 0, `${problems.length} broken links:\n${lines.slice(0, 40).join('\n')}`);
    assert.ok(counts.internal > counts.pages, 'the checker saw the links');
  });
}
