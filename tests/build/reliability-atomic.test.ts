/**
 * Nothing half-written: `npm run build` renders into a temporary folder and swaps it in, so a
 * build that fails at any stage — validation, rendering, every post-build stage of
 * src/build/stages.ts, or a crash (SIGKILL) in the middle — leaves the previous `dist/` byte for
 * byte as it was, and leaves no temporary folder behind when it fails cleanly.
 * Every failing build is given changed content, so that a build that did write would be caught.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from '../support/build-site.ts';
import { diffSnapshots, snapshotTree } from '../support/reliability-tree.ts';
import { STACK_LINE } from '../support/reliability-messages.ts';
import { postBuildStages } from '../../src/build/stages.ts';

const DATE = '2026-11-25';
const work = join(repo, '.lotse', 'reliability', 'atomic');
const dist = join(work, 'dist');
let changed: string;

function build(content: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [join(repo, 'src/cli/build.ts'), '--out', dist], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOTSE_CONTENT_DIR: content, BUILD_DATE: DATE, ...env },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, pid: run.pid };
}

/** Temporary build folders of one build process (src/cli/build.ts names them build-<pid>-<time>). */
const leftovers = (pid: number | undefined) => readdirSync(join(repo, '.lotse')).filter((name) => name.startsWith(`build-${pid}-`));

before(() => {
  rmSync(work, { recursive: true, force: true });
  // Changed content: the fixture set with another title, so any build that wrote would change dist/.
  changed = mkdtempSync(join(repo, '.lotse', 'reliability-changed-'));
  cpSync(join(repo, 'tests/fixtures/valid'), changed, { recursive: true });
  const file = join(changed, 'checklists/fiktionsbescheinigung/v2.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Geänderter Titel für den Atomaritätstest'));
  const first = build(join(repo, 'tests/fixtures/valid'));
  assert.equal(first.status, 0, first.output);
});

after(() => rmSync(changed, { recursive: true, force: true }));

const stages = ['validate', 'render', ...postBuildStages.map((s) => s.name)];

for (const stage of stages) {
  test(`a build that fails in stage "${stage}" leaves the previous dist/ byte-identical`, (t) => {
    const snapshot = snapshotTree(dist);
    const run = build(changed, { LOTSE_FAIL_STAGE: stage });
    t.diagnostic(`stage ${stage}: exit ${run.status}, ${snapshot.size} paths compared`);
    assert.equal(run.status, 1, run.output);
    assert.match(run.output, stage === 'validate' ? /Build abgebrochen/ : new RegExp(`Build abgebrochen in Schritt „${stage}“`));
    assert.match(run.output, /dist\/ bleibt unverändert/);
    assert.doesNotMatch(run.output, STACK_LINE);
    assert.deepEqual(diffSnapshots(snapshot, snapshotTree(dist)), []);
    assert.deepEqual(leftovers(run.pid), [], 'the temporary build folder is removed');
  });
}

test('a build with invalid content leaves the previous dist/ byte-identical', () => {
  const snapshot = snapshotTree(dist);
  const run = build(join(repo, 'tests/fixtures/invalid/r-title-required'));
  assert.equal(run.status, 1, run.output);
  assert.match(run.output, /title — Pflichtfeld fehlt/);
  assert.deepEqual(diffSnapshots(snapshot, snapshotTree(dist)), []);
});

test('a build whose rendering really fails (broken site configuration) leaves the previous dist/ byte-identical', () => {
  const snapshot = snapshotTree(dist);
  const run = build(changed, { LOTSE_SITE_URL: 'keine gültige Adresse' });
  assert.equal(run.status, 1, run.output);
  assert.match(run.output, /Build abgebrochen in Schritt „render“/);
  assert.deepEqual(diffSnapshots(snapshot, snapshotTree(dist)), []);
  assert.deepEqual(leftovers(run.pid), []);
});

/** Starts a build in its own process group and kills the whole group (Astro included) once `marker` is printed. */
function killBuildAt(marker: RegExp, delayMs: number): Promise<{ pid: number; killed: boolean; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(repo, 'src/cli/build.ts'), '--out', dist], {
      cwd: repo,
      detached: true,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOTSE_CONTENT_DIR: changed, BUILD_DATE: DATE },
    });
    let output = '';
    let killed = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!killed && marker.test(output)) {
        killed = true;
        setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // Already finished: the test below reports that the kill came too late.
          }
        }, delayMs);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => resolvePromise({ pid: child.pid!, killed: signal === 'SIGKILL', output: `${output}\nexit ${code ?? signal}` }));
  });
}

for (const [label, marker, delay] of [
  ['while Astro renders the pages', /Seiten erzeugen/, 300],
  ['while the search index is written', /Lotse: index/, 0],
] as const) {
  test(`a build killed ${label} leaves the previous dist/ byte-identical`, async () => {
    const snapshot = snapshotTree(dist);
    const run = await killBuildAt(marker, delay);
    for (const name of leftovers(run.pid)) rmSync(join(repo, '.lotse', name), { recursive: true, force: true });
    assert.ok(run.killed, `the build finished before it could be killed:\n${run.output}`);
    assert.deepEqual(diffSnapshots(snapshot, snapshotTree(dist)), []);
  });
}

test('a successful build replaces dist/ completely and removes its temporary folder', () => {
  const before = snapshotTree(dist);
  const run = build(changed);
  assert.equal(run.status, 0, run.output);
  const afterBuild = snapshotTree(dist);
  assert.notDeepEqual(diffSnapshots(before, afterBuild), [], 'changed content changes dist/');
  assert.match(readFileSync(join(dist, 'checklisten/fiktionsbescheinigung/index.html'), 'utf8'), /Geänderter Titel für den Atomaritätstest/);
  assert.ok(existsSync(join(dist, 'pagefind')), 'the search index is part of the swapped-in tree');
  assert.deepEqual(leftovers(run.pid), []);
});

test('a failed first build creates no dist/ at all', () => {
  rmSync(dist, { recursive: true, force: true });
  const run = build(changed, { LOTSE_FAIL_STAGE: postBuildStages.at(-1)?.name ?? 'render' });
  assert.equal(run.status, 1, run.output);
  assert.equal(existsSync(dist), false);
});
