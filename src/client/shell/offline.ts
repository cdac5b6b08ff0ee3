/**
 * Offline use (issue 19), in the browser: registers the service worker (src/offline/sw.ts) and
 * keeps the reader from trusting stale pages silently.
 *
 * - Offline: "Offline – Stand vom <Build-Datum>", while the network is gone.
 * - A newer build is online: the worker has downloaded it and waits; the reader is told and
 *   chooses when to reload (SKIP_WAITING, then one reload when the new worker takes over).
 * - The page's build is more than STALE_AFTER_DAYS days old on the reader's day: legal content
 *   may have changed since.
 */
import { daysBetween, germanDate } from '../../model/day.ts';
import { localToday } from '../../model/day.ts';

export const STALE_AFTER_DAYS = 7;

const buildDate = document.body.dataset.buildDate;
let region: HTMLElement | undefined;

/** The live region exists only while it has something to say (pages have their own status regions). */
function notices(): HTMLElement {
  if (!region) {
    region = document.createElement('div');
    region.className = 'offline-notices';
    region.setAttribute('role', 'status');
    document.querySelector('.page')?.prepend(region);
  }
  return region;
}

function show(id: string, build: (box: HTMLElement) => void): void {
  const region = notices();
  if (region.querySelector(`[data-offline-notice="${id}"]`)) return;
  const box = document.createElement('div');
  box.className = 'notice notice-warn offline-notice';
  box.dataset.offlineNotice = id;
  build(box);
  region.append(box);
}

function hide(id: string): void {
  region?.querySelector(`[data-offline-notice="${id}"]`)?.remove();
  if (region && region.childElementCount === 0) {
    region.remove();
    region = undefined;
  }
}

function paragraph(box: HTMLElement, title: string, text: string): void {
  const p = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = title;
  p.append(strong, ` ${text}`);
  box.append(p);
}

function showOffline(): void {
  if (!buildDate) return;
  show('offline', (box) =>
    paragraph(
      box,
      `Offline – Stand vom ${germanDate(buildDate)}.`,
      'Sie sehen die auf diesem Gerät gespeicherte Fassung von Lotse. Ältere Fassungen und Vergleiche sind nur da, wenn Sie sie schon einmal geöffnet haben.',
    ),
  );
}

function showStale(age: number): void {
  if (!buildDate) return;
  show('stale', (box) =>
    paragraph(
      box,
      `Stand vom ${germanDate(buildDate)}, vor ${age} Tagen.`,
      'Rechtsinhalte können sich seitdem geändert haben. Prüfen Sie wichtige Entscheidungen online, sobald Sie wieder Netz haben.',
    ),
  );
}

let reloadChosen = false;

/** `waiting`: the new worker to activate; without it the new build already runs (another tab chose it). */
function showUpdate(waiting?: ServiceWorker): void {
  show('update', (box) => {
    paragraph(box, 'Eine neuere Fassung von Lotse ist da.', 'Laden Sie die Seite neu, um sie zu sehen.');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Jetzt neu laden';
    button.addEventListener('click', () => {
      button.disabled = true;
      reloadChosen = true;
      if (waiting) waiting.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    });
    box.append(button);
  });
}

if (buildDate) {
  const age = daysBetween(buildDate, localToday());
  if (age > STALE_AFTER_DAYS) showStale(age);
}
if (!navigator.onLine) showOffline();
addEventListener('offline', showOffline);
addEventListener('online', () => hide('offline'));

if ('serviceWorker' in navigator) {
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The first install takes over silently; a chosen update reloads once; an update chosen in
    // another tab does not reload this one under the reader's hands.
    if (reloadChosen) location.reload();
    else if (hadController) {
      hide('update');
      showUpdate();
    }
  });
  navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .then((registration) => {
      const offer = () => {
        if (registration.waiting && navigator.serviceWorker.controller) showUpdate(registration.waiting);
      };
      offer();
      registration.addEventListener('updatefound', () => {
        registration.installing?.addEventListener('statechange', offer);
      });
      // Tabs stay open for days at a desk: look for a new build when the reader comes back.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && navigator.onLine) void registration.update().catch(() => undefined);
      });
      addEventListener('online', () => void registration.update().catch(() => undefined));
    })
    .catch(() => undefined);
}
