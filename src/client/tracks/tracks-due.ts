/**
 * Start page entry (one line in src/pages/index.astro): only a browser that holds onboarding
 * progress loads the code and data for "Ihre Einarbeitung diese Woche"; everyone else loads
 * nothing more than this check.
 */
import { STORAGE_KEY_NAME } from './tracks-key.ts';

let stored: string | null = null;
try {
  stored = window.localStorage.getItem(STORAGE_KEY_NAME);
} catch {
  // Storage blocked: there is no progress to show.
}
if (stored !== null && document.querySelector('[data-due-this-week]')) {
  import('./tracks-due-view.ts').then((view) => view.showDueThisWeek());
}
