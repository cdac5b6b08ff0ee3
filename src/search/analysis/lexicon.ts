/**
 * What the browser needs to understand a query, taken from the content set at build time and
 * served as /suche/lexikon.json (loaded when the reader focuses a search field):
 * the laws (for citations such as "81 IV AufenthG") and the glossary (abbreviations, synonyms).
 * Nothing here is a list in code: a content set with another glossary gets other expansions.
 */
import { glossaryPages } from '../../briefings/glossary.ts';
import { lawRefs } from '../../model/citation-check.ts';
import type { LawRef } from '../../norms/types.ts';
import type { SiteModel } from '../../site/model.ts';
import { refUrl } from '../../site/urls.ts';

export interface LexiconEntry {
  term: string;
  abbr: string[];
  synonyms: string[];
  /** The entry on its glossary letter page: `/glossar/a/#begriff-aufenthaltserlaubnis`. */
  url: string;
  /** Documents the glossary points to ("see"). */
  see: { url: string; title: string }[];
}

export interface Lexicon {
  laws: LawRef[];
  glossary: LexiconEntry[];
}

export function buildLexicon(model: SiteModel): Lexicon {
  const titleOf = (ref: string): string => {
    const target = model.byRef.get(ref.split('@')[0]);
    if (!target) return ref;
    return 'versions' in target ? (target.versions.at(-1)?.data.title ?? ref) : target.data.title;
  };
  const { termUrl } = glossaryPages(model.content.glossary);
  return {
    laws: lawRefs(model.content.laws),
    glossary: model.content.glossary.map((e) => ({
      term: e.term,
      abbr: e.abbr ?? [],
      synonyms: e.synonyms ?? [],
      url: termUrl.get(e.term) ?? '/glossar/',
      see: (e.see ?? []).flatMap((ref) => {
        const url = refUrl(ref);
        return url ? [{ url, title: titleOf(ref) }] : [];
      }),
    })),
  };
}
