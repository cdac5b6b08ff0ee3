/**
 * The quick search of the header: the search field becomes a combobox whose popup (a non-modal
 * dialog, SearchDialog.astro) lists the best results while typing. Keyboard: ↓ from the field
 * into the results, ↑/↓/Pos1/Ende between them, Esc closes and returns to the field, Enter in
 * the field opens /suche/ with the query. The field keeps its plain form behaviour without JS.
 */
import { lawAbbreviations, loadSearch, preload } from './search-runtime.ts';
import { quickItem, summaryText, view } from './search-render.ts';
import { stillTyping } from '../../search/browser/typing.ts';

const SHOWN = 6;
const DEBOUNCE_MS = 60;
/** A query ending in a word of one or two letters is searched only after a pause (typing.ts). */
const PAUSE_MS = 600;

export function attach(input: HTMLInputElement, popup: HTMLElement): void {
  const list = popup.querySelector<HTMLOListElement>('[data-quick-results]')!;
  const status = popup.querySelector<HTMLElement>('[data-quick-status]')!;
  const all = popup.querySelector<HTMLAnchorElement>('[data-quick-all]')!;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Set while focus returns to the field after Escape, so that focusing does not reopen. */
  let returning = false;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-haspopup', 'dialog');
  input.setAttribute('aria-controls', popup.id);
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-autocomplete', 'none');
  void loadSearch();

  const open = () => {
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  /** The reader closed the popup: a search still on its way must not open it again. */
  const dismiss = () => {
    generation++;
    clearTimeout(timer);
    close();
  };
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a'), all];

  async function run(query: string): Promise<void> {
    const mine = ++generation;
    const q = query.trim();
    all.href = q ? `/suche/?q=${encodeURIComponent(q)}` : '/suche/';
    if (q.length < 2) {
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    popup.dataset.searchState = 'loading';
    const engine = await loadSearch();
    // A search overtaken by typing loads no fragments for ranking (bytes of the first query).
    const outcome = await engine.search(q, { rerank: SHOWN, stale: () => mine !== generation || input.value.trim() !== q });
    if (mine !== generation) return;
    const views = await Promise.all(outcome.hits.slice(0, SHOWN).map((h) => view(engine, outcome, h)));
    if (mine !== generation) return;
    // Results that arrive while the reader is in the list keep the focus on the same place.
    const focused = [...list.querySelectorAll('a')].indexOf(document.activeElement as HTMLAnchorElement);
    list.replaceChildren(...views.map(quickItem));
    if (focused >= 0) (list.querySelectorAll('a')[Math.min(focused, views.length - 1)] ?? all).focus();
    status.textContent = summaryText(outcome, outcome.hits.length);
    popup.dataset.searchState = 'done';
    open();
  }

  input.addEventListener('input', () => {
    preload(input.value);
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), stillTyping(input.value, lawAbbreviations()) ? PAUSE_MS : DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => {
    if (!returning && input.value.trim().length >= 2 && list.children.length > 0) open();
    returning = false;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !popup.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape' && !popup.hidden) {
      event.preventDefault();
      dismiss();
    }
  });
  popup.addEventListener('keydown', (event) => {
    const items = links();
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      dismiss();
      returning = true;
      input.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else items[Math.min(next, items.length - 1)]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    }
  });
  const outside = (target: EventTarget | null) => !(target instanceof Node) || (!popup.contains(target) && target !== input);
  document.addEventListener('focusin', (event) => {
    if (!popup.hidden && outside(event.target)) dismiss();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!popup.hidden && outside(event.target)) dismiss();
  });
  if (input.value.trim().length >= 2) void run(input.value);
}
