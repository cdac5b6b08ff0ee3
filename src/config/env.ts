/**
 * Where content lives and which day the build speaks for.
 *
 * The site is also built from content sets outside this repository (the content model is a
 * contract), so the content root can be moved with `LOTSE_CONTENT_DIR`: it must contain
 * `content/` and `checklists/` as described in CONTENT-MODEL.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Lotse checkout. Found by walking up to Lotse's package.json, because inside an Astro build
 * this module runs from a bundled chunk in the output folder, not from src/.
 */
export const repoRoot = process.env.LOTSE_REPO_ROOT ?? findLotseRoot(dirname(fileURLToPath(import.meta.url))) ?? findLotseRoot(process.cwd()) ?? process.cwd();

function findLotseRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = resolve(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"lotse"/.test(readFileSync(manifest, 'utf8'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Absolute path of the folder holding `content/` and `checklists/`. */
export function contentRoot(): string {
  const fromEnv = process.env.LOTSE_CONTENT_DIR;
  return fromEnv ? resolve(fromEnv) : repoRoot;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The reference date of a build (`YYYY-MM-DD`): `BUILD_DATE` where set, otherwise today (UTC).
 * A wrong `BUILD_DATE` is an author-facing configuration error, not a stack trace.
 */
export function buildDate(): string {
  const fromEnv = process.env.BUILD_DATE;
  if (fromEnv) {
    if (!ISO_DAY.test(fromEnv) || Number.isNaN(Date.parse(`${fromEnv}T00:00:00Z`))) {
      throw new ConfigError(`BUILD_DATE — „${fromEnv}“ ist kein Datum. Fix: BUILD_DATE=JJJJ-MM-TT setzen, z. B. BUILD_DATE=2026-06-12.`);
    }
    return fromEnv;
  }
  return new Date().toISOString().slice(0, 10);
}

/** Drafts are shown only in the dev server (or when explicitly asked for in tests). */
export function includeDrafts(): boolean {
  return process.env.LOTSE_DRAFTS === '1';
}

export class ConfigError extends Error {}

export function hasContent(root: string): boolean {
  return existsSync(resolve(root, 'content')) || existsSync(resolve(root, 'checklists'));
}
