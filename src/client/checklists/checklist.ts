/**
 * Interactive checklist: ticks are saved in localStorage under one key per checklist version
 * (`lotse.checkliste.checklists/<slug>@v<N>` → `["i1","i4"]`); nothing is ever sent over the
 * network and nothing but item numbers is stored. Shows progress, filters to open items, copies
 * the list as plain text for a case note, prints, resets (with undo).
 */
import { germanDate } from '../../model/day.ts';
import { localToday } from '../../model/day.ts';

const tools = document.querySelector<HTMLElement>('[data-checklist-tools]');
const body = document.querySelector<HTMLElement>('[data-doc-body]');
if (tools && body) setUp(tools, body);

function setUp(tools: HTMLElement, body: HTMLElement): void {
  const key = tools.dataset.storageKey ?? '';
  const items = [...body.querySelectorAll<HTMLElement>('.check-item')];
  const boxes = items.map((item) => item.querySelector<HTMLInputElement>('input.check-box')).filter((b): b is HTMLInputElement => b !== null);
  const progress = tools.querySelector<HTMLProgressElement>('[data-progress]')!;
  const progressText = tools.querySelector<HTMLElement>('[data-progress-text]')!;
  const status = tools.querySelector<HTMLElement>('[data-check-status]')!;
  const filter = tools.querySelector<HTMLButtonElement>('[data-filter-open]')!;
  let undo: string[] | undefined;

  const idOf = (box: HTMLInputElement) => box.closest<HTMLElement>('.check-item')?.dataset.check ?? box.id;
  const ticked = () => boxes.filter((b) => b.checked).map(idOf);

  const stored = load(key);
  for (const box of boxes) box.checked = stored.has(idOf(box));
  tools.hidden = false;
  update();

  body.addEventListener('change', (event) => {
    const box = event.target as HTMLElement;
    if (!(box instanceof HTMLInputElement) || !box.classList.contains('check-box')) return;
    save(key, ticked());
    undo = undefined;
    if (filter.getAttribute('aria-pressed') === 'true' && box.checked) hideAndMoveFocus(box);
    update();
  });

  filter.addEventListener('click', () => {
    const on = filter.getAttribute('aria-pressed') !== 'true';
    filter.setAttribute('aria-pressed', String(on));
    applyFilter(on);
    status.textContent = on ? 'Erledigte Punkte sind ausgeblendet.' : 'Alle Punkte werden angezeigt.';
  });

  tools.querySelector('[data-reset]')?.addEventListener('click', () => {
    const previous = ticked();
    if (previous.length === 0) {
      status.textContent = 'Es sind keine Häkchen gesetzt.';
      return;
    }
    for (const box of boxes) box.checked = false;
    save(key, []);
    undo = previous;
    applyFilter(filter.getAttribute('aria-pressed') === 'true');
    update();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.textContent = 'Rückgängig';
    button.addEventListener('click', () => {
      if (!undo) return;
      for (const box of boxes) box.checked = undo.includes(idOf(box));
      save(key, undo);
      undo = undefined;
      applyFilter(filter.getAttribute('aria-pressed') === 'true');
      update();
      status.textContent = 'Häkchen wiederhergestellt.';
    });
    status.replaceChildren(`${previous.length} Häkchen entfernt. `, button);
  });

  tools.querySelector('[data-copy]')?.addEventListener('click', () => void copy(checklistText(body, boxes.length, ticked().length), tools, status));
  // Printing: an empty form (the default, also for Ctrl+P) or with this browser's ticks for the
  // file note. The print header says which, so ticks never disappear silently.
  let printTicks = false;
  for (const button of tools.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.addEventListener('click', () => {
      printTicks = button.dataset.print === 'ticked';
      preparePrint();
      window.print();
    });
  }
  const preparePrint = () => {
    setPrintDate();
    document.documentElement.toggleAttribute('data-print-ticks', printTicks);
    const modeText = document.querySelector<HTMLElement>('[data-print-mode-text]');
    if (modeText) modeText.textContent = printTicks
      ? `Bearbeitungsstand vom ${germanDate(localToday())}: ${ticked().length} von ${boxes.length} Punkten abgehakt.`
      : 'Leeres Formular zum Abhaken von Hand.';
  };
  preparePrint();
  window.addEventListener('beforeprint', preparePrint);
  window.addEventListener('afterprint', () => {
    printTicks = false;
    preparePrint();
  });

  function update(): void {
    const done = ticked().length;
    const total = boxes.length;
    progress.max = Math.max(total, 1);
    progress.value = done;
    progressText.textContent = total === 0 ? 'Diese Checkliste hat keine Punkte zum Abhaken.' : `${done} von ${total} Punkten erledigt, ${total - done} offen${done === total ? ' – alles erledigt' : ''}`;
  }

  function applyFilter(on: boolean): void {
    for (const item of items) item.hidden = on && (item.querySelector<HTMLInputElement>('input.check-box')?.checked ?? false);
  }

  /** In the open-items view a ticked item disappears; focus moves on instead of getting lost. */
  function hideAndMoveFocus(box: HTMLInputElement): void {
    const at = boxes.indexOf(box);
    const next = boxes.slice(at + 1).find((b) => !b.checked) ?? boxes.slice(0, at).reverse().find((b) => !b.checked);
    box.closest<HTMLElement>('.check-item')!.hidden = true;
    if (next) next.focus();
    else filter.focus();
  }
}

function load(key: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string' && /^i\d+$/.test(v)) : []);
  } catch {
    return new Set();
  }
}

function save(key: string, ids: string[]): void {
  try {
    if (ids.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(ids));
  } catch {
    // Storage may be off (private mode); ticking still works for this visit.
  }
}

/** Plain text for a case note: title, version and validity, then `[x]`/`[ ]` per item under its heading. */
export function checklistText(body: HTMLElement, total: number, done: number): string {
  const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const lines = [text(document.querySelector('article h1')), `${text(document.querySelector('.doc-kind'))} – ${text(document.querySelector('[data-validity-text]'))}`, `Stand: ${germanDate(localToday())}, ${done} von ${total} Punkten erledigt`, ''];
  for (const el of body.querySelectorAll('h2, h3, .check-item')) {
    if (el.classList.contains('check-item')) {
      const box = el.querySelector<HTMLInputElement>('input.check-box');
      lines.push(`${box?.checked ? '[x]' : '[ ]'} ${text(el.querySelector(':scope > label'))}`);
    } else {
      if (lines.at(-1) !== '') lines.push('');
      lines.push(text(el));
    }
  }
  lines.push('', `Quelle: ${window.location.origin}${window.location.pathname}`);
  return lines.join('\n');
}

async function copy(value: string, tools: HTMLElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(value);
    status.textContent = 'Checkliste als Text in die Zwischenablage kopiert.';
  } catch {
    // No clipboard access (e.g. plain http in an intranet): offer the text to copy by hand.
    const fallback = tools.querySelector<HTMLElement>('[data-copy-fallback]');
    const area = tools.querySelector<HTMLTextAreaElement>('[data-copy-text]');
    if (!fallback || !area) return;
    area.value = value;
    fallback.hidden = false;
    area.focus();
    area.select();
    status.textContent = 'Kopieren war nicht automatisch möglich: Der Text ist markiert, bitte mit Strg+C kopieren.';
  }
}

function setPrintDate(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) el.textContent = germanDate(localToday());
}
