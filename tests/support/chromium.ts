/** Finds Debian's Chromium (or CHROMIUM_PATH); Playwright cannot download browsers here. */
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Kein Chromium gefunden (gesucht: ${candidates.join(', ')}). Fix: "apt-get install -y chromium" ausführen oder CHROMIUM_PATH=/pfad/zu/chromium setzen.`,
    );
  }
  return found;
}

export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--no-sandbox'];
