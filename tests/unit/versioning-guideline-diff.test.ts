/** Word-by-word comparison of guideline blocks, on the wording of § 10 Abs. 1 Satz 1 and Abs. 3 StAG. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guidelineBlocks } from '../../src/versioning/guideline-blocks.ts';
import { compareGuidelineSources } from '../../src/versioning/guideline-diff.ts';
import type { Part } from '../../src/versioning/word-diff.ts';

const dir = join(import.meta.dirname, '../fixtures/valid/content/guidelines/einbuergerung-zehn-stag-wortlaut');
const body = (n: number) => readFileSync(join(dir, `v${n}.mdx`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const show = (parts: Part[]) => parts.map((p) => (p.type === 'same' ? p.text : p.type === 'ins' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('');

test('a guideline is split into headings, paragraphs, quotes, list items and table rows', () => {
  const blocks = guidelineBlocks(
    [
      '## Frist',
      '',
      'Seit **acht** Jahren',
      'rechtmäßig.',
      '',
      '> Zitat eins',
      '>',
      '> Zitat zwei',
      '',
      '- erstens',
      '- zweitens',
      '',
      '| Stufe | Frist |',
      '| --- | --- |',
      '| B 1 | 5 Jahre |',
      '',
      '```',
      'code',
      '```',
    ].join('\n'),
  );
  assert.deepEqual(
    blocks.map((b) => [b.kind, b.text]),
    [
      ['heading', 'Frist'],
      ['paragraph', 'Seit acht Jahren rechtmäßig.'],
      ['quote', 'Zitat eins'],
      ['quote', 'Zitat zwei'],
      ['item', 'erstens'],
      ['item', 'zweitens'],
      ['row', 'Stufe | Frist'],
      ['row', 'B 1 | 5 Jahre'],
      ['code', 'code'],
    ],
  );
});

test('§ 10 Abs. 1 Satz 1 StAG: "acht" becomes "fünf" and § 37 Absatz 1 becomes § 34 inside the quoted sentence', () => {
  const result = compareGuidelineSources(body(1), body(2));
  const sentence = result.blocks.find((b) => b.block.kind === 'quote' && b.kind === 'changed')!;
  assert.equal(
    show(sentence.parts),
    'Ein Ausländer, der seit [-acht-]{+fünf+} Jahren rechtmäßig seinen gewöhnlichen Aufenthalt im Inland hat und handlungsfähig nach [-§ 37 Absatz 1 Satz 1-]{+§ 34 Satz 1+} oder gesetzlich vertreten ist, ist auf Antrag einzubürgern, wenn seine Identität und Staatsangehörigkeit geklärt sind und er …',
  );
  assert.deepEqual(result.counts, { added: 0, removed: 0, changed: 3, moved: 0, same: 3 });
});

test('the old Abs. 3 (sieben/sechs Jahre) is compared with its successor inside the same block', () => {
  const result = compareGuidelineSources(body(1), body(2));
  const abs3 = result.blocks[3]!;
  assert.equal(abs3.kind, 'changed');
  const removedWords = abs3.parts
    .filter((p) => p.type === 'del')
    .map((p) => p.text)
    .join(' ');
  const addedWords = abs3.parts
    .filter((p) => p.type === 'ins')
    .map((p) => p.text)
    .join(' ');
  assert.match(removedWords, /sieben Jahre verkürzt/);
  assert.match(removedWords, /sechs/);
  assert.match(addedWords, /drei/);
});

test('from 30.10.2025 Abs. 3 reads "(weggefallen)": the old text is removed, the new one added', () => {
  const result = compareGuidelineSources(body(2), body(3));
  assert.deepEqual(
    result.blocks.filter((b) => b.kind !== 'same').map((b) => [b.kind, b.block.kind]),
    [
      ['removed', 'paragraph'],
      ['added', 'quote'],
      ['changed', 'paragraph'],
    ],
  );
  assert.equal(result.blocks.find((b) => b.kind === 'added')!.block.text, '(weggefallen)');
});

test('unchanged text compares as unchanged', () => {
  const result = compareGuidelineSources(body(3), body(3));
  assert.ok(result.blocks.every((b) => b.kind === 'same'));
});
