/**
 * `npm run test:full` browser suites: the seed site served by nginx with deploy/nginx.conf
 * (tests/full/full-setup.ts), every page checked with axe and watched for foreign requests.
 */
import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../support/chromium.ts';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './full-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 180_000,
  reporter: [['list'], ['../support/count-reporter.ts']],
  use: {
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    // The service worker runs only where a test allows it (reliability-nginx.spec.ts, offline).
    serviceWorkers: 'block',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
