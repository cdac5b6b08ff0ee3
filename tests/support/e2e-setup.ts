/**
 * Builds the sites the browser tests run against, once: the fixture content set on port 4400
 * and the seed content of the repository on the next port (tests/support/ports.ts), both with a fixed reference date.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { buildSite, repo } from './build-site.ts';
import { serveDirectory } from './static-server.ts';
import { PORTS } from './ports.ts';

export const E2E_DATE = '2026-11-25';
export const SITES = {
  fixture: { content: join(repo, 'tests/fixtures/valid'), port: PORTS.fixture },
  seed: { content: repo, port: PORTS.seed },
} as const;

export default async function setup(): Promise<() => Promise<void>> {
  const servers: Server[] = [];
  const only = process.env.LOTSE_E2E_SITES?.split(',');
  for (const [name, site] of Object.entries(SITES)) {
    if (only && !only.includes(name)) continue;
    const out = join(repo, '.lotse', 'e2e', name);
    if (!process.env.LOTSE_E2E_REUSE) {
      const result = buildSite({ content: site.content, out, date: E2E_DATE });
      if (result.status !== 0) throw new Error(`Build der Testseite „${name}“ fehlgeschlagen:\n${result.output}`);
    }
    servers.push(await serveDirectory(out, site.port));
  }
  return async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  };
}
