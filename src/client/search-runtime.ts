/**
 * Loads the search once per page, on demand: Pagefind's script and WebAssembly from /pagefind/,
 * the glossary and laws from /suche/lexikon.json, and spelling word lists only when a word of a
 * query finds nothing. Everything comes from the site itself.
 */
import { SearchEngine, type PagefindApi } from '../search/engine.ts';
import type { Lexicon } from '../search/lexicon.ts';
import { parseVocabulary, type VocabularyWord } from '../search/spelling.ts';

export const PAGEFIND_OPTIONS = {
  excerptLength: 26,
  ranking: {
    // Metadata fields are searchable; only the title and the legal basis should lift a page.
    metaWeights: { title: 5, rechtsgrundlage: 2, zitate: 1, typ: 0.5, team: 0.5, gueltigkeit: 0, fassung: 0, status: 0 },
  },
};

let engine: Promise<SearchEngine> | undefined;
let pagefind: (PagefindApi & { preload(term: string, options?: object): Promise<void> }) | undefined;

export function loadSearch(): Promise<SearchEngine> {
  engine ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    const [pf, lexicon] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<PagefindApi & { options(o: object): Promise<void>; init(): Promise<void>; preload(term: string, options?: object): Promise<void> }>,
      fetch('/suche/lexikon.json').then((r) => (r.ok ? (r.json() as Promise<Lexicon>) : { laws: [], glossary: [] })),
    ]);
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    pagefind = pf;
    const lists = new Map<number, Promise<VocabularyWord[]>>();
    const vocabulary = (length: number) => {
      let list = lists.get(length);
      if (!list) {
        list = fetch(`/suche/woerter/${length}.txt`).then((r) => (r.ok ? r.text() : '')).then(parseVocabulary);
        lists.set(length, list);
      }
      return list;
    };
    return new SearchEngine(pf, lexicon, vocabulary);
  })();
  return engine;
}

/** Starts fetching the index chunks for what is being typed (no search is run). */
export function preload(term: string): void {
  if (pagefind && term.trim().length >= 2) void pagefind.preload(term).catch(() => undefined);
}
