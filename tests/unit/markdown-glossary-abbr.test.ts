import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml, mdxToJs } from 'satteri';
import { glossaryAbbr } from '../../src/markdown/glossary-abbr.ts';

const plugin = glossaryAbbr({
  entries: [
    { abbr: 'AE', expansions: ['Aufenthaltserlaubnis'] },
    { abbr: 'z. B.', expansions: ['zum Beispiel'] },
    { abbr: 'FreizügG/EU', expansions: ['Freizügigkeitsgesetz/EU'] },
  ],
});

function render(markdown: string) {
  return markdownToHtml(markdown, { hastPlugins: [plugin] });
}

test('only the first occurrence in a document is explained, and the count is recorded', () => {
  const { html, data } = render('AE und AE.\n\nNoch eine AE.');
  assert.equal(html.match(/<abbr/g)?.length, 1);
  assert.equal(data.lotseAbbr, 1);
});

test('each document starts afresh when the same plugin instance compiles several', () => {
  assert.match(render('Die AE.').html, /<abbr title="Aufenthaltserlaubnis">AE<\/abbr>/);
  assert.match(render('Wieder die AE.').html, /<abbr title="Aufenthaltserlaubnis">AE<\/abbr>/);
});

test('the expansion is also given as visually hidden text, because a title alone is not keyboard-reachable', () => {
  assert.match(render('Die AE.').html, /<\/abbr><span class="visually-hidden"> \(Aufenthaltserlaubnis\)<\/span>/);
});

test('matching is case-sensitive and by whole word', () => {
  const { data } = render('Die ae, die MAE und die AEX.');
  assert.equal(data.lotseAbbr, 0);
});

test('abbreviations with dots, spaces and slashes are matched literally', () => {
  const { html, data } = render('Das gilt z. B. nach dem FreizügG/EU, nicht für zxB.');
  assert.equal(data.lotseAbbr, 2);
  assert.match(html, /<abbr title="zum Beispiel">z\. B\.<\/abbr>/);
  assert.match(html, /<abbr title="Freizügigkeitsgesetz\/EU">FreizügG\/EU<\/abbr>/);
});

test('an empty glossary changes nothing and records 0', () => {
  const { html, data } = markdownToHtml('Die AE.', { hastPlugins: [glossaryAbbr({ entries: [] })] });
  assert.equal(html.trim(), '<p>Die AE.</p>');
  assert.equal(data.lotseAbbr, 0);
});

test('it runs in the MDX pipeline as well', async () => {
  const { code, data } = await mdxToJs('Die AE.', {
    hastPlugins: [plugin],
    elementAttributeNameCase: 'html',
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
  });
  assert.equal(data.lotseAbbr, 1);
  assert.match(code, /<abbr title=\\"Aufenthaltserlaubnis\\">AE<\/abbr>/);
});
