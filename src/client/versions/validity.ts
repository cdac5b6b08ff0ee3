/**
 * Re-evaluates validity in the browser (CONTENT-MODEL.md, "The reference date"): a page built on
 * Monday and read on Friday shows Friday's truth. Every `[data-validity]` element carries its
 * document's versions; status badges (`[data-vstatus]`) and notices (`[data-validity-notices]`)
 * are recomputed with the same rule and words as the build (src/versioning/notices.ts).
 * Also answers the per-document "Was galt am …?" picker and the compare form.
 */
import { STATUS_LABEL, validityOf, validityText } from '../../model/validity.ts';
import { validityNotices, validFromsOf, versionOnDate, type Notice, type ValidityData } from '../../versioning/notices.ts';
import { versionUrl } from '../../site/urls.ts';
import { germanDate, localToday } from '../../model/day.ts';

const today = localToday();
const buildDate = document.body.dataset.buildDate ?? today;
const roots = [...document.querySelectorAll<HTMLElement>('[data-validity]')];

for (const root of roots) {
  const data = JSON.parse(root.dataset.validity ?? '{}') as ValidityData;
  if (today !== buildDate) refresh(root, data);
  wireDatePicker(root, data);
}
for (const form of document.querySelectorAll<HTMLFormElement>('[data-compare-picker]')) wireComparePicker(form);
// „Betroffen von …“: a briefing superseded or expired since the build says so on the reading day.
// Loaded only where a page names a briefing and is read after its build day (most pages do not).
if (today !== buildDate && document.querySelector('[data-briefing-status]'))
  void import('../briefings/briefing-status.ts').then((m) => m.refreshBriefingStatus(today));

if (roots.length > 0 && today !== buildDate) {
  const note = document.querySelector<HTMLElement>('[data-read-date]');
  if (note) {
    note.textContent = `Gelesen am ${germanDate(today)}: Gültigkeit und Status sind auf diesen Tag berechnet.`;
    note.hidden = false;
  }
}

function refresh(root: HTMLElement, data: ValidityData): void {
  const froms = validFromsOf(data);
  for (const cell of root.querySelectorAll<HTMLElement>('[data-vstatus]')) {
    const index = Number(cell.dataset.vstatus);
    if (!(index >= 0 && index < froms.length)) continue;
    const validity = validityOf(froms, index, today);
    const badge = cell.querySelector<HTMLElement>('[data-status-badge]');
    if (badge) {
      badge.className = `badge badge-${validity.status}`;
      badge.dataset.statusBadge = validity.status;
      badge.textContent = STATUS_LABEL[validity.status];
    }
    const text = cell.querySelector<HTMLElement>('[data-validity-text]');
    if (text) text.textContent = validityText(validity);
  }
  const container = root.querySelector<HTMLElement>('[data-validity-notices]');
  if (container && data.index >= 0) container.replaceChildren(...validityNotices(data, today, buildDate).map(renderNotice));
}

/** The same markup as src/components/Notices.astro. */
function renderNotice(notice: Notice): HTMLElement {
  const box = document.createElement('div');
  box.className = `notice notice-${notice.tone}`;
  box.setAttribute('role', 'note');
  box.dataset.notice = notice.id;
  const title = document.createElement('p');
  title.className = 'notice-title';
  title.textContent = notice.title;
  box.append(title);
  for (const line of notice.lines) {
    const p = document.createElement('p');
    for (const segment of line) {
      if (typeof segment === 'string') p.append(segment);
      else {
        const a = document.createElement('a');
        a.href = segment.href;
        a.textContent = segment.text;
        p.append(a);
      }
    }
    box.append(p);
  }
  return box;
}

/**
 * The per-document "Was galt am …?" form. It works only with this script, so the script adds it
 * to the version history (`[data-date-picker-slot]`) instead of every page carrying it hidden.
 */
function datePicker(slug: string): { form: HTMLFormElement; input: HTMLInputElement; result: HTMLElement } {
  const form = document.createElement('form');
  form.className = 'date-picker';
  form.dataset.datePicker = '';
  const heading = document.createElement('h3');
  heading.className = 'date-picker-heading';
  heading.textContent = 'Was galt am …?';
  const row = document.createElement('div');
  row.className = 'date-picker-row';
  const label = document.createElement('label');
  label.htmlFor = `stichtag-${slug}`;
  label.textContent = 'Stichtag';
  const input = document.createElement('input');
  Object.assign(input, { type: 'date', id: `stichtag-${slug}`, name: 'datum', required: true, value: today });
  input.className = 'kern-form-input__input';
  input.dataset.dateInput = '';
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Fassung anzeigen';
  row.append(label, input, button);
  const result = document.createElement('p');
  result.className = 'date-picker-result';
  result.setAttribute('role', 'status');
  result.dataset.dateResult = '';
  const more = document.createElement('p');
  more.className = 'meta';
  const link = document.createElement('a');
  link.href = '/stand/';
  link.textContent = 'Was galt am … für alle Dokumente?';
  more.append(link);
  form.append(heading, row, result, more);
  return { form, input, result };
}

function wireDatePicker(root: HTMLElement, data: ValidityData): void {
  const slot = root.querySelector<HTMLElement>('[data-date-picker-slot]');
  if (!slot) return;
  const { form, input, result } = datePicker(data.slug);
  slot.replaceWith(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.value)) {
      result.textContent = 'Bitte ein Datum eingeben.';
      return;
    }
    const answer = versionOnDate(data, input.value, today);
    result.replaceChildren(answer.text);
    const version = data.versions[answer.index];
    if (version && answer.index !== data.index) {
      const link = document.createElement('a');
      link.href = versionUrl(data.kind, data.slug, version.v);
      link.textContent = `Fassung v${version.v} öffnen`;
      result.append(' ', link);
    } else if (version) result.append(' Das ist die Fassung auf dieser Seite.');
  });
}

function wireComparePicker(form: HTMLFormElement): void {
  const [from, to] = [...form.querySelectorAll('select')];
  const message = form.querySelector<HTMLElement>('[data-compare-message]');
  form.addEventListener('submit', (event) => {
    if (!from || !to) return;
    event.preventDefault();
    const a = Number(from.value);
    const b = Number(to.value);
    if (a === b) {
      if (message) message.textContent = 'Bitte zwei verschiedene Fassungen wählen.';
      return;
    }
    window.location.assign(`${form.dataset.compareBase}v${Math.min(a, b)}-v${Math.max(a, b)}/`);
  });
}
