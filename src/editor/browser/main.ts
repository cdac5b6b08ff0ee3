/**
 * Lotse's extensions of Decap CMS on /redaktion/editor/: the file formats that keep the authors'
 * layout, the check before every save (same rules and messages as `npm run check`), „Neue
 * Fassung“, the citation picker and the preview in the site's own style. Loaded before
 * decap-cms.js (it asks Decap to wait for the configuration), runs once both have loaded.
 */
import type { Diagnostic } from '../../model/diagnostics.ts';
import { formatDiagnostic } from '../../model/diagnostics.ts';
import { labelWithKey } from '../../schemas/labels.ts';
import { kind, kindByRefPrefix } from '../../kinds/registry.ts';
import type { EditorContext } from '../context.ts';
import { glossaryFromFile, glossaryToFile, mdxFromFile, mdxToFile } from './format.ts';
import { registerPreview } from './preview.ts';
import { checkFile } from './validate.ts';
import { registerWidgets, readMarker, NEW_VERSION_KEY } from './widgets.ts';

type Immutable = { get(key: string): unknown; set(key: string, value: unknown): Immutable; delete(key: string): Immutable; toJS(): Record<string, unknown> };
interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string }): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: Immutable }) => unknown }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, template: unknown): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS: DecapCms;
    lotseEditor?: { context: EditorContext; check: typeof checkFile; lastProblems: Diagnostic[] };
  }
}

window.CMS_MANUAL_INIT = true;

interface CollectionConfig {
  name: string;
  folder?: string;
  fields: { name: string; options?: { value: string; label: string }[]; fields?: { name: string }[] }[];
}

async function start(): Promise<void> {
  const [config, context] = (await Promise.all([fetchJson('config.json'), fetchJson('context.json')])) as [
    Record<string, unknown> & { collections: CollectionConfig[] },
    EditorContext,
  ];
  if (config.lotse_unconfigured) {
    // A build without LOTSE_GITLAB_* (deploy/README.md): say so instead of a login that cannot work.
    const main = document.createElement('main');
    main.innerHTML =
      '<h1>Editor nicht eingerichtet</h1><p>Diese Website wurde ohne Verbindung zum GitLab der Behörde gebaut (LOTSE_GITLAB_URL, LOTSE_GITLAB_REPO, LOTSE_GITLAB_APP_ID). Die IT richtet sie nach deploy/README.md ein. Auf einem Arbeitsplatz mit dem Repository startet <code>npm run redaktion</code> den Editor für die lokale Arbeitskopie; die Anleitung steht unter <a href="/hilfe/redaktion/">Hilfe für die Redaktion</a>.</p>';
    document.body.append(main);
    return;
  }
  delete config.lotse_unconfigured;
  const CMS = window.CMS;
  const orderOf = (name: string) => config.collections.find((c) => c.name === name)?.fields.map((f) => f.name) ?? [];
  const glossaryOrder = (
    (config.collections.find((c) => c.name === 'glossar') as unknown as { files: CollectionConfig[] }).files[0].fields[0].fields ?? []
  ).map((f) => f.name);
  window.lotseEditor = { context, check: checkFile, lastProblems: [] };
  // `npm run redaktion` checks the MDX text on its local server (the compiler is native code, see
  // validate.ts); with GitLab the merge request's pipeline does.
  const lintsBodies = (config.backend as { name?: string } | undefined)?.name === 'proxy';
  knowMarkedBriefing(config.collections, context);
  const documentLabels = new Map(
    (config.collections.find((c) => c.name === 'briefings')?.fields.find((f) => f.name === 'affects')?.options ?? []).map((o) => [o.value, o.label]),
  );

  // One format per collection, so that new fields go where that kind's schema puts them.
  for (const c of config.collections) {
    if (c.folder) CMS.registerCustomFormat(`lotse-mdx-${c.name}`, 'mdx', { fromFile: mdxFromFile, toFile: (data) => mdxToFile(data, orderOf(c.name)) });
  }
  CMS.registerCustomFormat('lotse-glossary', 'yaml', { fromFile: glossaryFromFile, toFile: (data) => glossaryToFile(data, glossaryOrder) });

  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const collection = String(entry.get('collection'));
      let data = entry.get('data') as Immutable;
      const isNew = Boolean(entry.get('newRecord'));
      const cfg = config.collections.find((c) => c.name === collection);
      if (isNew && cfg?.folder) data = prepareNew(collection, cfg.folder, data, context);
      const problems: Diagnostic[] = [];
      const js = data.toJS();
      let path = String(entry.get('path') ?? '');
      if (isNew && cfg?.folder) {
        const slug = String(js.docSlug ?? '');
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
          problems.push({
            severity: 'error',
            file: `${cfg.folder}/…`,
            line: 1,
            column: 1,
            field: 'Kurzname (Slug)',
            problem: slug ? `„${slug}“ ist kein gültiger Kurzname` : 'Pflichtfeld fehlt',
            fix: 'nur Kleinbuchstaben, Ziffern und Bindestriche eintragen, Umlaute als ae, oe, ue, ss',
          });
        path = isVersioned(collection) ? `${cfg.folder}/${slug}/v${js.version}.mdx` : `${cfg.folder}/${slug}.mdx`;
      }
      if (problems.length === 0) {
        const text = collection === 'glossar' ? glossaryToFile(js, glossaryOrder) : mdxToFile(js, orderOf(collection));
        problems.push(...checkFile(context, collection, path, text));
        if (problems.length === 0 && lintsBodies && collection !== 'glossar') problems.push(...(await lintBody(path, text)));
      }
      showProblems(problems);
      if (problems.length > 0) throw new Error(problems.map(formatDiagnostic).join('\n'));
      return data;
    },
  });
  CMS.registerEventListener({ name: 'postSave', handler: () => sessionStorage.removeItem(NEW_VERSION_KEY) });

  // Decap's preview frame has no name; screen readers announce it as „Vorschau“.
  new MutationObserver(() => {
    for (const frame of document.querySelectorAll('iframe:not([title])')) frame.setAttribute('title', 'Vorschau der Seite');
    nameListButtons();
  }).observe(document.body, { childList: true, subtree: true });
  registerWidgets(CMS, context, documentLabels);
  registerPreview(
    CMS,
    config.collections.map((c) => c.name),
    context,
  );
  CMS.init({ config });
}

const isVersioned = (collection: string) => kindByRefPrefix(collection)?.versioned === true;
/** The document `slug` of the collection (`checklists`) in the check context. */
const docOf = (context: EditorContext, collection: string, slug: string) => context.docs.find((d) => d.slug === slug && kind(d.kind).refPrefix === collection);

/**
 * A new file in a folder collection. „Neue Fassung“ (widgets.ts) duplicates the current version;
 * the form has emptied its approval and change note (widgets.ts); here the copy becomes v<N+1>
 * of the same document, and a change note still equal to the previous version's is dropped, so
 * that the check asks for this version's own note.
 */
function prepareNew(collection: string, _folder: string, data: Immutable, context: EditorContext): Immutable {
  if (!isVersioned(collection)) return data.delete('version');
  const marker = readMarker();
  let next = data;
  if (marker && !marker.pending && marker.collection === collection) {
    next = next.set('docSlug', marker.slug);
    const doc = docOf(context, collection, marker.slug);
    const previous = doc?.versions.at(-1);
    const changes = (next.toJS().changes ?? []) as string[];
    if (previous?.changes && JSON.stringify(previous.changes) === JSON.stringify(changes)) next = next.delete('changes');
  }
  const slug = String(next.get('docSlug') ?? '');
  const doc = docOf(context, collection, slug);
  // A string: Decap's path template drops numbers (decap-cms-lib-widgets stringTemplate).
  return next.set('version', String((doc?.versions.at(-1)?.version ?? 0) + 1));
}

/**
 * Decap draws the buttons of a list entry (open/close, move, remove: the glossary's 170 entries)
 * as icons without a name (axe: button-name, aria-command-name). They get the entry's label,
 * e.g. „Fiktionsbescheinigung“ auf- oder zuklappen. The icons' order in Decap's top bar: toggle,
 * drag handle, remove.
 */
function nameListButtons(): void {
  for (const bar of document.querySelectorAll<HTMLElement>('[class*="listControlItem"] > [class*="TopBar"]:not([data-lotse-named])')) {
    const item = bar.parentElement!;
    const label = item.querySelector(':scope > [class*="NestedObjectLabel"]')?.textContent?.trim();
    const what = label ? `„${label}“` : 'Eintrag';
    const buttons = [...bar.querySelectorAll<HTMLElement>(':scope > button')];
    buttons.forEach(
      (b, i) => b.textContent?.trim() || b.setAttribute('aria-label', i === 0 && buttons.length > 1 ? `${what} auf- oder zuklappen` : `${what} entfernen`),
    );
    bar.querySelector(':scope > [role="button"]')?.setAttribute('aria-label', `${what} verschieben`);
    bar.setAttribute('data-lotse-named', '');
  }
}

/**
 * „Neue Fassung“ from a briefing's offer: the briefing may have been saved a moment ago (or wait
 * in a merge request), after configuration and check context were made. Both learn of it here,
 * so that the new version's briefing list shows it and the check accepts the link.
 */
function knowMarkedBriefing(collections: CollectionConfig[], context: EditorContext): void {
  const marker = readMarker();
  if (!marker?.briefing) return;
  const slug = marker.briefing;
  for (const c of collections) {
    const field = c.fields?.find((f) => f.name === 'briefing');
    if (field?.options && !field.options.some((o) => o.value === slug)) field.options.push({ value: slug, label: `${marker.briefingTitle ?? slug} (${slug})` });
  }
  if (!context.briefings.some((b) => b.slug === slug))
    context.briefings.push({ slug, title: marker.briefingTitle ?? slug, effective: marker.validFrom ?? '', affects: [] });
}

/** The problems as a list beside the form (Decap's own message disappears after a few seconds). */
function showProblems(problems: Diagnostic[]): void {
  if (window.lotseEditor) window.lotseEditor.lastProblems = problems;
  let panel = document.getElementById('lotse-problems');
  if (!panel) {
    panel = document.createElement('section');
    panel.id = 'lotse-problems';
    panel.setAttribute('role', 'alert');
    panel.setAttribute('aria-labelledby', 'lotse-problems-title');
    document.body.append(panel);
    // The list speaks of the last attempt; once the author edits, it would mislead.
    document.addEventListener('input', () => panel && (panel.hidden = true), true);
  }
  panel.replaceChildren();
  if (problems.length === 0) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  const title = document.createElement('h2');
  title.id = 'lotse-problems-title';
  title.textContent = `Nicht gespeichert: ${problems.length === 1 ? 'ein Problem' : `${problems.length} Probleme`}`;
  const list = document.createElement('ul');
  for (const d of problems) {
    const item = document.createElement('li');
    const problem = d.problem.replace(/[.\s]+$/, '');
    const fix = d.fix.replace(/[.\s]+$/, '');
    item.textContent = `${labelWithKey(d.field)} — ${problem}. Fix: ${fix}.`;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Schließen';
  close.addEventListener('click', () => (panel.hidden = true));
  panel.append(title, list, close);
}

/** The MDX text's syntax and active content, checked like `npm run check` by `npm run redaktion` (src/editor/serve.ts). */
async function lintBody(path: string, text: string): Promise<Diagnostic[]> {
  const end = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
  const bodyLine = end.split('\n').length;
  const response = await fetch('lint', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ file: path, body: text.slice(end.length), bodyLine }),
  });
  if (!response.ok) return [];
  const { problems } = (await response.json()) as { problems: Omit<Diagnostic, 'severity' | 'file'>[] };
  return problems.map((p) => ({ ...p, severity: 'error', file: path }));
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start());
else void start();
