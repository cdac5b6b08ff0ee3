/**
 * Configuration in one place: only src/config reads environment variables. Other modules ask its
 * functions or take values as arguments; passing the environment on to a child process
 * (`{ ...process.env, … }`) is allowed, reading a variable is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from '../support/build-site.ts';

const src = join(repo, 'src');

function readsOutsideConfig(): string[] {
  const found: string[] = [];
  for (const rel of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (rel.startsWith('config') || !/\.(ts|astro|mjs)$/.test(rel)) continue;
    readFileSync(join(src, rel), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        // A spread into a child's environment and esbuild's define key are not reads.
        const rest = line.replace(/\.\.\.process\.env\b/g, '').replace(/'process\.env\.NODE_ENV'/g, '');
        if (/\bprocess\.env\b/.test(rest)) found.push(`src/${rel}:${i + 1}`);
      });
  }
  return found;
}

test('no module outside src/config reads an environment variable', () => {
  assert.deepEqual(readsOutsideConfig(), []);
});

test('src/config reads them (the check above would pass on an empty tree otherwise)', () => {
  const config = readFileSync(join(src, 'config/env.ts'), 'utf8');
  for (const name of ['LOTSE_CONTENT_DIR', 'BUILD_DATE', 'LOTSE_MODEL_SNAPSHOT', 'LOTSE_COPY_CURRENT_VERSION', 'LOTSE_FAIL_STAGE', 'LOTSE_DEBUG'])
    assert.match(config, new RegExp(`process\\.env\\.${name}\\b`), name);
});
