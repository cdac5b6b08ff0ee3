/**
 * The /stand/ page: loads `/api/stand.json` once (same origin, no personal data), then answers
 * "which version applied on day X" for every document in the browser. Renders 100 rows at a
 * time, so 5,000 documents stay quick; the day and filters live in the URL (`?datum=…`).
 */
import { STATUS_LABEL } from '../../model/validity.ts';
import { matchesFilter, standRows, type StandData, type StandRow } from '../../versioning/stand.ts';
import { germanDate } from '../../model/day.ts';
import { localToday } from '../../model/day.ts';

const PAGE = 100;
const collator = new Intl.Collator('de');
const TYPE_LABEL = { checklist: 'Checkliste', guideline: 'Leitfaden' } as const;
const form = document.querySelector<HTMLFormElement>('[data-stand-form]');
if (form) void start(form);

async function start(form: HTMLFormElement): Promise<void> {
  const summary = document.querySelector<HTMLElement>('[data-stand-summary]')!;
  const table = document.querySelector<HTMLTableElement>('[data-stand-table]')!;
  const tbody = document.querySelector<HTMLElement>('[data-stand-rows]')!;
  const caption = document.querySelector<HTMLElement>('[data-stand-caption]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-stand-more]')!;
  const dateInput = form.querySelector<HTMLInputElement>('[data-stand-date]')!;
  const filterInput = form.querySelector<HTMLInputElement>('[data-stand-filter]')!;
  const typeInput = form.querySelector<HTMLSelectElement>('[data-stand-type]')!;
  const today = localToday();
  summary.textContent = 'Die Daten werden geladen …';

  const params = new URLSearchParams(window.location.search);
  dateInput.value = validDay(params.get('datum')) ?? today;
  filterInput.value = params.get('filter') ?? '';
  typeInput.value = params.get('typ') === 'checklist' || params.get('typ') === 'guideline' ? params.get('typ')! : '';

  let data: StandData;
  try {
    const response = await fetch(form.dataset.standSrc ?? '/api/stand.json');
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as StandData;
  } catch {
    summary.textContent = 'Die Daten konnten nicht geladen werden. Bitte die Seite neu laden.';
    return;
  }
  form.hidden = false;
  let rows: StandRow[] = [];
  let shown = 0;

  const render = (updateUrl: boolean) => {
    const day = validDay(dateInput.value);
    if (!day) {
      summary.textContent = 'Bitte einen Stichtag eingeben.';
      return;
    }
    const docs = data.documents
      .filter((d) => (typeInput.value === '' || d.type === typeInput.value) && matchesFilter(d, filterInput.value))
      .sort((a, b) => collator.compare(a.title, b.title));
    rows = standRows(docs, day, today);
    const applied = rows.filter((r) => r.version !== undefined).length;
    summary.textContent = `Am ${germanDate(day)} ${day >= today ? 'gilt' : 'galt'} bei ${applied} von ${rows.length} Dokumenten eine Fassung${rows.length > applied ? `; ${rows.length - applied} gab es noch nicht` : ''}.`;
    caption.textContent = `Geltende Fassungen am ${germanDate(day)}`;
    tbody.replaceChildren();
    shown = 0;
    showMore();
    table.hidden = rows.length === 0;
    if (updateUrl) {
      const query = new URLSearchParams({ datum: day });
      if (filterInput.value.trim()) query.set('filter', filterInput.value.trim());
      if (typeInput.value) query.set('typ', typeInput.value);
      history.replaceState(null, '', `?${query}`);
    }
  };

  const showMore = () => {
    const next = rows.slice(shown, shown + PAGE);
    tbody.append(...next.map(rowElement));
    const firstNew = tbody.children[shown]?.querySelector('a');
    shown += next.length;
    more.hidden = shown >= rows.length;
    more.textContent = `Weitere anzeigen (${rows.length - shown} von ${rows.length} noch nicht angezeigt)`;
    return firstNew;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render(true);
  });
  more.addEventListener('click', () => {
    // Keyboard users continue where the new rows start.
    const first = showMore();
    if (first instanceof HTMLElement) first.focus();
  });
  render(false);
}

function rowElement(row: StandRow): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const cell = (content: string | Node, header = false) => {
    const el = document.createElement(header ? 'th' : 'td');
    if (header) el.setAttribute('scope', 'row');
    el.append(content);
    tr.append(el);
    return el;
  };
  const title = document.createElement('a');
  title.href = row.doc.url;
  title.textContent = row.doc.title;
  cell(title, true);
  cell(TYPE_LABEL[row.doc.type]);
  if (row.version === undefined || !row.url || !row.validFrom || !row.today) {
    cell('keine').classList.add('stand-none');
    cell(`erste Fassung gilt ab ${germanDate(row.firstFrom)}`);
    cell('–');
    return tr;
  }
  const link = document.createElement('a');
  link.href = row.url;
  link.textContent = `Fassung v${row.version}`;
  cell(link);
  cell(row.validUntil ? `vom ${germanDate(row.validFrom)} bis ${germanDate(row.validUntil)}` : `ab ${germanDate(row.validFrom)}, ohne Enddatum`);
  const badge = document.createElement('span');
  badge.className = `badge badge-${row.today}`;
  badge.textContent = STATUS_LABEL[row.today];
  cell(badge);
  return tr;
}

function validDay(value: string | null): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined;
}
