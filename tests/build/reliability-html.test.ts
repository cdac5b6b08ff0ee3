/**
 * Every page of the built fixture and seed sites is valid HTML: html-validate with the
 * repository's .htmlvalidate.json ("html-validate:recommended", which includes its WCAG rules
 * and forbids inline styles) reports 0 errors. Two deviations: `long-title` is off (≤ 70
 * characters is a search-engine heuristic; page titles carry the full legal name of a document),
 * and `form-dup-name` accepts checkbox groups sharing a name (valid HTML: `typ=a&typ=b`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createValidator, validatePages } from '../support/html-check.ts';
import { builtSite, SITE_CONTENT, type SiteName } from '../support/reliability-sites.ts';
import { loadPages, type SitePage } from '../support/site-pages.ts';
import { Parser, StaticConfigLoader } from 'html-validate';

const validator = createValidator();

test('the HTML check reports invalid markup with rule and element', async () => {
  const parser = new Parser(await new StaticConfigLoader().getConfigFor('x.html'));
  const html =
    '<!doctype html><html lang="de"><head><title>T</title></head><body><main><p id="a">x</p><ul id="a"><div>y</div></ul><button>z</button><span style="color:red">s</span></main></body></html>';
  const page: SitePage = { url: '/kaputt/', file: 'kaputt/index.html', html, root: parser.parseHtml(html) };
  const rules = new Set((await validatePages([page], validator)).map((p) => p.rule));
  for (const rule of ['no-dup-id', 'element-permitted-content', 'no-implicit-button-type', 'no-inline-style'])
    assert.ok(rules.has(rule), `${rule} not reported: ${[...rules].join(', ')}`);
});

for (const name of Object.keys(SITE_CONTENT) as SiteName[]) {
  test(`every page of the ${name} site is valid HTML (html-validate, 0 errors)`, async (t) => {
    const pages = await loadPages(builtSite(name));
    const problems = await validatePages(pages, validator);
    t.diagnostic(`${name}: ${pages.length} pages validated, ${problems.length} errors`);
    const byRule = new Map<string, string[]>();
    for (const p of problems) byRule.set(p.rule, [...(byRule.get(p.rule) ?? []), `${p.page} ${p.selector}: ${p.message}`]);
    const report = [...byRule].map(([rule, list]) => `${rule} (${list.length}×):\n  ${list.slice(0, 5).join('\n  ')}`);
    assert.equal(problems.length, 0, report.join('\n'));
    // Nothing after </html> (a script placed outside the layout would land there, and the index
    // stage takes a page as written once it ends with </html>).
    assert.deepEqual(
      pages.filter((p) => !p.html.trimEnd().endsWith('</html>')).map((p) => p.url),
      [],
    );
    // One shared stylesheet (Base.astro imports all styles): one cached request on every page.
    const sheets = new Set(pages.flatMap((p) => [...p.html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1])));
    assert.equal(sheets.size, 1, [...sheets].join(', '));
    assert.deepEqual(
      pages.filter((p) => (p.html.match(/rel="stylesheet"/g) ?? []).length !== 1).map((p) => p.url),
      [],
    );
  });
}
