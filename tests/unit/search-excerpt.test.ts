import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationExcerpt, cleanText, tidyExcerpt } from '../../src/search/browser/excerpt.ts';

test('split marks of the index never reach the reader', () => {
  assert.equal(cleanText('Aufenthalts\u00AD-erlaubnis und Chancen-Karte'), 'Aufenthaltserlaubnis und Chancen-Karte');
});

test('marks cover the word, not its punctuation, and umlauts stay intact', () => {
  assert.equal(tidyExcerpt('Antrag auf <mark>Einbürgerungs\u00AD-zusicherung.</mark> Dann'), 'Antrag auf <mark>Einbürgerungszusicherung</mark>. Dann');
  assert.equal(tidyExcerpt('(<mark>„Duldung“,</mark>)'), '(„<mark>Duldung</mark>“,)');
});

test('a citation excerpt marks the cited provision and escapes the text', () => {
  const content = 'Vorher: Ein Antrag <b> stellt. Der Titel gilt fort (§ 81 Abs. 4 Satz 1 AufenthG), bis die Behörde entscheidet.';
  const html = citationExcerpt(content, [{ law: 'AufenthG', unit: '§', paragraph: '81', absatz: '4' }])!;
  assert.match(html, /<mark>§ 81 Abs\. 4 Satz 1 AufenthG<\/mark>/);
  assert.match(html, /&lt;b&gt;/);
  assert.equal(citationExcerpt('Kein Zitat hier.', [{ law: 'AufenthG', unit: '§', paragraph: '81' }]), undefined);
});

test('§ 8 is not marked where only § 81 is cited', () => {
  assert.equal(citationExcerpt('Siehe § 81 AufenthG.', [{ law: 'AufenthG', unit: '§', paragraph: '8' }]), undefined);
});
