/**
 * Lotse's own editor widgets: the version of a checklist or guideline with „Neue Fassung
 * anlegen“, and the citation list (pick a citation used elsewhere or type one; each is checked
 * as you type, with the message `npm run check` would give).
 */
import type { EditorContext } from '../context.ts';
import { kind } from '../../kinds/registry.ts';
import { schemaContext } from './validate.ts';

export const NEW_VERSION_KEY = 'lotse-neue-fassung';
/**
 * „Neue Fassung“ in progress (sessionStorage): of which document, from which version; from a
 * briefing also the briefing and its effective date (the new version's validFrom). `pending`:
 * the document's latest version is still to be opened (the briefing's offer reloads the editor).
 */
export interface NewVersionMarker {
  collection: string;
  slug: string;
  from: number;
  briefing?: string;
  briefingTitle?: string;
  validFrom?: string;
  pending?: boolean;
}

export const readMarker = () => JSON.parse(sessionStorage.getItem(NEW_VERSION_KEY) ?? 'null') as NewVersionMarker | null;

type H = (tag: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type WidgetProps = {
  value: unknown;
  onChange(value: unknown): void;
  forID: string;
  classNameWrapper: string;
  entry: { get(key: string): unknown; getIn(path: string[]): unknown };
  field: { get(key: string): unknown };
};
declare global {
  interface Window {
    h: H;
    createClass: (spec: Record<string, unknown>) => unknown;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Clicks Decap's own „Veröffentlicht ▸ Duplizieren“: the copy keeps every field and the text. */
async function duplicateCurrentEntry(): Promise<boolean> {
  // After the click that called us has finished: the menu closes on clicks outside of it.
  await sleep(0);
  let published: HTMLElement | undefined;
  // Right after the entry opened, Decap may not have drawn its toolbar yet.
  for (let tries = 0; tries < 40 && !published; tries++) {
    published = [...document.querySelectorAll<HTMLElement>('[role="button"], button')].find((b) => b.textContent?.trim() === 'Veröffentlicht');
    if (!published) await sleep(100);
  }
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

/**
 * „Neue Fassung“: the one place that starts it, from the version's own button and from a
 * briefing's offer. The marker tells the copy's fields what to reset or fill (below), and
 * main.ts's preSave which file it becomes.
 */
function startNewVersion(marker: NewVersionMarker): void {
  sessionStorage.setItem(NEW_VERSION_KEY, JSON.stringify({ ...marker, pending: false } satisfies NewVersionMarker));
  void duplicateCurrentEntry().then(
    (done) =>
      done ||
      window.alert(
        '„Neue Fassung“ ließ sich nicht anlegen: Die Schaltfläche „Veröffentlicht ▸ Duplizieren“ wurde nicht gefunden. Bitte erst speichern oder die Seite neu laden.',
      ),
  );
}

function pathInfo(path: unknown): { slug: string; version: number } | undefined {
  const match = /([a-z0-9-]+)\/v([1-9]\d*)\.mdx$/.exec(String(path ?? ''));
  return match ? { slug: match[1], version: Number(match[2]) } : undefined;
}

/** `documentLabels`: „Titel (checklists/slug)“ by reference, as the briefing's list of affected documents shows them. */
export function registerWidgets(
  CMS: { registerWidget(name: string, control: unknown, preview?: unknown): void },
  context: EditorContext,
  documentLabels: Map<string, string>,
): void {
  const h = window.h;
  const latestOf = (collection: string, slug: string) =>
    context.docs.find((d) => d.slug === slug && kind(d.kind).refPrefix === collection)?.versions.at(-1)?.version;
  const VersionControl = window.createClass({
    componentDidMount(this: { props: WidgetProps }) {
      // Opened by a briefing's offer: continue with „Neue Fassung“ of this version.
      const { entry } = this.props;
      const marker = readMarker();
      const info = pathInfo(entry.get('path'));
      if (
        marker?.pending &&
        !entry.get('newRecord') &&
        info &&
        marker.collection === entry.get('collection') &&
        marker.slug === info.slug &&
        marker.from === info.version
      )
        startNewVersion(marker);
    },
    render(this: { props: WidgetProps }) {
      const { entry, forID, classNameWrapper } = this.props;
      const collection = String(entry.get('collection'));
      const info = pathInfo(entry.get('path'));
      if (entry.get('newRecord')) {
        const marker = readMarker();
        const fromBriefing = marker?.briefing
          ? ` zur Rechtsänderung „${marker.briefingTitle ?? marker.briefing}“: „Gültig ab“ ist ihr Wirksamkeitsdatum, die Rechtsänderung ist eingetragen. Bitte „Änderungshinweis“ und „Art der Änderung“ eintragen und den Text anpassen.`
          : '. Bitte „Gültig ab“ (nach der bisherigen Fassung), „Änderungshinweis“, „Art der Änderung“ und die umgesetzte Rechtsänderung eintragen.';
        const text =
          marker && marker.collection === collection
            ? `Neue Fassung v${marker.from + 1} von „${marker.slug}“${fromBriefing} „Freigegeben von“ ist geleert: Eine neue Fassung braucht ihre eigene Freigabe (Vier-Augen-Prinzip).`
            : 'Neues Dokument: Es wird als Fassung v1 gespeichert.';
        return h('p', { id: forID, className: classNameWrapper, 'data-lotse': 'version' }, text);
      }
      const latest = (info && latestOf(collection, info.slug)) ?? info?.version ?? 1;
      return h(
        'div',
        { id: forID, className: classNameWrapper, 'data-lotse': 'version' },
        h('p', null, `Fassung v${info?.version ?? '?'} von „${info?.slug ?? ''}“ (neueste: v${latest}).`),
        h(
          'button',
          {
            type: 'button',
            onClick: () => info && startNewVersion({ collection, slug: info.slug, from: latest }),
          },
          'Neue Fassung anlegen',
        ),
      );
    },
  });
  CMS.registerWidget('lotse-version', VersionControl, window.createClass({ render: () => null }));

  /** The marker when `entry` is the copy „Neue Fassung“ made, so that its fields start reset or filled. */
  const newVersionOf = (entry: WidgetProps['entry']) => {
    const marker = readMarker();
    return entry.get('newRecord') && marker && !marker.pending && marker.collection === entry.get('collection') ? marker : undefined;
  };
  const inNewVersion = (entry: WidgetProps['entry']) => Boolean(newVersionOf(entry));
  const resets = (field: WidgetProps['field']) => Boolean(field.get('lotse_new_version_reset'));

  // A list of short texts as lines of a text box: one entry per line (change notes, tags, tasks …).
  const LinesControl = window.createClass({
    componentDidMount(this: { props: WidgetProps }) {
      if (resets(this.props.field) && inNewVersion(this.props.entry)) this.props.onChange([]);
    },
    render(this: { props: WidgetProps }) {
      const { value, onChange, forID, classNameWrapper, field } = this.props;
      const items: string[] =
        value && typeof (value as { toJS?: () => string[] }).toJS === 'function'
          ? (value as { toJS(): string[] }).toJS()
          : Array.isArray(value)
            ? (value as string[])
            : [];
      return h(
        'div',
        { 'data-lotse': 'lines' },
        h('textarea', {
          id: forID,
          className: classNameWrapper,
          rows: Math.max(3, items.length + 1),
          value: items.join('\n'),
          'aria-describedby': `${forID}-lines-hint`,
          onChange: (e: { target: { value: string } }) => onChange(e.target.value.split('\n')),
        }),
        h('p', { id: `${forID}-lines-hint`, style: { margin: '0.25rem 0 0', fontSize: '0.85em' } }, `Ein Eintrag je Zeile (${String(field.get('label'))}).`),
      );
    },
  });
  CMS.registerWidget(
    'lotse-lines',
    LinesControl,
    window.createClass({
      render(this: { props: { value: unknown } }) {
        return h('p', null, String((this.props.value as { toJS?: () => string[] })?.toJS?.().join(' · ') ?? ''));
      },
    }),
  );

  // A single line that „Neue Fassung“ empties (approvedBy: a new version needs its own approval)
  // or, from a briefing, fills (validFrom: the briefing's effective date).
  const ResetTextControl = window.createClass({
    componentDidMount(this: { props: WidgetProps }) {
      const marker = newVersionOf(this.props.entry);
      if (!marker) return;
      const from = this.props.field.get('lotse_new_version_from');
      if (from === 'validFrom') {
        if (marker.validFrom) this.props.onChange(marker.validFrom);
      } else this.props.onChange('');
    },
    render(this: { props: WidgetProps }) {
      const { value, onChange, forID, classNameWrapper } = this.props;
      return h('input', {
        id: forID,
        className: classNameWrapper,
        type: 'text',
        value: String(value ?? ''),
        onChange: (e: { target: { value: string } }) => onChange(e.target.value),
      });
    },
  });
  CMS.registerWidget(
    'lotse-reset-text',
    ResetTextControl,
    window.createClass({
      render(this: { props: { value: unknown } }) {
        return h('p', null, String(this.props.value ?? ''));
      },
    }),
  );

  // The implementing briefing: Decap's own list, set to the briefing „Neue Fassung“ came from.
  const select = (CMS as unknown as { getWidget(name: string): { control: unknown } }).getWidget('select').control;
  const BriefingControl = window.createClass({
    componentDidMount(this: { props: WidgetProps }) {
      const marker = newVersionOf(this.props.entry);
      if (marker?.briefing) this.props.onChange(marker.briefing);
    },
    render(this: { props: WidgetProps }) {
      return h(select, this.props);
    },
  });
  CMS.registerWidget('lotse-briefing', BriefingControl, (CMS as unknown as { getWidget(name: string): { preview: unknown } }).getWidget('select').preview);

  // A briefing offers each affected document for a new version: one click opens its latest
  // version (after a reload, so that configuration and check know a briefing saved just now)
  // and starts „Neue Fassung“ there.
  const AffectedControl = window.createClass({
    render(this: { props: WidgetProps }) {
      const { entry, forID, classNameWrapper } = this.props;
      const data = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
      const affects = Array.isArray(data.affects) ? (data.affects as string[]) : [];
      const slug = /([a-z0-9-]+)\.mdx$/.exec(String(entry.get('path') ?? ''))?.[1];
      const wrap = (...children: unknown[]) => h('div', { id: forID, className: classNameWrapper, 'data-lotse': 'affected' }, ...children);
      if (affects.length === 0) return wrap(h('p', null, 'Keine betroffenen Dokumente ausgewählt.'));
      if (entry.get('newRecord') || !slug)
        return wrap(
          h('p', null, `Nach dem Speichern lässt sich hier für jedes der ${affects.length} betroffenen Dokumente mit einem Klick eine neue Fassung anlegen.`),
        );
      const effective = typeof data.effective === 'string' ? data.effective : undefined;
      return wrap(
        h(
          'p',
          null,
          `Für jedes betroffene Dokument eine neue Fassung anlegen: „Gültig ab“ ${effective ?? '(Wirksam ab fehlt)'}, Rechtsänderung „${slug}“; Änderungshinweis und Freigabe tragen Sie dort ein.`,
        ),
        h(
          'ul',
          { style: { margin: 0, paddingLeft: '1.25rem' } },
          ...affects.map((ref) => {
            const [collection, docSlug] = ref.split('/');
            const latest = latestOf(collection, docSlug);
            const label = documentLabels.get(ref) ?? ref;
            return h(
              'li',
              { key: ref, style: { marginBottom: '0.4rem' } },
              latest === undefined
                ? `${label}: gibt es nicht`
                : h(
                    'button',
                    {
                      type: 'button',
                      'aria-label': `Neue Fassung anlegen (v${latest + 1}): ${label}`,
                      onClick: () => {
                        sessionStorage.setItem(
                          NEW_VERSION_KEY,
                          JSON.stringify({
                            collection,
                            slug: docSlug,
                            from: latest,
                            briefing: slug,
                            briefingTitle: String(data.title ?? slug),
                            validFrom: effective,
                            pending: true,
                          } satisfies NewVersionMarker),
                        );
                        const url = new URL(location.href);
                        url.hash = `#/collections/${collection}/entries/${docSlug}/v${latest}`;
                        history.replaceState(null, '', url);
                        location.reload();
                      },
                    },
                    `Neue Fassung anlegen (v${latest + 1})`,
                  ),
              latest === undefined ? null : ` ${label}`,
            );
          }),
        ),
      );
    },
  });
  CMS.registerWidget('lotse-affected', AffectedControl, window.createClass({ render: () => null }));

  const checkCitation = schemaContext(context).checkCitation;
  const listId = 'lotse-citation-list';
  const CitationsControl = window.createClass({
    render(this: { props: WidgetProps }) {
      const { value, onChange, forID, classNameWrapper } = this.props;
      const items: string[] =
        value && typeof (value as { toJS?: () => string[] }).toJS === 'function'
          ? (value as { toJS(): string[] }).toJS()
          : Array.isArray(value)
            ? (value as string[])
            : [];
      const set = (next: string[]) => onChange(next);
      return h(
        'div',
        { className: classNameWrapper, 'data-lotse': 'citations' },
        h('datalist', { id: listId }, ...context.citations.map((c) => h('option', { key: c, value: c }))),
        h(
          'ul',
          { style: { listStyle: 'none', padding: 0, margin: 0 } },
          ...items.map((item, i) => {
            const problem = item.trim() ? checkCitation(item) : undefined;
            return h(
              'li',
              { key: i, style: { display: 'flex', gap: '0.5rem', alignItems: 'baseline', flexWrap: 'wrap', marginBottom: '0.5rem' } },
              h('input', {
                id: i === 0 ? forID : undefined,
                'aria-label': `Zitat ${i + 1}`,
                list: listId,
                value: item,
                style: { flex: '1 1 20rem', padding: '0.4rem' },
                'aria-invalid': problem ? 'true' : undefined,
                'aria-describedby': problem ? `${forID}-p${i}` : undefined,
                onChange: (e: { target: { value: string } }) => set(items.map((x, j) => (j === i ? e.target.value : x))),
              }),
              h('button', { type: 'button', onClick: () => set(items.filter((_, j) => j !== i)) }, `Zitat ${i + 1} entfernen`),
              problem ? h('span', { id: `${forID}-p${i}`, style: { flexBasis: '100%', color: '#8a1010' } }, `Problem: ${problem}`) : null,
            );
          }),
        ),
        h('button', { type: 'button', onClick: () => set([...items, '']) }, 'Zitat hinzufügen'),
      );
    },
  });
  CMS.registerWidget(
    'lotse-citations',
    CitationsControl,
    window.createClass({
      render(this: { props: { value: unknown } }) {
        const v = this.props.value as { toJS?: () => string[] } | string[] | undefined;
        const list = v && 'toJS' in v && v.toJS ? v.toJS() : ((v as string[] | undefined) ?? []);
        return h('p', null, list.join(' · '));
      },
    }),
  );
}
