/**
 * Serves the sites the browser tests run against: the fixture content set on port 4400 and the
 * seed content of the repository on the next port (tests/support/ports.ts), both with a fixed
 * reference date. They are the shared builds of tests/support/reliability-sites.ts, so the build
 * tests, the browser tests and test:full build each content set once per state of its inputs.
 */
import type { Server } from 'node:http';
import { serveDirectory } from './static-server.ts';
import { PORTS } from './ports.ts';
import { builtSite, SITE_DATE, type SiteName } from './reliability-sites.ts';

export const E2E_DATE = SITE_DATE;
export const SITES: Record<SiteName, { port: number }> = {
  fixture: { port: PORTS.fixture },
  seed: { port: PORTS.seed },
};

export default async function setup(): Promise<() => Promise<void>> {
  const servers: Server[] = [];
  const only = process.env.LOTSE_E2E_SITES?.split(',');
  for (const [name, site] of Object.entries(SITES) as [SiteName, { port: number }][]) {
    if (only && !only.includes(name)) continue;
    servers.push(await serveDirectory(builtSite(name), site.port));
  }
  return async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  };
}
