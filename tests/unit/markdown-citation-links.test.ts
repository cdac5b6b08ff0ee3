import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { markdownToHtml, mdxToJs } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { citationLinks } from '../../src/markdown/citation-links.ts';
import { headingOf } from '../../src/norms/norms.ts';
import type { LawRef } from '../../src/norms/types.ts';

const laws = parseYaml(readFileSync(new URL('../../content/laws.yaml', import.meta.url), 'utf8')) as LawRef[];
const plugin = citationLinks({ laws, headingOf });

test('it records how many citations it linked in ctx.data.lotseCitations', () => {
  const { data } = markdownToHtml('§ 81 AufenthG, Art. 16a GG und `§ 5 AufenthG`.', { hastPlugins: [plugin] });
  assert.equal(data.lotseCitations, 2);
});

test('a document without citations records 0, which still proves the plugin ran', () => {
  const { data } = markdownToHtml('Kein Zitat hier.', { hastPlugins: [plugin] });
  assert.equal(data.lotseCitations, 0);
});

test('under Astro the count also lands in the frontmatter that render() returns', () => {
  const astro = {
    frontmatter: { title: 'T' } as Record<string, unknown>,
    headings: [],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  markdownToHtml('Nach § 81 AufenthG.', { hastPlugins: [plugin], data: { astro } });
  assert.deepEqual(astro.frontmatter, { title: 'T', lotseCitations: 1 });
});

test('a multi-paragraph citation becomes one link to its first paragraph with the text unchanged', () => {
  const { html } = markdownToHtml('§§ 16a, 16b AufenthG', { hastPlugins: [plugin] });
  assert.equal(
    html.trim(),
    '<p><a class="norm" href="https://www.gesetze-im-internet.de/aufenthg_2004/__16a.html" title="§ 16a AufenthG – Berufsausbildung; berufliche Weiterbildung" data-norm="AufenthG § 16a">§§ 16a, 16b AufenthG</a></p>',
  );
});

test('without headingOf the link title names the paragraph only', () => {
  const { html } = markdownToHtml('§ 81 AufenthG', { hastPlugins: [citationLinks({ laws })] });
  assert.match(html, /title="§ 81 AufenthG" data-norm="AufenthG § 81"/);
});

test('it runs in the MDX pipeline as well', async () => {
  const { code, data } = await mdxToJs('Die Fiktion nach § 81 Abs. 4 AufenthG gilt.', {
    hastPlugins: [plugin],
    elementAttributeNameCase: 'html',
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
  });
  assert.equal(data.lotseCitations, 1);
  assert.match(code, /<a class=\\"norm\\" href=\\"https:\/\/www\.gesetze-im-internet\.de\/aufenthg_2004\/__81\.html\\"/);
});
