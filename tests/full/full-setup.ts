/**
 * Builds the seed site (or reuses the build of the same inputs) and serves it with nginx and
 * the production configuration; the tests read the address from LOTSE_NGINX_URL.
 */
import { builtSite } from '../support/reliability-sites.ts';
import { startNginx } from '../support/nginx.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const dist = builtSite('seed');
  const nginx = await startNginx(dist);
  process.env.LOTSE_NGINX_URL = nginx.url;
  process.env.LOTSE_FULL_DIST = dist;
  console.log(`nginx (deploy/nginx.conf) serves ${dist} on ${nginx.url}`);
  return () => nginx.stop();
}
