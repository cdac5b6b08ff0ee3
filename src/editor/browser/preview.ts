/**
 * The preview beside the form, in the site's stylesheet: headings, paragraphs, lists, checklist
 * items as on the published page (`.check-item` with box and note), citations linked to
 * gesetze-im-internet.de and glossary abbreviations as <abbr>, like src/markdown/ does at build
 * time. A light Markdown reading: the published page is rendered by the build (Sätteri).
 */
import { lawUrl } from '../../norms/links.ts';
import { findCitations } from '../../norms/parse.ts';
import { lawRefs } from '../../model/citation-check.ts';
import type { EditorContext } from '../context.ts';
import { escapeHtml } from '../../site/escape-html.ts';

type H = (tag: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type PreviewProps = { entry: { getIn(path: string[]): unknown } };

/** Text with citations as links and abbreviations from the glossary as <abbr>. */
export function inlineHtml(text: string, context: EditorContext): string {
  const refs = lawRefs(context.laws);
  const abbrs = new Map<string, string>();
  for (const e of context.glossary) for (const a of e.abbr ?? []) abbrs.set(a, abbrs.has(a) ? `${abbrs.get(a)} / ${e.term}` : e.term);
  let out = '';
  let at = 0;
  const plain = (s: string) =>
    escapeHtml(s)
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => (/^(https?:|\/)/.test(href) ? `<a href="${href}">${label}</a>` : label))
      .replace(/(?<![\p{L}\d-])([A-ZÄÖÜ][A-Za-zÄÖÜäöü-]*[A-Z][A-Za-z]*)(?![\p{L}\d])/gu, (word: string) =>
        abbrs.has(word) ? `<abbr title="${escapeHtml(abbrs.get(word) ?? '')}">${word}</abbr>` : word,
      );
  for (const c of findCitations(text, refs)) {
    out += plain(text.slice(at, c.start));
    const url = c.provisions[0] ? lawUrl(c.provisions[0], refs) : undefined;
    out += url ? `<a class="norm" href="${url}">${escapeHtml(c.raw)}</a>` : escapeHtml(c.raw);
    at = c.end;
  }
  return out + plain(text.slice(at));
}

/** Markdown body → HTML in the published page's structure. */
export function bodyHtml(body: string, context: EditorContext): string {
  const html: string[] = [];
  let list: 'ul' | 'ol' | 'check' | undefined;
  let item = 0;
  const close = () => {
    if (list) html.push(list === 'ol' ? '</ol>' : '</ul>');
    list = undefined;
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const task = /^[-*] \[( |x)\] (.*)$/.exec(line);
    const bullet = /^[-*] (.*)$/.exec(line);
    const numbered = /^\d+\. (.*)$/.exec(line);
    const heading = /^(#{2,4}) (.*)$/.exec(line);
    if (task) {
      if (list !== 'check') (close(), html.push('<ul class="checklist">'), (list = 'check'));
      item++;
      html.push(
        `<li class="check-item"><input type="checkbox" id="preview-check-${item}" class="check-box" disabled${task[1] === 'x' ? ' checked' : ''}> <label for="preview-check-${item}">${inlineHtml(task[2], context)}</label></li>`,
      );
    } else if (/^\s{2,}\S/.test(line) && list === 'check') {
      // A note belongs inside its item, as on the published page.
      const last = html.length - 1;
      html[last] = html[last].replace(/<\/li>$/, `<div class="check-note"><p>${inlineHtml(line.trim(), context)}</p></div></li>`);
    } else if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      if (list !== kind) (close(), html.push(`<${kind}>`), (list = kind));
      html.push(`<li>${inlineHtml((bullet ?? numbered)![1], context)}</li>`);
    } else if (heading) {
      close();
      html.push(`<h${heading[1].length}>${inlineHtml(heading[2], context)}</h${heading[1].length}>`);
    } else if (line.startsWith('> ')) {
      close();
      html.push(`<blockquote><p>${inlineHtml(line.slice(2), context)}</p></blockquote>`);
    } else if (line.trim()) {
      close();
      html.push(`<p>${inlineHtml(line, context)}</p>`);
    } else {
      close();
    }
  }
  close();
  return html.join('\n');
}

export function registerPreview(
  CMS: { registerPreviewStyle(url: string): void; registerPreviewTemplate(name: string, template: unknown): void },
  collections: string[],
  context: EditorContext,
): void {
  CMS.registerPreviewStyle('site.css');
  const h = window.h as H;
  const Template = window.createClass({
    render(this: { props: PreviewProps }) {
      const get = (key: string) => this.props.entry.getIn(['data', key]);
      const title = String(get('title') ?? '');
      const summary = String(get('summary') ?? '');
      const body = String(get('body') ?? '');
      return h(
        'main',
        { className: 'lotse-preview' },
        h('h1', null, title),
        summary ? h('p', { className: 'summary' }, summary) : null,
        h('div', { className: 'prose', dangerouslySetInnerHTML: { __html: bodyHtml(body, context) } }),
      );
    },
  });
  for (const name of collections) if (name !== 'glossar') CMS.registerPreviewTemplate(name, Template);
}
