import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './tests/support/chromium.ts';
import { SEED_URL } from './tests/support/ports.ts';

export default defineConfig({
  testDir: 'tests/browser',
  globalSetup: './tests/support/e2e-setup.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['./tests/support/count-reporter.ts']],
  use: {
    baseURL: SEED_URL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    // Lotse's service worker precaches the whole site on the first visit; only the offline tests
    // (tests/browser/offline.spec.ts) let it run, so the other suites measure pages, not caching.
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
