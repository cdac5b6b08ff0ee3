/**
 * Comparisons between two versions of a document: which pairs exist (every older/newer pair,
 * `v1-v3`) and the comparison itself, item by item for checklists, block by block and word by
 * word for guidelines. Works on the MDX sources, so it needs no rendered HTML.
 */
import type { DocVersion, VersionedDoc } from '../model/types.ts';
import { compareChecklistSources, type ChecklistComparison } from './checklist-diff.ts';
import { compareGuidelineSources, type GuidelineComparison } from './guideline-diff.ts';

export type Comparison = { kind: 'checklist'; result: ChecklistComparison } | { kind: 'guideline'; result: GuidelineComparison };

export function pairName(from: number, to: number): string {
  return `v${from}-v${to}`;
}

/** Every pair of versions, older first: n·(n−1)/2 per document (3 for three versions). */
export function versionPairs(doc: VersionedDoc): { from: DocVersion; to: DocVersion; pair: string }[] {
  const pairs: { from: DocVersion; to: DocVersion; pair: string }[] = [];
  doc.versions.forEach((from, i) => doc.versions.slice(i + 1).forEach((to) => pairs.push({ from, to, pair: pairName(from.version, to.version) })));
  return pairs;
}

export function compareVersions(doc: VersionedDoc, from: DocVersion, to: DocVersion): Comparison {
  return doc.kind === 'checklist'
    ? { kind: 'checklist', result: compareChecklistSources(from.body, to.body) }
    : { kind: 'guideline', result: compareGuidelineSources(from.body, to.body) };
}

/** "2 Punkte neu, 1 entfernt, 3 geändert" – the summary line of a comparison. */
export function countsText(comparison: Comparison): string {
  const c = comparison.result.counts;
  const unit = comparison.kind === 'checklist' ? ['Punkt', 'Punkte'] : ['Absatz', 'Absätze'];
  const parts = [
    c.added && `${c.added} ${c.added === 1 ? unit[0] : unit[1]} neu`,
    c.removed && `${c.removed} entfernt`,
    c.changed && `${c.changed} geändert`,
    c.moved && `${c.moved} verschoben`,
  ].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return 'Keine inhaltlichen Unterschiede im Text.';
  return `${parts.join(', ')}; ${c.same} unverändert.`;
}
