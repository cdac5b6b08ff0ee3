/**
 * Loads the search once per page, on demand: Pagefind's script and WebAssembly from /pagefind/,
 * the glossary and laws from /suche/lexikon.json, and spelling word lists only when a word of a
 * query finds nothing. Everything comes from the site itself.
 */
import { SearchEngine, type PagefindApi } from '../../search/browser/engine.ts';
import type { Lexicon } from '../../search/analysis/lexicon.ts';
import { parseVocabulary, type VocabularyWord } from '../../search/analysis/spelling.ts';
import { isFiller } from '../../search/analysis/filler.ts';

export const PAGEFIND_OPTIONS = {
  excerptLength: 26,
  ranking: {
    // Words close to the query word outrank long extensions of it ("Einbürgerung" before
    // "Einbürgerungsvoraussetzungen"); measured with tests/search (recall@5).
    termSimilarity: 2,
    // Metadata fields are searchable; only the title and the legal basis should lift a page.
    metaWeights: { title: 5, rechtsgrundlage: 2, zitate: 1, typ: 0.5, team: 0.5, gueltigkeit: 0, fassung: 0, status: 0, art: 0, von: 0, bis: 0 },
  },
};

type PagefindModule = PagefindApi & {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: object): Promise<void>;
  createInstance(o?: object): PagefindApi & { options(o: object): Promise<void>; mergeIndex(path: string): Promise<void> };
};

let engine: Promise<SearchEngine> | undefined;
let pagefind: PagefindModule | undefined;
let laws: string[] = [];

/** Law abbreviations of the site, once the lexicon is loaded (for typing.ts). */
export function lawAbbreviations(): string[] {
  return laws;
}

/** Superseded versions are a bundle of their own; a second instance merges it in when asked. */
function withSuperseded(pf: PagefindModule): () => Promise<PagefindApi> {
  let instance: Promise<PagefindApi> | undefined;
  return () => {
    instance ??= (async () => {
      const all = pf.createInstance();
      await all.options(PAGEFIND_OPTIONS);
      const entry = await fetch('/pagefind/frueher/pagefind-entry.json').catch(() => undefined);
      if (entry?.ok) await all.mergeIndex('/pagefind/frueher/');
      return all;
    })();
    return instance;
  };
}

export function loadSearch(): Promise<SearchEngine> {
  engine ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const [pf, lexicon] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<PagefindModule>,
      fetch('/suche/lexikon.json').then((r) => (r.ok ? (r.json() as Promise<Lexicon>) : { laws: [], glossary: [] })),
    ]);
    laws = lexicon.laws.map((l) => l.abbr);
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    pagefind = pf;
    const lists = new Map<number, Promise<VocabularyWord[]>>();
    const vocabulary = (length: number) => {
      let list = lists.get(length);
      if (!list) {
        list = fetch(`/suche/woerter/${length}.txt`)
          .then((r) => (r.ok ? r.text() : ''))
          .then(parseVocabulary);
        lists.set(length, list);
      }
      return list;
    };
    return new SearchEngine(pf, lexicon, vocabulary, withSuperseded(pf));
  })();
  return engine;
}

/** Starts fetching the index chunks for what is being typed (no search is run). */
export function preload(term: string): void {
  // Short prefixes would fetch index chunks for words the query will not end up with.
  // Question words and filler are never searched (query.ts drops them): their chunks are not fetched.
  const meaningful = term
    .trim()
    .split(/\s+/)
    .filter((w, i, all) => i === all.length - 1 || !isFiller(w.replace(/[?!.,;:]+$/, '')))
    .join(' ');
  if (pagefind && meaningful.length >= 4 && !isFiller(meaningful)) void pagefind.preload(meaningful).catch(() => undefined);
}
