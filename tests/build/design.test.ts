/**
 * Issue #17 in the built site: the typography of legal German reached every page (content and
 * interface), the one stylesheet stays light, KERN's fonts are served from the site, and the
 * side navigation does not grow with the corpus.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtSite, sitePath } from '../support/reliability-sites.ts';
import { SIBLING_LIMIT } from '../../src/site/siblings.ts';

const dist = sitePath('seed');
let pages: { url: string; html: string }[] = [];

/** What a reader sees: text between tags and readable attributes, without scripts, styles and code. */
function readable(html: string): string {
  const text = html
    .replace(/<(script|style|code|pre|kbd|samp|textarea)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*?\b(?:title|alt|aria-label|placeholder)="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ');
  return text.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

before(() => {
  builtSite('seed');
  pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    // The browser editor (Decap CMS) is an application with its own stylesheet, not a site page.
    .filter((rel) => rel.endsWith('.html') && !rel.startsWith('redaktion/editor/'))
    .map((rel) => ({ url: `/${rel.replace(/index\.html$/, '')}`, html: readFileSync(join(dist, rel), 'utf8') }));
});

test('no "§", "Abs.", "Nr." or "Art." is followed by an ordinary space on any page', () => {
  assert.ok(pages.length > 100);
  const found: string[] = [];
  for (const page of pages) {
    for (const m of readable(page.html).matchAll(/(?<![\p{L}])(?:§§?|Abs\.|Nr\.|Art\.) (?=[\p{N}IVX])/gu)) {
      found.push(`${page.url}: …${readable(page.html).slice(Math.max(0, m.index - 30), m.index + 12)}…`);
      break;
    }
  }
  assert.deepEqual(found.slice(0, 10), []);
  // And the no-break spaces are really there, in content and interface text.
  const checklist = pages.find((p) => p.url === '/checklisten/einbuergerung-antrag/')!;
  assert.match(checklist.html, /<h1>Einbürgerungsantrag prüfen \(§\u00a010 StAG\)<\/h1>/);
  assert.match(checklist.html, /<title>Einbürgerungsantrag prüfen \(§\u00a010 StAG\)/);
});

test('an amount keeps its € sign, German quotes replace straight ones', () => {
  const text = pages.map((p) => readable(p.html)).join('\n');
  assert.doesNotMatch(text, /\d €/);
  assert.match(text, /\d\u00a0€/);
  assert.doesNotMatch(text, /(?<![=\w])"[\p{L}][^"<>\n]{0,40}"(?![\w-]*=)/u);
});

test('every page loads the same stylesheet, at most 25 KB compressed, with KERN and Lotse inside', () => {
  const hrefs = new Set(pages.map((p) => /<link rel="stylesheet" href="([^"]+)"/.exec(p.html)?.[1]));
  assert.equal(hrefs.size, 1);
  const css = readFileSync(join(dist, [...hrefs][0]!), 'utf8');
  const gz = gzipSync(css, { level: 9 }).length;
  assert.ok(gz <= 25 * 1024, `${gz} Bytes gzip`);
  assert.match(css, /--kern-color-layout-text-default/);
  assert.match(css, /\.kern-badge--success,[^{]*\.badge-current/);
  assert.match(css, /prefers-color-scheme:\s*dark/);
});

test('every KERN token the stylesheet reads is defined in it, and the unread ones are gone (src/styles/prune-tokens.ts)', () => {
  const css = readFileSync(join(dist, /<link rel="stylesheet" href="([^"]+)"/.exec(pages[0]!.html)![1]!), 'utf8');
  const defined = new Set([...css.matchAll(/(--kern-[\w-]+)\s*:/g)].map((m) => m[1]));
  const read = new Set([...css.matchAll(/var\(\s*(--kern-[\w-]+)/g)].map((m) => m[1]));
  assert.ok(read.size > 50, `${read.size} gelesene Tokens`);
  assert.deepEqual(
    [...read].filter((name) => !defined.has(name)),
    [],
  );
  // KERN defines about 540; without the pruning every one of them would be here.
  assert.ok(defined.size < 400, `${defined.size} definierte Tokens`);
});

test("KERN's Fira Sans comes from the site: at most 3 font files, font-display swap", () => {
  const css = readFileSync(join(dist, /<link rel="stylesheet" href="([^"]+)"/.exec(pages[0]!.html)![1]!), 'utf8');
  const fonts = [...new Set([...css.matchAll(/url\(([^)]+\.woff2)\)/g)].map((m) => m[1]!.replace(/["']/g, '')))];
  assert.ok(fonts.length >= 1 && fonts.length <= 3, fonts.join(', '));
  for (const font of fonts) assert.ok(readFileSync(join(dist, font)).length < 60_000, font);
  assert.equal((css.match(/@font-face/g) ?? []).length, fonts.length);
  assert.equal((css.match(/font-display:\s*swap/g) ?? []).length, fonts.length);
  assert.doesNotMatch(css, /url\(["']?https?:/);
});

test('the side navigation lists at most a few siblings and links to the full team list', () => {
  const docPages = pages.filter((p) => /^\/(checklisten|leitfaeden)\/[a-z0-9-]+\/$/.test(p.url));
  assert.ok(docPages.length > 10);
  let withSiblings = 0;
  for (const page of docPages) {
    const nav = /<nav class="side-nav sibling-nav"[\s\S]*?<\/nav>/.exec(page.html)?.[0];
    if (!nav) continue;
    withSiblings += 1;
    const items = (nav.match(/<li>/g) ?? []).length;
    assert.ok(items <= SIBLING_LIMIT, `${page.url}: ${items}`);
    assert.match(nav, /aria-current="page"/, page.url);
  }
  assert.ok(withSiblings > 5);
});

test('the key hint "/" is not part of the search field\'s placeholder (touch devices hide the hint)', () => {
  const home = pages.find((p) => p.url === '/')!.html;
  assert.match(home, /placeholder="Suchen"/);
  assert.match(home, /<kbd class="key-hint" aria-hidden="true"/);
});
