/**
 * lunr with the German analysis of the site search: lunr-languages' German trimmer, stop words
 * and Snowball stemmer, plus the compound splitter (decompound.ts) so that "Erlaubnis" also
 * matches "Aufenthaltserlaubnis". Used at build time for "Verwandte Dokumente" (related.ts) and
 * the retrieval export /api/suchindex.json (suchindex.ts).
 *
 * Index pipeline:  trimmer-de → stopWordFilter-de → lotse-decompound → stemmer-de
 * Search pipeline: stemmer-de (as lunr-languages sets it), so a serialized index can be loaded
 * with lunr + lunr-languages alone.
 */
import { createRequire } from 'node:module';
import type lunrType from 'lunr';
import type { Decompounder } from './decompound.ts';

const require = createRequire(import.meta.url);

type Lunr = typeof lunrType & {
  de: lunrType.Builder.Plugin & { stemmer: lunrType.PipelineFunction; trimmer: lunrType.PipelineFunction; stopWordFilter: lunrType.PipelineFunction };
};

let loaded: Lunr | undefined;

/** lunr with lunr-languages' German registered (CommonJS modules, loaded once). */
export function germanLunr(): Lunr {
  if (loaded) return loaded;
  const lunr = require('lunr') as Lunr;
  require('lunr-languages/lunr.stemmer.support.js')(lunr);
  require('lunr-languages/lunr.de.js')(lunr);
  loaded = lunr;
  return lunr;
}

/** The German stemmer, remembered per word (a corpus repeats its words; stemming is the slow part). */
export function memoStemmer(lunr: Lunr): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    let stem = memo.get(word);
    if (stem === undefined) {
      stem = String((lunr.de.stemmer as (t: lunrType.Token) => lunrType.Token)(new lunr.Token(word, {})));
      memo.set(word, stem);
    }
    return stem;
  };
}

/**
 * The German pipelines with compound parts. Each part is added as an extra token beside its
 * compound, so a passage with "Aufenthaltserlaubnis" also has the terms "aufenthalt" and
 * "erlaubnis".
 */
export function germanPipelines(lunr: Lunr, decompounder: Decompounder): { pipeline: lunrType.Pipeline; searchPipeline: lunrType.Pipeline } {
  const stem = memoStemmer(lunr);
  const decompound = (token: lunrType.Token): lunrType.Token[] => {
    const parts = decompounder.parts(token.toString());
    return parts.length === 0 ? [token] : [token, ...parts.map((p) => token.clone(() => p))];
  };
  const stemmer = (token: lunrType.Token) => token.update((word) => stem(word));
  register(lunr, decompound, 'lotse-decompound');
  register(lunr, stemmer, 'lotse-stemmer-de');
  const pipeline = new lunr.Pipeline();
  pipeline.add(lunr.de.trimmer, lunr.de.stopWordFilter, decompound, stemmer);
  const searchPipeline = new lunr.Pipeline();
  searchPipeline.add(lunr.de.stemmer);
  return { pipeline, searchPipeline };
}

/** Plugin for a lunr.Builder with the pipelines above (what buildLunrIndex reproduces). */
export function germanWithCompounds(lunr: Lunr, decompounder: Decompounder) {
  const { pipeline, searchPipeline } = germanPipelines(lunr, decompounder);
  return function (this: lunrType.Builder) {
    this.pipeline = pipeline;
    this.searchPipeline = searchPipeline;
  };
}

/**
 * Labels an index-only function. lunr serializes only the search pipeline, which holds lunr-de's
 * own registered stemmer; the labels keep lunr from warning about unregistered functions.
 */
function register(lunr: Lunr, fn: lunrType.PipelineFunction, label: string): void {
  const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;
  (fn as { label?: string }).label = label;
  if (!registered[label]) registered[label] = fn;
}
