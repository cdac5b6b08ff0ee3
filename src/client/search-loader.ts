/**
 * On every page: waits until the reader focuses the header search field (click, Tab, "/" or
 * Ctrl+K via shell.ts), then loads the quick search. Until then no search code, index or word
 * list is fetched.
 */
export {};

const field = document.querySelector<HTMLInputElement>('[data-search-input]');
const popup = document.querySelector<HTMLElement>('[data-quick-search]');

if (field && popup) {
  const start = () => void import('./search-dialog.ts').then((m) => m.attach(field, popup));
  if (document.activeElement === field) start();
  else field.addEventListener('focus', start, { once: true });
}
