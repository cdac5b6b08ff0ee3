/**
 * The pages of a built site, parsed once with html-validate's HTML parser (a real parser, not
 * regular expressions), for the checks over dist/: links, anchors, security and HTML validity.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';

export interface SitePage {
  /** Public URL, e.g. `/checklisten/pass/v2/` or `/404.html`. */
  url: string;
  /** Path of the HTML file relative to dist/. */
  file: string;
  html: string;
  root: HtmlElement;
}

/** `checklisten/pass/index.html` → `/checklisten/pass/`. */
export function urlOfFile(rel: string): string {
  const path = `/${rel.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export async function loadPages(dist: string): Promise<SitePage[]> {
  const parser = new Parser(await new StaticConfigLoader().getConfigFor('page.html'));
  return (
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      // The browser editor (Decap CMS) is an application, not a page of the site; its own test is tests/browser/editor.spec.ts.
      .filter((rel) => rel.endsWith('.html') && !rel.split('\\').join('/').startsWith('redaktion/editor/'))
      .sort()
      .map((file) => {
        const html = readFileSync(join(dist, file), 'utf8');
        return { url: urlOfFile(file), file, html, root: parser.parseHtml({ data: html, filename: file, line: 1, column: 1, offset: 0 }) };
      })
  );
}

/** A short description of an element for messages: `<a href="/x/" class="y">Text…</a>`. */
export function describeElement(element: HtmlElement): string {
  const attrs = ['id', 'class', 'href', 'src', 'name', 'aria-label']
    .map((name) => [name, element.getAttributeValue(name)] as const)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${name}="${String(value).slice(0, 60)}"`);
  const text = element.textContent.replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${element.tagName}${attrs.length ? ` ${attrs.join(' ')}` : ''}>${text}${text ? '…' : ''}`;
}
