/**
 * Block-by-block comparison of two guideline versions, word by word inside changed blocks.
 */
import { align, type AlignKind } from './align.ts';
import { guidelineBlocks, type Block } from './guideline-blocks.ts';
import type { ChangeCounts } from './checklist-diff.ts';
import { similarity, wordDiff, type Part } from './word-diff.ts';

export interface BlockChange {
  kind: AlignKind;
  /** The block as it reads in the newer version (the older one for removed blocks). */
  block: Block;
  parts: Part[];
}

export interface GuidelineComparison {
  blocks: BlockChange[];
  counts: ChangeCounts;
}

const BLOCK_THRESHOLD = 0.4;

export function compareGuidelineSources(before: string, after: string): GuidelineComparison {
  const pairs = align(guidelineBlocks(before), guidelineBlocks(after), {
    key: (b) => `${b.kind}${b.level}\u0000${b.text}`,
    similarity: (a, b) => (a.kind === b.kind || (a.kind !== 'heading' && b.kind !== 'heading') ? similarity(a.text, b.text) : 0),
    threshold: BLOCK_THRESHOLD,
  });
  const counts: ChangeCounts = { added: 0, removed: 0, changed: 0, moved: 0, same: 0 };
  const blocks = pairs.map((pair): BlockChange => {
    counts[pair.kind] += 1;
    if (pair.kind === 'changed') return { kind: 'changed', block: pair.after!, parts: wordDiff(pair.before!.text, pair.after!.text) };
    const block = (pair.after ?? pair.before)!;
    return { kind: pair.kind, block, parts: [{ type: pair.kind === 'added' ? 'ins' : pair.kind === 'removed' ? 'del' : 'same', text: block.text }] };
  });
  return { blocks, counts };
}
