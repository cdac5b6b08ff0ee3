/**
 * /glossar/#<id>: links made while the glossary was one page (search results, bookmarks,
 * e-mails) point to an entry's id on /glossar/. The overview keeps those ids on its lines, so
 * without JavaScript such a link lands on the line that links to the definition; this script
 * goes on to the definition on its letter page at once (replacing the history entry, so "Back"
 * does not bounce). An old letter anchor (#buchstabe-A) opens the letter page.
 */
function follow(): void {
  let id: string;
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return;
  }
  const target = id ? document.getElementById(id) : null;
  const page = target?.closest<HTMLElement>('[data-glossary-page]')?.dataset.glossaryPage;
  if (!target || !page) return;
  window.location.replace(target.tagName === 'H2' ? page : `${page}#${encodeURIComponent(id)}`);
}

follow();
window.addEventListener('hashchange', follow);
