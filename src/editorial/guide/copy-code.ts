/**
 * "Kopieren" buttons for the examples of the authors' guide (`figure[data-copy]`). Progressive
 * enhancement: without JavaScript the examples are plain, selectable text. Where the clipboard
 * API is unavailable (plain http), the button selects the text instead.
 */
for (const figure of document.querySelectorAll<HTMLElement>('figure[data-copy]')) {
  const code = figure.querySelector('pre code');
  const caption = figure.querySelector('figcaption');
  if (!code || !caption) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.textContent = 'Beispiel kopieren';
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  caption.append(button, status);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = 'Kopiert.';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = 'Markiert – mit Strg+C kopieren.';
    }
  });
}
