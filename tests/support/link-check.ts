/**
 * Link checker over a built dist/: every internal link, asset reference and `#anchor` must
 * resolve to a file and an element id that exist. External links are only counted (no request
 * leaves the machine), and only http(s), mailto and tel are allowed schemes.
 * Example problem: `/checklisten/pass/v2/: <a href="/leitfaeden/passpflicht/#frist"> – Anker
 * „frist“ fehlt auf /leitfaeden/passpflicht/`.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeElement, type SitePage } from './site-pages.ts';

export interface LinkProblem {
  page: string;
  href: string;
  element: string;
  problem: string;
}

export interface LinkCounts {
  pages: number;
  internal: number;
  anchors: number;
  assets: number;
  external: number;
}

const ORIGIN = 'http://lotse.invalid';
const REFERENCES: [selector: string, attribute: string, kind: 'link' | 'asset'][] = [
  ['a[href]', 'href', 'link'],
  ['area[href]', 'href', 'link'],
  ['form[action]', 'action', 'link'],
  ['link[href]', 'href', 'asset'],
  ['script[src]', 'src', 'asset'],
  ['img[src]', 'src', 'asset'],
  ['source[src]', 'src', 'asset'],
  ['iframe[src]', 'src', 'asset'],
];

/** Ids (and legacy `a[name]`) per page, for anchor checks. */
function anchorsOf(page: SitePage): Set<string> {
  const ids = new Set<string>();
  for (const el of page.root.querySelectorAll('[id], a[name]')) ids.add(el.id ?? el.getAttributeValue('name') ?? '');
  return ids;
}

/** The file a same-site path is served from, or why it cannot be. */
function fileFor(dist: string, pathname: string): { file?: string; problem?: string } {
  const path = decodeURIComponent(pathname);
  if (path.endsWith('/')) return existsSync(join(dist, path, 'index.html')) ? { file: join(path, 'index.html') } : { problem: `Seite ${path} gibt es nicht` };
  const abs = join(dist, path);
  if (existsSync(abs) && statSync(abs).isFile()) return { file: path };
  if (existsSync(join(abs, 'index.html'))) return { problem: `Link ohne abschließenden „/“ (die Seite heißt ${path}/)` };
  return { problem: `Datei ${path} gibt es nicht` };
}

export function checkLinks(dist: string, pages: SitePage[]): { problems: LinkProblem[]; counts: LinkCounts } {
  const anchors = new Map(pages.map((p) => [p.url, anchorsOf(p)]));
  const counts: LinkCounts = { pages: pages.length, internal: 0, anchors: 0, assets: 0, external: 0 };
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const [selector, attribute, declared] of REFERENCES) {
      for (const element of page.root.querySelectorAll(selector)) {
        // A canonical link names the page's address on the configured site (LOTSE_SITE_URL); it loads nothing.
        const kind = declared === 'asset' && element.getAttributeValue('rel') === 'canonical' ? 'link' : declared;
        const href = String(element.getAttributeValue(attribute) ?? '').trim();
        const report = (problem: string) => problems.push({ page: page.url, href, element: describeElement(element), problem });
        if (href === '') {
          report(`leeres ${attribute}-Attribut`);
          continue;
        }
        let url: URL;
        try {
          url = new URL(href, `${ORIGIN}${page.url}`);
        } catch {
          report('keine gültige Adresse');
          continue;
        }
        if (url.origin !== ORIGIN) {
          if (['http:', 'https:'].includes(url.protocol) && kind === 'link') counts.external += 1;
          else if (['mailto:', 'tel:'].includes(url.protocol) && kind === 'link') counts.external += 1;
          else report(kind === 'asset' ? `lädt eine Ressource von außerhalb (${url.protocol}//${url.host})` : `unerlaubtes Schema „${url.protocol}“`);
          continue;
        }
        if (kind === 'asset') counts.assets += 1;
        else counts.internal += 1;
        const target = fileFor(dist, url.pathname);
        if (target.problem) {
          report(target.problem);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (!fragment || !target.file?.endsWith('.html')) continue;
        counts.anchors += 1;
        const targetUrl = decodeURIComponent(url.pathname);
        if (!anchors.get(targetUrl)?.has(fragment)) report(`Anker „${fragment}“ fehlt auf ${targetUrl}`);
      }
    }
  }
  return { problems, counts };
}
