/**
 * /api/suchindex.json: the retrieval export for the office's planned chatbot (format in
 * docs/suchindex.md). A serialized lunr index over passages plus the passages themselves with
 * reference, version, validity and URL, so that a client can search without this site's code
 * and answer with the version that applied on a given day. Written by the index stage.
 */
import type { SearchCorpus } from './corpus.ts';
import { FIELDS } from './corpus.ts';

export const FORMAT = 'lotse-suchindex';
export const FORMAT_VERSION = 1;

export function suchindex(corpus: SearchCorpus, date: string, site: string) {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    generated: date,
    site,
    language: 'de',
    analysis: {
      library: 'lunr 2.3.9 + lunr-languages 1.x (de)',
      indexPipeline: ['trimmer-de', 'stopWordFilter-de', 'lotse-decompound', 'stemmer-de'],
      searchPipeline: ['stemmer-de'],
      fields: Object.fromEntries(FIELDS.map((f) => [f.name, f.boost])),
      ref: 'passages[].id',
    },
    index: corpus.index.json,
    passages: corpus.passages,
  };
}
