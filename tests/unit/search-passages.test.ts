import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingAnchor, sections } from '../../src/search/build/passages.ts';

test('a body is cut at its ## and ### headings, with the anchors the site renders', () => {
  const s = sections('Einleitung.\n\n## Erlöschen, Widerruf und Rückkehr\n\n- [ ] Punkt **eins**\n\n### Duldungsgründe\n\nText.');
  assert.deepEqual(
    s.map((x) => [x.heading, x.anchor, x.text]),
    [
      ['', undefined, 'Einleitung.'],
      ['Erlöschen, Widerruf und Rückkehr', 'erlöschen-widerruf-und-rückkehr', '☐ Punkt eins'],
      ['Duldungsgründe', 'duldungsgründe', 'Text.'],
    ],
  );
  assert.equal(headingAnchor('Mitwirkung und Identität'), 'mitwirkung-und-identität');
});

test('repeated headings get numbered anchors, and long sections are cut at paragraph ends', () => {
  const long = Array.from({ length: 5 }, (_, i) => `Absatz ${i} ${'wort '.repeat(60)}`).join('\n\n');
  const s = sections(`## A\n\n${long}\n\n## A\n\nkurz`, 160);
  assert.ok(s.length >= 4);
  assert.ok(s.slice(0, -1).every((x) => x.text.split(/\s+/).length <= 160 || !x.text.includes('\n')));
  assert.equal(s.at(-1)!.anchor, 'a-1');
});

test('headings inside code blocks do not start a section', () => {
  assert.deepEqual(
    sections('## A\n\n```\n## kein Abschnitt\n```\n\nText.').map((x) => x.heading),
    ['A'],
  );
});
