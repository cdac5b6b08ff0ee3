/**
 * Every environment variable Lotse reads, in one place: where content lives, which day the build
 * speaks for, and the switches `npm run build` hands to the Astro process it starts. Other modules
 * ask the functions below (or take the values as arguments) and never read `process.env`
 * themselves.
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

/**
 * A command's `--root <folder>`: from now on the content root of this process and of the
 * processes it starts (Astro, the Markdown plugins, the editor's body check). Returns the root.
 */
export function useContentRoot(folder: string | undefined): string {
  if (folder) process.env.LOTSE_CONTENT_DIR = resolve(folder);
  return contentRoot();
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

/** The file in which `npm run build` hands the checked content to Astro (src/site/model-snapshot.ts). */
export function modelSnapshotFile(): string | undefined {
  return process.env.LOTSE_MODEL_SNAPSHOT || undefined;
}

/** Set by `npm run build`: the current version's page is a copy of the document page, not rendered twice. */
export function copyCurrentVersionPages(): boolean {
  return process.env.LOTSE_COPY_CURRENT_VERSION === '1';
}

/** `LOTSE_FAIL_STAGE=<stage>`: the build fails at that stage on purpose (tests of the atomic build). */
export function failStage(): string | undefined {
  return process.env.LOTSE_FAIL_STAGE || undefined;
}

/** `LOTSE_SEARCH_TIMINGS=1`: the index stage prints how long each of its phases took. */
export function searchTimings(): boolean {
  return process.env.LOTSE_SEARCH_TIMINGS === '1';
}

/** `LOTSE_DEBUG=1`: an unexpected error prints its stack trace after the German message. */
export function debugErrors(): boolean {
  return Boolean(process.env.LOTSE_DEBUG);
}

/** Ports of `npm run redaktion` (the editor page and the decap-server proxy), unless given as options. */
export function redaktionPorts(): { page: number; proxy: number } {
  return { page: Number(process.env.LOTSE_REDAKTION_PORT ?? 4322), proxy: Number(process.env.LOTSE_PROXY_PORT ?? 8081) };
}

/**
 * The environment as a whole, for the modules that parse a group of CI variables themselves
 * (the editor's GitLab settings, the merge-request approval): they take it as an argument.
 */
export function environment(): Readonly<NodeJS.ProcessEnv> {
  return process.env;
}

export class ConfigError extends Error {}

export function hasContent(root: string): boolean {
  return existsSync(resolve(root, 'content')) || existsSync(resolve(root, 'checklists'));
}
