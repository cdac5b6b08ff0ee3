/**
 * The part of the index stage that needs only the content set, not the rendered pages:
 *
 * 1. the word counts of the content set (with the law word list: the compound splitter's
 *    dictionary),
 * 2. the lunr corpus (corpus.ts), the related documents (related.ts) and the retrieval export
 *    /api/suchindex.json (suchindex.ts).
 *
 * `npm run build` starts it as soon as the content is validated, while Astro renders the pages
 * in its own process (src/cli/build.ts): on two cores it then costs almost no wall time.
 * The words are counted in the text the pages show (title, summary, body as plain text, module
 * titles and tasks of tracks, glossary terms), once per published version.
 */
import type { ContentSet } from '../../model/types.ts';
import { plainText } from '../../site/plain-text.ts';
import { buildCorpus } from './corpus.ts';
import { Decompounder } from './decompound.ts';
import { lawWordList } from './dictionary.ts';
import { noPause, type Pace } from './pace.ts';
import { computeRelated, type RelatedDocument } from './related.ts';
import { suchindex } from './suchindex.ts';
import { lawRefs } from '../../model/citation-check.ts';
import { countWords, mergeWordCounts, type WordCounts } from './wordlist.ts';

export interface SearchPreparation {
  /** Words of the content set (without the law word list): the spelling vocabulary. */
  siteWords: WordCounts;
  decompounder: Decompounder;
  related: Map<string, RelatedDocument[]>;
  /** /api/suchindex.json, serialized. */
  suchindex: string;
}

/** The readable text of every published version, briefing and track, once each. */
export function* publishedTexts(content: ContentSet): Generator<string> {
  for (const doc of [...content.checklists, ...content.guidelines]) {
    for (const v of doc.versions) yield `${v.data.title}\n\n${v.data.summary}\n\n${plainText(v.body)}`;
  }
  for (const item of content.briefings) yield `${item.data.title}\n\n${item.data.summary}\n\n${plainText(item.body)}`;
  for (const item of content.tracks) {
    const modules = item.data.modules.map((m) => [m.title, ...(m.tasks ?? [])].join('\n\n'));
    yield [item.data.title, item.data.summary, plainText(item.body), ...modules].join('\n\n');
  }
  for (const e of content.glossary) yield [e.term, ...(e.abbr ?? []), ...(e.synonyms ?? [])].join(' ');
}

export function siteWordCounts(content: ContentSet): WordCounts {
  const words: WordCounts = new Map();
  for (const text of publishedTexts(content)) countWords(text, words);
  return words;
}

export async function prepareSearch(content: ContentSet, date: string, pace: Pace = noPause): Promise<SearchPreparation> {
  const siteWords = siteWordCounts(content);
  const decompounder = new Decompounder(mergeWordCounts(lawWordList(), siteWords));
  await pace();
  const corpus = await buildCorpus(content, date, decompounder, pace);
  const related = await computeRelated(corpus, undefined, pace);
  const lexicon = {
    laws: lawRefs(content.laws),
    glossary: content.glossary.map((e) => ({
      term: e.term,
      abbr: e.abbr ?? [],
      synonyms: e.synonyms ?? [],
      ...(e.see && e.see.length > 0 ? { see: e.see.map((ref) => ref.split('@')[0]) } : {}),
    })),
  };
  return { siteWords, decompounder, related, suchindex: JSON.stringify(suchindex(corpus, date, content.site.name, lexicon)) };
}
