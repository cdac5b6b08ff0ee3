/**
 * "Verwandte Dokumente": for each document, the documents most similar to it, from the lunr
 * index of the retrieval corpus (corpus.ts, same German analysis as the search). O(n·k): a
 * document is described by its k most characteristic terms (tf·idf over the passages of its
 * current version); only the postings of those terms are read, and a candidate scores the sum of
 * the weights of the terms it shares. Computed for all documents at once in the index stage.
 */
import type { DocumentEntry, SearchCorpus } from './corpus.ts';
import { noPause, type Pace } from './pace.ts';

export const TERMS = 12;
export const SHOWN = 5;
/** Terms in more passages than this say little about a document and cost the most to follow. */
export const MAX_POSTINGS = 300;

export interface RelatedDocument {
  reference: string;
  title: string;
  url: string;
  type: DocumentEntry['type'];
}

/** The k terms that characterise a document: frequent in it, rare elsewhere, shared with others. */
export function characteristicTerms(corpus: SearchCorpus, passageIds: readonly string[], k = TERMS): [string, number][] {
  const tf = new Map<string, number>();
  for (const id of passageIds) for (const [term, n] of corpus.index.termsOf(id)) tf.set(term, (tf.get(term) ?? 0) + n);
  const total = corpus.passages.length;
  const scored: [string, number][] = [];
  for (const [term, n] of tf) {
    if (term.length < 3 || /\d/.test(term)) continue;
    const df = corpus.index.documentFrequency(term);
    if (df <= passageIds.length || df > Math.min(total / 4, MAX_POSTINGS)) continue;
    scored.push([term, (1 + Math.log(n)) * Math.log(total / df)]);
  }
  return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
}

export async function computeRelated(corpus: SearchCorpus, shown = SHOWN, pace: Pace = noPause): Promise<Map<string, RelatedDocument[]>> {
  const refOf = new Map(corpus.passages.map((p) => [p.id, p.reference]));
  const out = new Map<string, RelatedDocument[]>();
  for (const doc of corpus.documents.values()) {
    const scores = new Map<string, number>();
    for (const [term, weight] of characteristicTerms(corpus, doc.current)) {
      const docs = new Set<string>();
      for (const passage of corpus.index.postings(term)) {
        const ref = refOf.get(passage);
        if (ref && ref !== doc.reference) docs.add(ref);
      }
      for (const ref of docs) scores.set(ref, (scores.get(ref) ?? 0) + weight);
    }
    const related = [...scores]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, shown)
      .flatMap(([ref]) => {
        const d = corpus.documents.get(ref);
        return d ? [{ reference: d.reference, title: d.title, url: d.url, type: d.type }] : [];
      });
    out.set(doc.reference, related);
    await pace();
  }
  return out;
}
