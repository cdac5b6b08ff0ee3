/**
 * "Neu für Sie" on the start page (section[data-new-for-you]): loads /api/neu.json, shows what is
 * new since the reader's last visit and lets them mark items read. Visit days and read marks stay
 * in this browser's localStorage; nothing is sent anywhere. Rules: src/briefings/new-for-you.ts.
 */
import { statusView } from '../../briefings/status-view.ts';
import {
  markRead,
  newItems,
  parseState,
  startVisit,
  STORAGE_KEY,
  FIRST_VISIT_DAYS,
  type NewForYouData,
  type NewItem,
  type VisitState,
} from '../../briefings/new-for-you.ts';
import { germanDate, localToday } from '../../model/day.ts';

const section = document.querySelector<HTMLElement>('[data-new-for-you]');

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const KIND: Record<NewItem['k'], string> = { b: 'Rechtsänderung', c: 'Checkliste', g: 'Leitfaden' };

/** A briefing superseded or expired by the reading day says so (the one rule, src/model/briefing-status.ts). */
function ended(item: NewItem, today: string): string {
  if (!item.f) return '';
  const view = statusView(item.f, today);
  if (view.status !== 'superseded' && view.status !== 'expired') return '';
  return `, ${view.label}: ${view.line.map((s) => (typeof s === 'string' ? s : s.text)).join('')}`;
}

function describe(item: NewItem, today: string): string {
  if (item.k === 'b') return `${KIND.b}, veröffentlicht am ${germanDate(item.d)}${item.e ? `, wirksam ab ${germanDate(item.e)}` : ''}${ended(item, today)}`;
  return `${KIND[item.k]}, neue Fassung v${item.v ?? '?'}, gilt seit ${germanDate(item.d)}`;
}

async function run(root: HTMLElement): Promise<void> {
  const store = storage();
  const today = localToday();
  const before = parseState(store?.getItem(STORAGE_KEY) ?? null);
  let state: VisitState = startVisit(before, today);
  const save = () => store?.setItem(STORAGE_KEY, JSON.stringify(state));
  save();

  const response = await fetch('/api/neu.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) return;
  const data = (await response.json()) as NewForYouData;

  const fallback = root.querySelector<HTMLElement>('[data-new-for-you-fallback]');
  const status = el('p', { class: 'visually-hidden', role: 'status', 'data-new-for-you-status': '' });
  const body = el('div', { 'data-new-for-you-body': '' });
  fallback?.remove();
  root.append(body, status);

  const render = (focusAfter?: number) => {
    const items = newItems(data, state, today);
    const since = state.previous
      ? `Seit Ihrem letzten Besuch am ${germanDate(state.previous)}`
      : `Ihr erster Besuch mit diesem Browser. In den letzten ${FIRST_VISIT_DAYS} Tagen`;
    body.replaceChildren();
    if (items.length === 0) {
      body.append(el('p', { 'data-new-for-you-empty': '' }, `${since} gibt es nichts Neues für Sie.`));
      if (focusAfter !== undefined) focusHeading(root);
      return;
    }
    body.append(el('p', {}, `${since}: ${items.length === 1 ? '1 Neuerung' : `${items.length} Neuerungen`}.`));
    const list = el('ul', { class: 'compact-list', 'data-new-for-you-list': '' });
    items.forEach((item, index) => {
      const button = el(
        'button',
        { type: 'button', class: 'secondary', 'data-mark-read': item.u },
        'Als gelesen markieren',
        el('span', { class: 'visually-hidden' }, ` – ${item.t}`),
      );
      button.addEventListener('click', () => {
        state = markRead(state, [item.u], data);
        save();
        status.textContent = `„${item.t}“ als gelesen markiert.`;
        render(index);
      });
      list.append(
        el('li', { 'data-new-item': item.u }, el('a', { href: item.u }, item.t), ' ', el('span', { class: 'meta' }, `(${describe(item, today)})`), ' ', button),
      );
    });
    const all = el('button', { type: 'button', 'data-mark-all-read': '' }, 'Alle als gelesen markieren');
    all.addEventListener('click', () => {
      state = markRead(
        state,
        items.map((i) => i.u),
        data,
      );
      save();
      status.textContent = 'Alle Neuerungen als gelesen markiert.';
      render(0);
    });
    body.append(list, el('p', {}, all));
    if (focusAfter !== undefined) {
      // Keep keyboard users in place: focus the next item's button, or the list's last one.
      const buttons = [...list.querySelectorAll<HTMLButtonElement>('[data-mark-read]')];
      (buttons[Math.min(focusAfter, buttons.length - 1)] ?? all).focus();
    }
  };
  render();
}

/** After the last item is marked read its button is gone: keep focus in the section. */
function focusHeading(root: HTMLElement): void {
  const heading = root.querySelector<HTMLElement>('h2');
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

if (section) {
  run(section).catch(() => {
    // Offline or blocked storage: the fallback paragraph stays, the page works without the list.
  });
}
