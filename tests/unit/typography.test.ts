import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToHtml } from 'satteri';
import { germanTypography, NBSP, typesetHtml } from '../../src/typography/german.ts';
import { typography } from '../../src/markdown/typography.ts';
import { typesetPages } from '../../src/typography/stage.ts';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countOf } from '../../src/typography/wording.ts';

const show = (s: string) => s.replaceAll(NBSP, '~');

test('no-break space after §, §§, Art., Abs., Nr., S. when a number follows', () => {
  assert.equal(
    show(germanTypography('§ 81 Abs. 4 AufenthG, §§ 53 ff., Art. 6 GG, Nr. 3, S. 2, § IV')),
    '§~81 Abs.~4 AufenthG, §§~53 ff., Art.~6 GG, Nr.~3, S.~2, §~IV',
  );
  assert.equal(germanTypography('Abs. der Norm'), 'Abs. der Norm');
});

test('no-break space between a number and its unit or currency', () => {
  assert.equal(show(germanTypography('45.300 € und 96 EUR, 12 Monate, 3 %, 5 Jahren')), '45.300~€ und 96~EUR, 12~Monate, 3~%, 5~Jahren');
  assert.equal(germanTypography('2 Monatsraten'), '2 Monatsraten');
});

test('German quotation marks and dates in one form', () => {
  assert.equal(germanTypography('die "Turbo-Einbürgerung" am 2026-06-12'), 'die „Turbo-Einbürgerung“ am 12.06.2026');
});

test('typesetHtml changes text and readable attributes, never code, scripts or data attributes', () => {
  const html =
    '<p title="§ 10 StAG" data-norm="StAG § 10">§ 10 &quot;x&quot; <code>§ 11</code></p><script type="application/json">{"a":"§ 1"}</script><textarea>§ 2</textarea>';
  assert.equal(
    show(typesetHtml(html)),
    '<p title="§~10 StAG" data-norm="StAG § 10">§~10 „x“ <code>§ 11</code></p><script type="application/json">{"a":"§ 1"}</script><textarea>§ 2</textarea>',
  );
});

test('typesetHtml leaves a page without candidates as it is and changes only what it must', () => {
  const plain = '<!doctype html><html lang="de"><head><title>Leitfäden</title></head><body><p class="x">Ohne Zahlen</p></body></html>';
  assert.equal(typesetHtml(plain), plain);
  const meta = '<meta name="description" content="nach § 5 Abs. 1"><img alt="Art. 6 GG" src="/a1.png"><p>am 2026-06-12</p><pre>§ 3</pre><p>§ 4</p>';
  assert.equal(
    show(typesetHtml(meta)),
    '<meta name="description" content="nach §~5 Abs.~1"><img alt="Art.~6 GG" src="/a1.png"><p>am 12.06.2026</p><pre>§ 3</pre><p>§~4</p>',
  );
});

test('the build stage typesets every HTML page in place and leaves data files and untouched pages alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-typography-'));
  try {
    mkdirSync(join(dir, 'leitfaeden', 'x'), { recursive: true });
    writeFileSync(join(dir, 'leitfaeden', 'x', 'index.html'), '<h1>§ 81 AufenthG</h1>');
    writeFileSync(join(dir, 'index.html'), '<h1>Lotse</h1>');
    writeFileSync(join(dir, 'daten.json'), '{"title":"§ 81 AufenthG"}');
    const before = statSync(join(dir, 'index.html')).mtimeMs;
    assert.equal(await typesetPages(dir), 1);
    assert.equal(show(readFileSync(join(dir, 'leitfaeden', 'x', 'index.html'), 'utf8')), '<h1>§~81 AufenthG</h1>');
    assert.equal(readFileSync(join(dir, 'daten.json'), 'utf8'), '{"title":"§ 81 AufenthG"}');
    assert.equal(statSync(join(dir, 'index.html')).mtimeMs, before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with many pages a worker thread typesets every other one: all pages end up typeset', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-typography-'));
  try {
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `${i}.html`), `<p>§ ${i} StAG</p>`);
    assert.equal(await typesetPages(dir, { parallelFrom: 2 }), 6);
    for (let i = 0; i < 6; i++) assert.equal(show(readFileSync(join(dir, `${i}.html`), 'utf8')), `<p>§~${i} StAG</p>`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the Sätteri plugin typesets content text, leaves code alone and records that it ran', () => {
  const { html, data } = markdownToHtml('Nach § 81 Abs. 4 AufenthG: 96 €. `§ 1`', { hastPlugins: [typography()] });
  assert.equal(show(html), '<p>Nach §~81 Abs.~4 AufenthG: 96~€. <code>§ 1</code></p>\n');
  assert.equal(data.lotseTypography, 1);
  assert.equal(markdownToHtml('Nichts zu tun.', { hastPlugins: [typography()] }).data.lotseTypography, 0);
});

test('counts take the right noun form', () => {
  assert.equal(show(countOf(1, 'Warnung', 'Warnungen')), '1~Warnung');
  assert.equal(show(countOf(2, 'Warnung', 'Warnungen')), '2~Warnungen');
});
