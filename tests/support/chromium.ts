/** Finds Debian's Chromium (or CHROMIUM_PATH); Playwright cannot download browsers here. */
import { findProgram } from '../../scripts/system-requirements.ts';

export function chromiumPath(): string {
  const found = findProgram('chromium');
  if (!found) {
    throw new Error(
      'Kein Chromium gefunden. Fix: "npm test" installiert es auf Debian als root; sonst "apt-get install -y chromium" ausführen oder CHROMIUM_PATH=/pfad/zu/chromium setzen.',
    );
  }
  return found;
}

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--no-sandbox',
];
