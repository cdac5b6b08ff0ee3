import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillRelatedSlots, publishedPage, relatedSection } from '../../src/search/build/related-html.ts';

test('a slot is replaced by the list of related documents with type labels, escaped', () => {
  const html = '<main><div data-related-slot="checklists/a" hidden></div></main>';
  const out = fillRelatedSlots(html, () => [{ reference: 'guidelines/b', title: 'B & C', url: '/leitfaeden/b/', type: 'guideline' }])!;
  assert.match(
    out,
    /<section class="related-docs" aria-labelledby="verwandt-checklists-a" data-related data-pagefind-ignore><h2 id="verwandt-checklists-a">Verwandte Dokumente<\/h2><ul><li><a href="\/leitfaeden\/b\/">B &amp; C<\/a> <span class="meta">\(Leitfaden\)<\/span><\/li><\/ul><\/section>/,
  );
  assert.doesNotMatch(out, /data-related-slot/);
});

test('a slot without related documents disappears, and pages without slots are left alone', () => {
  assert.equal(
    fillRelatedSlots('<div data-related-slot="x" hidden=""></div><p>a</p>', () => []),
    '<p>a</p>',
  );
  assert.equal(
    fillRelatedSlots('<p>a</p>', () => []),
    undefined,
  );
  assert.equal(relatedSection('x', []), '');
});

test('the published page has its related documents and no search facets, everything else unchanged', () => {
  const indexed =
    '<main id="inhalt" data-pagefind-body data-search-facets="{&quot;ref&quot;:&quot;checklists/a&quot;}"><p>Text</p><div data-related-slot="checklists/a" hidden></div></main>';
  const related = new Map([['checklists/a', [{ reference: 'guidelines/b', title: 'B', url: '/leitfaeden/b/', type: 'guideline' as const }]]]);
  const out = publishedPage(indexed, related);
  assert.match(out, /^<main id="inhalt" data-pagefind-body><p>Text<\/p><section class="related-docs"/);
  assert.match(out, /href="\/leitfaeden\/b\/"/);
  assert.equal(publishedPage('<main><p>a</p></main>', new Map()), '<main><p>a</p></main>');
});
