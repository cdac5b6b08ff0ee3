/**
 * Watches a browser context while tests use the site: every request (any other host than the
 * site's is a finding), failed requests, Content-Security-Policy violations (reported by the
 * page itself through `securitypolicyviolation`, which also catches what the browser blocked)
 * and console errors. Cookies are read from the context at the end.
 */
import type { BrowserContext } from '@playwright/test';

export interface Watch {
  requests: number;
  foreign: string[];
  failed: string[];
  csp: string[];
  consoleErrors: string[];
  /** Lists every finding; empty when the site behaved. */
  findings(): string[];
  cookies(): Promise<string[]>;
}

const INTERNAL = /^(data|blob|about|chrome|chrome-extension|devtools):/;

export async function watchContext(
  context: BrowserContext,
  origin: string,
  options: { allowStatus?: (url: string, status: number) => boolean } = {},
): Promise<Watch> {
  const watch: Watch = {
    requests: 0,
    foreign: [],
    failed: [],
    csp: [],
    consoleErrors: [],
    findings: () => [
      ...watch.foreign.map((u) => `Anfrage an fremden Host: ${u}`),
      ...watch.failed.map((u) => `fehlgeschlagene Anfrage: ${u}`),
      ...watch.csp.map((c) => `CSP-Verstoß: ${c}`),
      ...watch.consoleErrors.map((c) => `Konsolenfehler: ${c}`),
    ],
    cookies: async () => (await context.cookies()).map((c) => `${c.name}@${c.domain}`),
  };
  await context.exposeBinding('__lotseCspViolation', ({ page }, text: string) => watch.csp.push(`${page.url()}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __lotseCspViolation(text: string): void }).__lotseCspViolation(
        `${e.violatedDirective} blockiert ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  context.on('request', (request) => {
    const url = request.url();
    if (INTERNAL.test(url)) return;
    watch.requests += 1;
    if (new URL(url).origin !== origin) watch.foreign.push(url);
  });
  context.on('requestfailed', (request) => {
    // A navigation the test itself replaced is aborted by the browser, not by the site.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    watch.failed.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400 && !options.allowStatus?.(response.url(), response.status()))
      watch.failed.push(`${response.url()} (HTTP ${response.status()})`);
  });
  context.on('console', (message) => {
    // Failed loads are reported (or allowed) by status above; the console repeats them.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      watch.consoleErrors.push(`${message.location().url}: ${message.text().slice(0, 200)}`);
  });
  return watch;
}
