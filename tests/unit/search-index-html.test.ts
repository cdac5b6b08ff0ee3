import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decompounder } from '../../src/search/build/decompound.ts';
import { countWords } from '../../src/search/build/wordlist.ts';
import { citationTokens, indexDocument, markWord, readPage, selectorMatcher, SPLIT_MARK } from '../../src/search/build/index-html.ts';
import { EXCLUDE_SELECTORS, uniqueVersions, urlOf } from '../../src/search/build/index-site.ts';

const decompounder = new Decompounder(countWords('Die Erlaubnis und der Aufenthalt, die Fiktion. '.repeat(10), new Map()));
const facets = {
  ref: 'checklists/x',
  version: 2,
  url: '/checklisten/x/',
  filters: { typ: ['Checkliste'], status: ['aktuell'] },
  meta: { fassung: 'v2', rechtsgrundlage: 'qq81qaufenthgq' },
};
const page = (
  extra = '',
) => `<html><body><header>Kopf</header><main id="inhalt" data-pagefind-body data-search-facets="${JSON.stringify(facets).replace(/"/g, '&quot;')}">
<h1>Aufenthaltserlaubnis verlängern</h1><p class="lead">Kurz &amp; bündig.</p>
<script type="module" src="/x.js"></script><section hidden><p>Werkzeug</p></section>
<ul><li><input type="checkbox" id="c1"><label for="c1">Eingang prüfen (§ 81 Abs. 4 AufenthG)</label></li></ul>
<div data-pagefind-ignore><p>Nicht im Index</p></div>${extra}</main><footer>Fuß</footer></body></html>`;

test('a page marked for search is read with its facets and its visible text only', () => {
  const p = readPage(page(), '/checklisten/x/', selectorMatcher(EXCLUDE_SELECTORS))!;
  assert.deepEqual(p.facets, facets);
  assert.match(p.text, /Aufenthaltserlaubnis verlängern Kurz & bündig\. .*Eingang prüfen \(§ 81 Abs\. 4 AufenthG\)/);
  assert.doesNotMatch(p.text, /Werkzeug|Nicht im Index|Kopf|Fuß/);
  assert.equal(readPage('<main><p>x</p></main>', '/a/'), undefined);
});

test('compounds get split marks that rejoin to the word', () => {
  assert.equal(markWord('Aufenthaltserlaubnis', decompounder), `Aufenthalts${SPLIT_MARK}erlaubnis`);
  assert.equal(markWord('Erlaubnis', decompounder), 'Erlaubnis');
});

test('the document for Pagefind has marked compounds, filters and metadata it can read, weights, and labels as spans', () => {
  const p = readPage(page(), '/checklisten/x/')!;
  const doc = indexDocument(p, decompounder, [{ abbr: 'AufenthG', slug: 'aufenthg_2004', unit: '§' }]);
  assert.match(doc, /<h1 data-pagefind-weight="10">Aufenthalts\u00AD-erlaubnis verlängern<\/h1>/);
  assert.match(doc, /<p data-pagefind-weight="5" class="lead">/);
  assert.match(
    doc,
    /<div data-pagefind-ignore><span data-pagefind-filter="typ">Checkliste<\/span><span data-pagefind-filter="status">aktuell<\/span><span data-pagefind-meta="fassung">v2<\/span>/,
  );
  assert.match(doc, /<span data-pagefind-meta="zitate">qq81qaufenthgq qq81qaufenthgq4q<\/span>/);
  assert.match(doc, /<span for="c1">Eingang prüfen/);
  assert.doesNotMatch(doc, /<label|data-pagefind-ignore="all"|Kopf|Fuß/);
});

test('citations in the text become search words for every provision', () => {
  assert.deepEqual(citationTokens('nach §§ 25a, 25b AufenthG', [{ abbr: 'AufenthG', slug: 'aufenthg_2004', unit: '§' }]), [
    'qq25aqaufenthgq',
    'qq25bqaufenthgq',
  ]);
});

test('a version shown at two URLs is indexed once, under the URL its facets name', () => {
  const p = (url: string, own: string) => ({ url, facets: { ...facets, url: own }, main: [], text: '' });
  const kept = uniqueVersions([
    p('/checklisten/x/', '/checklisten/x/'),
    p('/checklisten/x/v2/', '/checklisten/x/'),
    p('/checklisten/x/v1/', '/checklisten/x/v1/'),
  ]);
  assert.deepEqual(
    kept.map((k) => k.url),
    ['/checklisten/x/', '/checklisten/x/v1/'],
  );
  assert.equal(urlOf('checklisten/x/index.html'), '/checklisten/x/');
});
