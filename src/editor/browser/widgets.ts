/**
 * Lotse's own editor widgets: the version of a checklist or guideline with „Neue Fassung
 * anlegen“, and the citation list (pick a citation used elsewhere or type one; each is checked
 * as you type, with the message `npm run check` would give).
 */
import type { EditorContext } from '../context.ts';
import { kind } from '../../kinds/registry.ts';
import { schemaContext } from './validate.ts';

export const NEW_VERSION_KEY = 'lotse-neue-fassung';
export interface NewVersionMarker { collection: string; slug: string; from: number }

type H = (tag: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type WidgetProps = { value: unknown; onChange(value: unknown): void; forID: string; classNameWrapper: string; entry: { get(key: string): unknown; getIn(path: string[]): unknown }; field: { get(key: string): unknown } };
declare global { interface Window { h: H; createClass: (spec: Record<string, unknown>) => unknown } }

/** Clicks Decap's own „Veröffentlicht ▸ Duplizieren“: the copy keeps every field and the text. */
async function duplicateCurrentEntry(): Promise<boolean> {
  // After the click that called us has finished: the menu closes on clicks outside of it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const published = [...document.querySelectorAll<HTMLElement>('[role="button"], button')].find((b) => b.textContent?.trim() === 'Veröffentlicht');
  if (!published) return false;
  published.click();
  for (let tries = 0; tries < 40; tries++) {
    const item = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find((e) => e.textContent?.trim() === 'Duplizieren');
    if (item) {
      item.click();
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

function pathInfo(path: unknown): { slug: string; version: number } | undefined {
  const match = /([a-z0-9-]+)\/v([1-9]\d*)\.mdx$/.exec(String(path ?? ''));
  return match ? { slug: match[1], version: Number(match[2]) } : undefined;
}

export function registerWidgets(CMS: { registerWidget(name: string, control: unknown, preview?: unknown): void }, context: EditorContext): void {
  const h = window.h;
  const VersionControl = window.createClass({
    render(this: { props: WidgetProps }) {
      const { entry, forID, classNameWrapper } = this.props;
      const collection = String(entry.get('collection'));
      const info = pathInfo(entry.get('path'));
      if (entry.get('newRecord')) {
        const marker = JSON.parse(sessionStorage.getItem(NEW_VERSION_KEY) ?? 'null') as NewVersionMarker | null;
        const text = marker && marker.collection === collection
          ? `Neue Fassung v${marker.from + 1} von „${marker.slug}“. Bitte „Gültig ab“ (nach der bisherigen Fassung), „Änderungshinweis“, „Art der Änderung“ und die umgesetzte Rechtsänderung eintragen. „Freigegeben von“ wird beim Speichern geleert: Eine neue Fassung braucht ihre eigene Freigabe (Vier-Augen-Prinzip).`
          : 'Neues Dokument: Es wird als Fassung v1 gespeichert.';
        return h('p', { id: forID, className: classNameWrapper, 'data-lotse': 'version' }, text);
      }
      const latest = context.docs.find((d) => d.slug === info?.slug && kind(d.kind).refPrefix === collection)?.versions.at(-1)?.version ?? info?.version ?? 1;
      return h('div', { id: forID, className: classNameWrapper, 'data-lotse': 'version' },
        h('p', null, `Fassung v${info?.version ?? '?'} von „${info?.slug ?? ''}“ (neueste: v${latest}).`),
        h('button', {
          type: 'button',
          onClick: () => {
            if (!info) return;
            sessionStorage.setItem(NEW_VERSION_KEY, JSON.stringify({ collection, slug: info.slug, from: latest } satisfies NewVersionMarker));
            void duplicateCurrentEntry().then((done) => done || window.alert('„Neue Fassung“ ließ sich nicht anlegen: Die Schaltfläche „Veröffentlicht ▸ Duplizieren“ wurde nicht gefunden. Bitte erst speichern oder die Seite neu laden.'));
          },
        }, 'Neue Fassung anlegen'),
      );
    },
  });
  CMS.registerWidget('lotse-version', VersionControl, window.createClass({ render: () => null }));

  /** In the copy „Neue Fassung“ made: true once, so that a reset field starts empty. */
  const inNewVersion = (entry: WidgetProps['entry']) => {
    const marker = JSON.parse(sessionStorage.getItem(NEW_VERSION_KEY) ?? 'null') as NewVersionMarker | null;
    return Boolean(entry.get('newRecord') && marker && marker.collection === entry.get('collection'));
  };
  const resets = (field: WidgetProps['field']) => Boolean(field.get('lotse_new_version_reset'));

  // A list of short texts as lines of a text box: one entry per line (change notes, tags, tasks …).
  const LinesControl = window.createClass({
    componentDidMount(this: { props: WidgetProps }) {
      if (resets(this.props.field) && inNewVersion(this.props.entry)) this.props.onChange([]);
    },
    render(this: { props: WidgetProps }) {
      const { value, onChange, forID, classNameWrapper, field } = this.props;
      const items: string[] = value && typeof (value as { toJS?: () => string[] }).toJS === 'function' ? (value as { toJS(): string[] }).toJS() : Array.isArray(value) ? (value as string[]) : [];
      return h('div', { 'data-lotse': 'lines' },
        h('textarea', {
          id: forID, className: classNameWrapper, rows: Math.max(3, items.length + 1), value: items.join('\n'),
          'aria-describedby': `${forID}-lines-hint`,
          onChange: (e: { target: { value: string } }) => onChange(e.target.value.split('\n')),
        }),
        h('p', { id: `${forID}-lines-hint`, style: { margin: '0.25rem 0 0', fontSize: '0.85em' } }, `Ein Eintrag je Zeile (${String(field.get('label'))}).`),
      );
    },
  });
  CMS.registerWidget('lotse-lines', LinesControl, window.createClass({ render(this: { props: { value: unknown } }) { return h('p', null, String((this.props.value as { toJS?: () => string[] })?.toJS?.().join(' · ') ?? '')); } }));

  // A single line that „Neue Fassung“ empties (approvedBy: a new version needs its own approval).
  const ResetTextControl = window.createClass({
    componentDidMount(this: { props: WidgetProps }) {
      if (inNewVersion(this.props.entry)) this.props.onChange('');
    },
    render(this: { props: WidgetProps }) {
      const { value, onChange, forID, classNameWrapper } = this.props;
      return h('input', { id: forID, className: classNameWrapper, type: 'text', value: String(value ?? ''), onChange: (e: { target: { value: string } }) => onChange(e.target.value) });
    },
  });
  CMS.registerWidget('lotse-reset-text', ResetTextControl, window.createClass({ render(this: { props: { value: unknown } }) { return h('p', null, String(this.props.value ?? '')); } }));

  const checkCitation = schemaContext(context).checkCitation;
  const listId = 'lotse-citation-list';
  const CitationsControl = window.createClass({
    render(this: { props: WidgetProps }) {
      const { value, onChange, forID, classNameWrapper } = this.props;
      const items: string[] = value && typeof (value as { toJS?: () => string[] }).toJS === 'function' ? (value as { toJS(): string[] }).toJS() : Array.isArray(value) ? (value as string[]) : [];
      const set = (next: string[]) => onChange(next);
      return h('div', { className: classNameWrapper, 'data-lotse': 'citations' },
        h('datalist', { id: listId }, ...context.citations.map((c) => h('option', { key: c, value: c }))),
        h('ul', { style: { listStyle: 'none', padding: 0, margin: 0 } }, ...items.map((item, i) => {
          const problem = item.trim() ? checkCitation(item) : undefined;
          return h('li', { key: i, style: { display: 'flex', gap: '0.5rem', alignItems: 'baseline', flexWrap: 'wrap', marginBottom: '0.5rem' } },
            h('input', { id: i === 0 ? forID : undefined, 'aria-label': `Zitat ${i + 1}`, list: listId, value: item, style: { flex: '1 1 20rem', padding: '0.4rem' }, 'aria-invalid': problem ? 'true' : undefined, 'aria-describedby': problem ? `${forID}-p${i}` : undefined, onChange: (e: { target: { value: string } }) => set(items.map((x, j) => (j === i ? e.target.value : x))) }),
            h('button', { type: 'button', onClick: () => set(items.filter((_, j) => j !== i)) }, `Zitat ${i + 1} entfernen`),
            problem ? h('span', { id: `${forID}-p${i}`, style: { flexBasis: '100%', color: '#8a1010' } }, `Problem: ${problem}`) : null,
          );
        })),
        h('button', { type: 'button', onClick: () => set([...items, '']) }, 'Zitat hinzufügen'),
      );
    },
  });
  CMS.registerWidget('lotse-citations', CitationsControl, window.createClass({ render(this: { props: { value: unknown } }) { const v = this.props.value as { toJS?: () => string[] } | string[] | undefined; const list = v && 'toJS' in v && v.toJS ? v.toJS() : (v as string[] | undefined) ?? []; return h('p', null, list.join(' · ')); } }));
}
