/**
 * /suche/: runs the query from the URL, searches while typing, keeps query and filters in the URL,
 * renders results best first and, when nothing is found, suggestions.
 *
 * History: a search whose results stood for a second (or was submitted) is kept; the next query
 * gets a new history entry, which the keystrokes after it only update. So the back button
 * returns to the previous search, not to every keystroke.
 */
import { lawAbbreviations, loadSearch, preload } from './search-runtime.ts';
import { dateNote, pageItem, suggestions, summaryText, view } from './search-render.ts';
import type { Hit, Outcome } from '../../search/browser/engine.ts';
import { stillTyping } from '../../search/browser/typing.ts';

interface State {
  q: string;
  typ: string[];
  team: string;
  gesetz: string;
  alt: boolean;
}

const PAGE = 10;
const DEBOUNCE_MS = 60;
const SETTLE_MS = 1000;
/** A query ending in a word of one or two letters is searched only after a pause (typing.ts). */
const PAUSE_MS = 600;

const form = document.querySelector<HTMLFormElement>('[data-search-page]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const region = document.querySelector<HTMLElement>('[data-search-results]');
const list = document.querySelector<HTMLOListElement>('[data-search-list]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const empty = document.querySelector<HTMLElement>('[data-search-empty]');
const suggestionBox = document.querySelector<HTMLElement>('[data-search-suggestions]');
const dateBox = document.querySelector<HTMLElement>('[data-search-date]');
const baseTitle = document.title;

let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let settle: ReturnType<typeof setTimeout> | undefined;
/** True while the current history entry holds a search the reader has seen. */
let kept = true;

function remember(url: string): void {
  if (url === `${location.pathname}${location.search}`) return;
  if (kept) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  kept = false;
}
let shown: { outcome: Outcome; hits: Hit[]; count: number } | undefined;

function readForm(): State {
  const data = new FormData(form!);
  return {
    q: String(data.get('q') ?? '').trim(),
    typ: data.getAll('typ').map(String),
    team: String(data.get('team') ?? ''),
    gesetz: String(data.get('gesetz') ?? ''),
    alt: data.get('alt') === '1',
  };
}

function fromUrl(): State {
  const p = new URLSearchParams(location.search);
  return { q: (p.get('q') ?? '').trim(), typ: p.getAll('typ'), team: p.get('team') ?? '', gesetz: p.get('gesetz') ?? '', alt: p.get('alt') === '1' };
}

function writeForm(s: State): void {
  if (!form || !input) return;
  input.value = s.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="typ"]')) box.checked = s.typ.includes(box.value);
  (form.elements.namedItem('team') as HTMLSelectElement).value = s.team;
  (form.elements.namedItem('gesetz') as HTMLSelectElement).value = s.gesetz;
  (form.elements.namedItem('alt') as HTMLInputElement).checked = s.alt;
}

function toUrl(s: State): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const t of s.typ) p.append('typ', t);
  if (s.team) p.set('team', s.team);
  if (s.gesetz) p.set('gesetz', s.gesetz);
  if (s.alt) p.set('alt', '1');
  const query = p.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

async function run(s: State): Promise<void> {
  const mine = ++generation;
  region!.dataset.searchState = 'loading';
  document.title = s.q ? `„${s.q}“ – ${baseTitle}` : baseTitle;
  if (!s.q) {
    list!.replaceChildren();
    more!.hidden = true;
    empty!.hidden = true;
    status!.textContent = '';
    region!.dataset.searchState = 'idle';
    return;
  }
  const started = performance.now();
  const engine = await loadSearch();
  const filters: Record<string, string[]> = { typ: s.typ, team: s.team ? [s.team] : [], gesetz: s.gesetz ? [s.gesetz] : [] };
  const outcome = await engine.search(s.q, {
    includeSuperseded: s.alt,
    filters,
    stale: () => mine !== generation || (input !== null && input !== undefined && input.value.trim() !== s.q),
  });
  if (mine !== generation) return;
  const searched = performance.now();
  const views = await Promise.all(outcome.hits.slice(0, PAGE).map((h) => view(engine, outcome, h)));
  if (mine !== generation) return;
  list!.replaceChildren(...views.map(pageItem));
  shown = { outcome, hits: outcome.hits, count: views.length };
  more!.hidden = outcome.hits.length <= PAGE;
  status!.textContent = summaryText(outcome, outcome.hits.length);
  showDate(outcome);
  empty!.hidden = outcome.hits.length > 0;
  if (outcome.hits.length === 0) await showSuggestions(outcome, s, mine);
  region!.dataset.searchQuery = s.q;
  // Timings for the benchmark (tests/search/bench.ts): search and search + render, in ms.
  region!.dataset.searchMs = `${Math.round(searched - started)} ${Math.round(performance.now() - started)}`;
  region!.dataset.searchState = 'done';
  clearTimeout(settle);
  settle = setTimeout(() => (kept = true), SETTLE_MS);
}

function showDate(outcome: Outcome): void {
  if (!dateBox) return;
  const note = dateNote(outcome);
  dateBox.hidden = !note;
  if (!note) {
    dateBox.replaceChildren();
    return;
  }
  const link = document.createElement('a');
  link.href = note.href;
  link.textContent = note.label;
  dateBox.replaceChildren(`${note.text} `, link);
}

async function showSuggestions(outcome: Outcome, s: State, mine: number): Promise<void> {
  const engine = await loadSearch();
  const items = await suggestions(engine, outcome);
  if (mine !== generation || !suggestionBox) return;
  suggestionBox.replaceChildren();
  if (items.length > 0) {
    const p = document.createElement('p');
    p.textContent = 'Vorschläge:';
    const ul = document.createElement('ul');
    ul.className = 'sr-suggestions';
    for (const item of items) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.href;
      a.textContent = item.label;
      li.append(a);
      if (item.note) li.append(` (${item.note})`);
      ul.append(li);
    }
    suggestionBox.append(p, ul);
  }
  empty!.querySelector<HTMLElement>('[data-tip-old]')!.hidden = s.alt;
  empty!.querySelector<HTMLElement>('[data-tip-filter]')!.hidden = s.typ.length === 0 && !s.team && !s.gesetz;
}

async function showMore(): Promise<void> {
  if (!shown) return;
  const engine = await loadSearch();
  const next = shown.hits.slice(shown.count, shown.count + PAGE);
  const views = await Promise.all(next.map((h) => view(engine, shown!.outcome, h)));
  const items = views.map(pageItem);
  list!.append(...items);
  shown.count += items.length;
  more!.hidden = shown.count >= shown.hits.length;
  items[0]?.querySelector('a')?.focus();
}

if (form && input && region && list && more && status && empty) {
  form.addEventListener('input', (event) => {
    const s = readForm();
    if (event.target === input) preload(s.q);
    clearTimeout(timer);
    clearTimeout(settle);
    const wait = event.target !== input ? 0 : stillTyping(s.q, lawAbbreviations()) ? PAUSE_MS : DEBOUNCE_MS;
    timer = setTimeout(() => {
      remember(toUrl(s));
      void run(s);
    }, wait);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const s = readForm();
    remember(toUrl(s));
    kept = true;
    void run(s);
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    kept = true;
    const s = fromUrl();
    writeForm(s);
    void run(s);
  });
  input.addEventListener('focus', () => void loadSearch(), { once: true });
  const initial = fromUrl();
  writeForm(initial);
  if (initial.q) void run(initial);
}
