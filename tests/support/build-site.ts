/** Builds a content set into a folder with a fixed reference date, for build and browser tests. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const repo = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number;
  output: string;
  dist: string;
}

export function buildSite(options: { content: string; out: string; date: string; env?: Record<string, string>; args?: string[] }): BuildResult {
  const result = spawnSync(process.execPath, [join(repo, 'src/cli/build.ts'), '--out', options.out, ...(options.args ?? [])], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOTSE_CONTENT_DIR: options.content, BUILD_DATE: options.date, ...options.env },
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}`, dist: options.out };
}

export function runCheck(content: string, args: string[] = []): { status: number; output: string } {
  const result = spawnSync(process.execPath, [join(repo, 'src/cli/check.ts'), '--root', content, ...args], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
