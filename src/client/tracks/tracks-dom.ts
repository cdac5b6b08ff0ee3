/** A tiny element builder for the client-rendered report and start-page box (text only, never HTML strings). */
type Child = Node | string | false | null | undefined;

export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Wires every `[data-print]` button to the browser's print dialogue. */
export function wirePrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) button.addEventListener('click', () => window.print());
}
