/**
 * Every internal link, asset and `#anchor` in the built HTML resolves — checked over every page
 * of the fixture site and of the seed site. Each problem names the page, the element and the
 * source file (author MDX with line, or the Astro route) where the link is written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from '../support/link-check.ts';
import { builtSite, SITE_CONTENT, SITE_DATE, type SiteName } from '../support/reliability-sites.ts';
import { buildSite, repo } from '../support/build-site.ts';
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

test('a page is traced to its Astro route and to the author files it shows', () => {
  const trace = createSourceTracer(SITE_CONTENT.fixture);
  assert.deepEqual(trace('/checklisten/fiktionsbescheinigung/v1/'), {
    route: 'src/pages/[section]/[slug]/[version].astro',
    content: ['tests/fixtures/valid/checklists/fiktionsbescheinigung/v1.mdx'],
  });
  assert.equal(trace('/checklisten/fiktionsbescheinigung/').content[0], 'tests/fixtures/valid/checklists/fiktionsbescheinigung/v2.mdx');
  assert.equal(trace('/glossar/').route, 'src/pages/glossar/index.astro');
  assert.equal(trace('/404.html').route, 'src/pages/404.astro');
});

test('a broken link written by an author is reported with the MDX file and line', async () => {
  const content = mkdtempSync(join(repo, '.lotse', 'reliability-broken-link-'));
  const out = join(content, 'dist');
  try {
    cpSync(SITE_CONTENT.fixture, content, { recursive: true });
    const file = join(content, 'content/guidelines/einbuergerung-voraussetzungen/v2.mdx');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${[...lines, '', 'Mehr dazu in der [Hilfe](/hilfe/gibt-es-nicht/).'].join('\n')}\n`);
    const result = buildSite({ content, out, date: SITE_DATE });
    assert.equal(result.status, 0, result.output);
    const { problems } = checkLinks(out, await loadPages(out));
    const trace = createSourceTracer(content);
    const where = problems.filter((p) => p.href === '/hilfe/gibt-es-nicht/').map((p) => `${whereWritten(trace(p.page), p.href)} → ${p.page}`);
    assert.ok(
      where.includes(
        `.lotse/${content.split('/.lotse/')[1]}/content/guidelines/einbuergerung-voraussetzungen/v2.mdx:${lines.length + 2} → /leitfaeden/einbuergerung-voraussetzungen/v2/`,
      ),
      where.join('\n'),
    );
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
});

for (const name of Object.keys(SITE_CONTENT) as SiteName[]) {
  test(`every internal link and anchor of the ${name} site resolves`, async (t) => {
    const dist = builtSite(name);
    const pages = await loadPages(dist);
    const { problems, counts } = checkLinks(dist, pages);
    t.diagnostic(
      `${name}: ${counts.pages} pages, ${counts.internal} internal links, ${counts.anchors} anchors, ${counts.assets} assets, ${counts.external} external links (not fetched)`,
    );
    const trace = createSourceTracer(SITE_CONTENT[name]);
    const lines = problems.map((p) => `${whereWritten(trace(p.page), p.href)} → ${p.page}: ${p.element} – ${p.problem}`);
    assert.equal(problems.length, 0, `${problems.length} broken links:\n${lines.slice(0, 40).join('\n')}`);
    assert.ok(counts.internal > counts.pages, 'the checker saw the links');
  });
}
