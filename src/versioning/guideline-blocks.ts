/**
 * Splits a guideline's MDX source into the blocks a reader sees: headings, paragraphs, list
 * items, quoted paragraphs, table rows and code blocks, each as plain text. Comparing block by
 * block (and word by word inside a changed block) keeps a one-word change from marking a whole
 * section as rewritten.
 *
 * ```md
 * ## Frist
 * Seit acht Jahren …
 * - erstens
 * | Stufe | Frist |
 * ```
 * → heading "Frist", paragraph "Seit acht Jahren …", item "erstens", row "Stufe | Frist"
 */
import { inlineText } from './checklist-source.ts';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'quote' | 'row' | 'code';

export interface Block {
  kind: BlockKind;
  /** Heading level (2 for `##`), 0 for other blocks. */
  level: number;
  text: string;
}

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const ROW = /^\s*\|(.*)\|?\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const FENCE = /^\s*(```|~~~)/;

export function guidelineBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let kind: BlockKind = 'paragraph';
  const flush = () => {
    const text = kind === 'code' ? lines.join('\n').trim() : inlineText(lines.join('\n'));
    if (text) blocks.push({ kind, level: 0, text });
    lines = [];
    kind = 'paragraph';
  };
  let fence: string | undefined;

  for (const line of source.split(/\r?\n/)) {
    if (fence) {
      if (line.trim().startsWith(fence)) {
        flush();
        fence = undefined;
      } else lines.push(line);
      continue;
    }
    const fenceStart = FENCE.exec(line);
    if (fenceStart) {
      flush();
      fence = fenceStart[1];
      kind = 'code';
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: (heading[1] ?? '').length, text: inlineText(heading[2] ?? '') });
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      if (kind !== 'quote') flush();
      kind = 'quote';
      // An empty quote line separates paragraphs inside the quote.
      if ((quote[1] ?? '').trim() === '') {
        flush();
        kind = 'quote';
      } else lines.push(quote[1] ?? '');
      continue;
    }
    if (ROW.test(line)) {
      flush();
      if (!TABLE_RULE.test(line)) blocks.push({ kind: 'row', level: 0, text: tableRow(line) });
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      flush();
      kind = 'item';
      lines.push(item[2] ?? '');
      continue;
    }
    if (kind === 'quote' || kind === 'code') flush();
    lines.push(line.trim());
  }
  flush();
  return blocks;
}

function tableRow(line: string): string {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => inlineText(cell))
    .join(' | ');
}
