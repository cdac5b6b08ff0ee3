/**
 * Build stage "index": everything search needs from the rendered site, in one pass.
 *
 * 1. Take the search preparation (prepare.ts: compound splitter, lunr corpus, related documents,
 *    /api/suchindex.json), which `npm run build` computes from the content set while Astro
 *    renders; without one, compute it here.
 * 2. Read the pages marked for search (data-pagefind-body): their text and facets.
 * 3. Hand Pagefind a marked copy of each page (index-html.ts); Pagefind indexes in its own process.
 * 4. Meanwhile fill the "Verwandte Dokumente" slots of the pages, drop their search facets
 *    (index-only data) and write the spelling word lists /suche/woerter/<length>.txt; then /pagefind/ (superseded versions in /pagefind/frueher/).
 *
 * With the build's content set (StageContext) only the document pages are read; without it the
 * whole output folder is searched for marked pages and the content is loaded again.
 */
import * as pagefind from 'pagefind';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildDate, contentRoot, includeDrafts, searchTimings } from '../../config/env.ts';
import type { ContentSet } from '../../model/types.ts';
import { validateContent } from '../../model/validate.ts';
import { docUrl, versionUrl } from '../../site/urls.ts';
import { STATUS_LABEL } from './pagefind.ts';
import { indexDocument, readPage, selectorMatcher, type IndexablePage } from './index-html.ts';
import type { Lexicon } from '../analysis/lexicon.ts';
import { publishedPage } from './related-html.ts';
import { pacer } from './pace.ts';
import { prepareSearch, type SearchPreparation } from './prepare.ts';
import { writeVocabulary } from './spelling-vocabulary.ts';
import { bundleSucheModule } from './suche-bundle.ts';

/**
 * Parts of pages that are not content: labels, notices and lists repeated from elsewhere, and
 * any interface (hidden panels, buttons, forms, navigation, print-only lines, live status).
 * Only elements with an end tag: Pagefind would ignore everything after an excluded void
 * element such as <input>.
 */
export const EXCLUDE_SELECTORS = [
  '.doc-kind',
  '.validity-line',
  '[data-notice]',
  '.doc-facts',
  '.history',
  '.toc',
  '[data-related]',
  '[hidden]',
  '.print-only',
  'nav',
  'button',
  'form',
  'progress',
  'textarea',
  'select',
  '[role="status"]',
  '[data-module-count]',
  'script',
  'template',
];

export interface IndexContext {
  content: ContentSet;
  date: string;
  /** Computed from the content set while Astro rendered (src/cli/build.ts). */
  prepared?: Promise<SearchPreparation>;
}

const timings = searchTimings();
let last = performance.now();
function phase(name: string): void {
  if (timings) console.log(`  search: ${name} ${(performance.now() - last).toFixed(0)} ms`);
  last = performance.now();
}

export async function indexSite(outDir: string, context?: IndexContext): Promise<void> {
  last = performance.now();
  const ctx = context ?? loadContext();
  const prep = await (ctx.prepared ?? prepareSearch(ctx.content, ctx.date));
  phase('preparation (corpus, related, suchindex.json)');
  const lexicon = readLexicon(outDir);
  const sucheModule = bundleSucheModule();
  const excluded = selectorMatcher(EXCLUDE_SELECTORS);
  const files = context ? documentFiles(outDir, ctx) : [...htmlFiles(outDir)];
  const html = new Map<string, string>();
  const pages: IndexablePage[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const page = readPage(source, urlOf(relative(outDir, file)), excluded);
    if (!page) continue;
    html.set(file, source);
    pages.push(page);
  }
  const unique = uniqueVersions(pages);
  phase(`read ${pages.length} pages`);

  // Superseded versions get a bundle of their own (/pagefind/frueher/), merged in the browser only
  // when the reader asks for earlier versions: ordinary searches then need no status filter.
  const old = unique.filter((p) => p.facets?.filters.status?.includes(STATUS_LABEL.superseded));
  const current = unique.filter((p) => !old.includes(p));
  const config = { forceLanguage: 'de', excludeSelectors: EXCLUDE_SELECTORS };
  const [main, earlier] = await Promise.all([pagefind.createIndex(config), old.length > 0 ? pagefind.createIndex(config) : undefined]);
  if (!main.index || (earlier && !earlier.index)) throw new Error(`Pagefind: ${[...main.errors, ...(earlier?.errors ?? [])].join('; ')}`);
  try {
    // Pagefind indexes in its own process; pace() lets the pages flow to it while this process
    // marks the next ones and then fills the related-document slots.
    const pace = pacer();
    const adding: Promise<{ errors: string[] }>[] = [];
    for (const [index, list] of [
      [main.index, current],
      [earlier?.index, old],
    ] as const) {
      if (!index) continue;
      for (const page of list) {
        adding.push(index.addHTMLFile({ url: page.url, content: indexDocument(page, prep.decompounder, lexicon?.laws ?? []) }));
        await pace();
      }
    }
    phase('marked copies sent');
    mkdirSync(join(outDir, 'api'), { recursive: true });
    writeFileSync(join(outDir, 'api', 'suchindex.json'), prep.suchindex);
    writeFileSync(join(outDir, 'api', 'suche.mjs'), await sucheModule);
    for (const [file, source] of html) {
      writeFileSync(file, publishedPage(source, prep.related));
      await pace();
    }
    writeVocabulary(join(outDir, 'suche', 'woerter'), prep.siteWords, prep.decompounder);
    phase('suchindex.json, related slots, vocabulary');
    const failed = (await Promise.all(adding)).flatMap((a) => a.errors);
    if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`);
    phase('pagefind add (rest)');
    const written = await Promise.all([
      main.index.writeFiles({ outputPath: join(outDir, 'pagefind') }),
      ...(earlier?.index ? [earlier.index.writeFiles({ outputPath: join(outDir, 'pagefind', 'frueher') })] : []),
    ]);
    phase('pagefind write');
    const problems = written.flatMap((w) => w.errors);
    if (problems.length > 0) throw new Error(`Pagefind: ${problems.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

function loadContext(): IndexContext {
  const result = validateContent(contentRoot(), { includeDrafts: includeDrafts(), strict: false });
  return { content: result.content, date: buildDate() };
}

/** The pages that can carry search content: every document page and version page. */
function documentFiles(outDir: string, { content }: IndexContext): string[] {
  const urls: string[] = [];
  for (const doc of [...content.checklists, ...content.guidelines]) {
    urls.push(docUrl(doc.kind, doc.slug));
    for (const v of doc.versions) urls.push(versionUrl(doc.kind, doc.slug, v.version));
  }
  for (const item of [...content.briefings, ...content.tracks]) urls.push(docUrl(item.kind, item.slug));
  return urls.map((u) => join(outDir, u, 'index.html')).filter((f) => existsSync(f));
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') yield* htmlFiles(path);
    } else if (entry.name.endsWith('.html')) {
      yield path;
    }
  }
}

/** "checklisten/x/index.html" → "/checklisten/x/". */
export function urlOf(path: string): string {
  const slashed = `/${path.split(sep).join('/')}`;
  return slashed.endsWith('/index.html') ? slashed.slice(0, -'index.html'.length) : slashed;
}

/** Drops pages that show a version indexed under another URL (a copy of the current version). */
export function uniqueVersions(pages: IndexablePage[]): IndexablePage[] {
  const urls = new Set(pages.map((p) => p.url));
  return pages.filter((page) => !page.facets || page.facets.url === page.url || !urls.has(page.facets.url));
}

function readLexicon(outDir: string): Lexicon | undefined {
  const file = join(outDir, 'suche', 'lexikon.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Lexicon) : undefined;
}
