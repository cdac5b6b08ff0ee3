/**
 * Accessibility that is provable from the built HTML (axe on every page runs in test:full):
 * every page is marked German and links the "Erklärung zur Barrierefreiheit" (BITV 2.0 § 7),
 * and the statement has what BITV requires — conformance status, non-accessible content, a
 * feedback contact taken from content/site.yaml and the enforcement procedure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtSite, SITE_CONTENT, type SiteName } from '../support/reliability-sites.ts';
import { loadPages } from '../support/site-pages.ts';
import { repo } from '../support/build-site.ts';

for (const name of Object.keys(SITE_CONTENT) as SiteName[]) {
  test(`every page of the ${name} site is German and links the accessibility statement`, async (t) => {
    const pages = await loadPages(builtSite(name));
    const missing = pages.filter(
      (p) => p.root.querySelector('html')?.getAttributeValue('lang') !== 'de' || !p.root.querySelector('a[href="/barrierefreiheit/"]'),
    );
    t.diagnostic(`${name}: ${pages.length} pages`);
    assert.deepEqual(
      missing.map((p) => p.url),
      [],
    );
  });
}

test('the accessibility statement names status, gaps, a feedback contact from site.yaml and the enforcement procedure', async () => {
  const page = (await loadPages(builtSite('seed'))).find((p) => p.url === '/barrierefreiheit/');
  assert.ok(page, '/barrierefreiheit/ fehlt');
  const headings = page.root.querySelectorAll('h1, h2').map((h) => h.textContent.trim());
  for (const expected of [/Erklärung zur Barrierefreiheit/, /Stand der Vereinbarkeit/, /Nicht barrierefreie Inhalte/, /Feedback/, /Durchsetzungsverfahren/]) {
    assert.ok(
      headings.some((h) => expected.test(h)),
      `Abschnitt ${expected} fehlt (gefunden: ${headings.join(' | ')})`,
    );
  }
  const site = parse(readFileSync(join(repo, 'content/site.yaml'), 'utf8')) as { feedback: { email: string } };
  assert.ok(page.root.querySelector(`main a[href="mailto:${site.feedback.email}"]`), `kein Kontakt mailto:${site.feedback.email} im Inhalt`);
  assert.match(page.root.querySelector('main')?.textContent ?? '', /WCAG 2\.1/);
});
