/**
 * Behaviour every page shares: "/" and Ctrl+K focus the search field; the footer says when the
 * page is read on a later day than it was built (validity is then re-evaluated by validity.ts).
 */
const input = document.querySelector<HTMLInputElement>('[data-search-input]');

document.addEventListener('keydown', (event) => {
  if (!input) return;
  const target = event.target as HTMLElement | null;
  const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
  if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});
