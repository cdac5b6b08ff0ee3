/**
 * No npm script lets Astro's telemetry (or npm's audit/update checks) leave the office machine:
 * every command a script runs sets ASTRO_TELEMETRY_DISABLED=1, or only calls another npm script
 * (which this test checks in turn). A script added later without it fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '../..');
const scripts = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The commands of which a script consists, with the names of scripts they delegate to. */
function telemetryProblems(all: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, script] of Object.entries(all)) {
    for (const command of script
      .split(/&&|\|\||;|\|/)
      .map((c) => c.trim())
      .filter(Boolean)) {
      const assignments = command.match(/^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*/)![0];
      if (/\bASTRO_TELEMETRY_DISABLED=1\b/.test(assignments)) continue;
      const delegate = /^npm (?:run(?:-script)? ([\w:-]+)|(test|start))(?:\s|$)/.exec(command);
      if (delegate && all[delegate[1] ?? delegate[2]] !== undefined) continue;
      problems.push(`${name}: „${command}“`);
    }
  }
  return problems;
}

test('every command of every npm script runs with Astro telemetry off', () => {
  assert.ok(Object.keys(scripts).length >= 10);
  assert.deepEqual(telemetryProblems(scripts), []);
});

test('the check finds a script without it, also behind && and in a delegated script', () => {
  assert.deepEqual(telemetryProblems({ a: 'astro dev' }), ['a: „astro dev“']);
  assert.deepEqual(telemetryProblems({ a: 'ASTRO_TELEMETRY_DISABLED=1 node x.ts && astro preview' }), ['a: „astro preview“']);
  assert.deepEqual(telemetryProblems({ a: 'npm run b', b: 'LOTSE_X=1 astro build' }), ['b: „LOTSE_X=1 astro build“']);
  assert.deepEqual(telemetryProblems({ a: 'npm run missing' }), ['a: „npm run missing“']);
  assert.deepEqual(telemetryProblems({ a: 'LOTSE_DRAFTS=1 ASTRO_TELEMETRY_DISABLED=1 astro dev', b: 'npm run a' }), []);
});

test('npm itself sends nothing unasked and installs quietly (.npmrc)', () => {
  const npmrc = readFileSync(join(repo, '.npmrc'), 'utf8');
  for (const setting of ['audit=false', 'fund=false', 'update-notifier=false', 'loglevel=error']) assert.match(npmrc, new RegExp(`^${setting}$`, 'm'));
});
