/**
 * Traces a page of dist/ back to what produced it: the Astro route in src/pages/ and, for
 * document pages, the author's MDX file — with the line where a given link target is written,
 * so that a broken link is reported where an author or developer can fix it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateContent } from '../../src/model/validate.ts';
import { docUrl, versionUrl } from '../../src/site/urls.ts';
import { repo } from './build-site.ts';

interface Route {
  file: string;
  pattern: RegExp;
  dynamic: number;
}

function routes(): Route[] {
  const pages = join(repo, 'src/pages');
  return readdirSync(pages, { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.(astro|ts|md|mdx)$/.test(p))
    .map((p) => {
      const route = p
        .split('\\')
        .join('/')
        .replace(/\.(astro|ts|md|mdx)$/, '')
        .replace(/(^|\/)index$/, '');
      const isEndpoint = /\.[a-z]+$/.test(route);
      const source = route
        .split('/')
        .map((segment) => (segment.startsWith('[...') ? '.*' : segment.replace(/\[[^\]]+\]/g, '[^/]+').replace(/\./g, '\\.')))
        .join('/')
        .replace(/\/\.\*/g, '(?:/.*)?');
      const tail = isEndpoint || route === '404' ? '' : route === '' ? '' : '/';
      return {
        file: `src/pages/${p}`,
        pattern: new RegExp(`^/${source}${tail}${route === '404' ? '\\.html' : ''}$`),
        dynamic: (route.match(/\[/g) ?? []).length,
      };
    })
    .sort((a, b) => a.dynamic - b.dynamic);
}

export interface PageSource {
  /** The Astro route file, e.g. `src/pages/[section]/[slug]/[version].astro`. */
  route?: string;
  /** Author files shown on this page (display paths), newest version first. */
  content: string[];
}

export function createSourceTracer(contentRoot: string): (url: string) => PageSource {
  const table = routes();
  const byUrl = new Map<string, string[]>();
  const { content } = validateContent(contentRoot, { includeDrafts: false, strict: false, skipBodies: true });
  const show = (abs: string) => relative(repo, abs).split('\\').join('/');
  for (const doc of [...content.checklists, ...content.guidelines]) {
    byUrl.set(
      docUrl(doc.kind, doc.slug),
      [...doc.versions].reverse().map((v) => show(v.absPath)),
    );
    for (const v of doc.versions) byUrl.set(versionUrl(doc.kind, doc.slug, v.version), [show(v.absPath)]);
  }
  for (const item of [...content.briefings, ...content.tracks]) byUrl.set(docUrl(item.kind, item.slug), [show(item.absPath)]);
  return (url) => ({ route: table.find((r) => r.pattern.test(url))?.file, content: byUrl.get(url) ?? [] });
}

/** The 1-based line of the first occurrence of `needle` in a file below the repository, if any. */
export function lineOf(file: string, needle: string): number | undefined {
  if (!needle) return undefined;
  try {
    const index = readFileSync(join(repo, file), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(needle));
    return index >= 0 ? index + 1 : undefined;
  } catch {
    return undefined;
  }
}

/** `checklists/x/v2.mdx:14` when the target is written in an author file, else the route file. */
export function whereWritten(source: PageSource, href: string): string {
  // The link as written, without its anchor, or its last path segment when that is a slug.
  const slug =
    href
      .replace(/[#?].*$/, '')
      .split('/')
      .filter(Boolean)
      .at(-1) ?? '';
  const needles = [href, href.replace(/#.*$/, ''), /^[a-z0-9]+(-[a-z0-9]+)+$/.test(slug) ? slug : ''].filter((n) => n && n !== '/');
  for (const file of [...source.content, ...(source.route ? [source.route] : [])]) {
    for (const needle of needles) {
      const line = lineOf(file, needle);
      if (line) return `${file}:${line}`;
    }
  }
  return source.route ?? source.content[0] ?? '(Quelle unbekannt)';
}
