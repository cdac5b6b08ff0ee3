/**
 * The built sites the checks over dist/ run against: the valid fixture set and the seed content
 * of the repository, with a fixed reference date. Each is built once per state of its inputs
 * (source, config, lock file, content): a stamp file holds the hash of the inputs, so that the
 * link, HTML and security tests share one build and a second `npm test` does not rebuild.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, repo } from './build-site.ts';

export const SITE_DATE = '2026-11-25';
export const SITE_CONTENT = { fixture: join(repo, 'tests/fixtures/valid'), seed: repo } as const;
export type SiteName = keyof typeof SITE_CONTENT;

function hashInputs(content: string): string {
  const hash = createHash('sha256').update(SITE_DATE);
  const inputs = ['src', 'public', 'astro.config.mjs', 'package-lock.json'].map((p) => join(repo, p));
  inputs.push(join(content, 'content'), join(content, 'checklists'));
  for (const input of inputs) {
    if (!existsSync(input)) continue;
    const files = statSync(input).isDirectory()
      ? readdirSync(input, { recursive: true, encoding: 'utf8' })
          .sort()
          .map((p) => join(input, p))
      : [input];
    for (const file of files) {
      if (!statSync(file).isFile()) continue;
      hash.update(file).update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** Where the shared build of a site lives (built by builtSite). */
export function sitePath(name: SiteName): string {
  return join(repo, '.lotse', 'reliability', 'sites', name);
}

/**
 * Builds (or reuses) one site and returns its dist folder. Tests read it and never write into it;
 * a test that changes pages works on a copy.
 */
export function builtSite(name: SiteName): string {
  const out = sitePath(name);
  const stampFile = `${out}.stamp`;
  const stamp = hashInputs(SITE_CONTENT[name]);
  if (existsSync(stampFile) && existsSync(out) && readFileSync(stampFile, 'utf8') === stamp) return out;
  const result = buildSite({ content: SITE_CONTENT[name], out, date: SITE_DATE });
  if (result.status !== 0) throw new Error(`Build der Seite „${name}“ fehlgeschlagen:\n${result.output}`);
  writeFileSync(stampFile, stamp);
  return out;
}
