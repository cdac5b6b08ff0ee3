/** /suche/lexikon.json: laws and glossary for the search in the browser (src/search/analysis/lexicon.ts). */
import { getSiteModel } from '../../site/model';
import { buildLexicon } from '../../search/analysis/lexicon';

export function GET(): Response {
  return new Response(JSON.stringify(buildLexicon(getSiteModel())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
