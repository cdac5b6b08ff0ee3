/**
 * On every page: waits until the reader focuses the header search field (click, Tab, "/" or
 * Ctrl+K via shell.ts), then adds the quick-search popup after the form and loads the quick
 * search. Until then no search code, index or word list is fetched.
 */
export {};

/** The quick-search popup (hidden until there are results to show). */
export const POPUP_HTML = `<p id="schnellsuche-titel" class="search-popup-title">Schnellsuche</p>
<p class="sr-status" role="status" data-quick-status></p>
<ol class="sr-quick" data-quick-results></ol>
<p class="search-popup-more"><a href="/suche/" data-quick-all>Alle Treffer, Filter und frühere Fassungen auf der Suchseite</a></p>
<p class="search-popup-keys meta">Pfeiltasten: Treffer wählen · Esc: schließen</p>`;

function popupAfter(form: HTMLElement): HTMLElement {
  const existing = document.querySelector<HTMLElement>('[data-quick-search]');
  if (existing) return existing;
  const popup = document.createElement('div');
  popup.className = 'search-popup';
  popup.id = 'schnellsuche';
  popup.setAttribute('role', 'dialog');
  popup.setAttribute('aria-labelledby', 'schnellsuche-titel');
  popup.hidden = true;
  popup.dataset.quickSearch = '';
  popup.innerHTML = POPUP_HTML;
  form.after(popup);
  return popup;
}

const field = document.querySelector<HTMLInputElement>('[data-search-input]');

if (field?.form) {
  const form = field.form;
  const start = () => void import('./search-dialog.ts').then((m) => m.attach(field, popupAfter(form)));
  if (document.activeElement === field) start();
  else field.addEventListener('focus', start, { once: true });
}
