/**
 * Bad input never breaks `npm run check`: hundreds of randomly corrupted variants of real author
 * files (frontmatter, registries, MDX bodies) each end in a clear message — never an exception,
 * a stack trace, a hang or a message without position and fix. Variants run in-process (a worker
 * thread with a watchdog); a sample also runs through the real CLI.
 * Replay: `LOTSE_FUZZ_SEED=<seed>`; failing variants are written to .lotse/fuzz-failures/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { repo } from '../support/build-site.ts';
import { cliOutputProblems, messageProblems } from '../support/reliability-messages.ts';
import { buildPool, makeVariants, scratchRoot, type PoolFile, type Variant } from '../support/reliability-variants.ts';
import type { FuzzMessage } from '../support/reliability-fuzz-worker.ts';

const SEED = Number(process.env.LOTSE_FUZZ_SEED ?? 20261125);
const FRONTMATTER_VARIANTS = 500;
const BODY_VARIANTS = 100;
const CLI_SAMPLE = 20;
const HANG_MS = 20_000;
const SLOW_MS = 5_000;
/** More messages than this for one corrupted file is a flood, not a clear message. */
const MAX_MESSAGES = 20;

let root: string;
let pool: PoolFile[];
const results = new Map<number, FuzzMessage>();
let variants: Variant[];

/** Runs the variants in a worker; stops it and reports the variant if one takes longer than HANG_MS. */
function runInWorker(list: Variant[]): Promise<{ hung?: Variant }> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL('../support/reliability-fuzz-worker.ts', import.meta.url), {
      workerData: { root, variants: list.map(({ id, target, text }) => ({ id, target, text })) },
    });
    let current: Variant | undefined;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void worker.terminate();
        resolvePromise({ hung: current });
      }, HANG_MS);
    };
    arm();
    worker.on('message', (message: FuzzMessage) => {
      if (message.type === 'start') current = list.find((v) => v.id === message.id);
      else results.set(message.id, message);
      arm();
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      resolvePromise({});
    });
  });
}

function describe(v: Variant): string {
  return `variant #${v.id} (seed ${SEED}) of ${v.origin} → ${v.target}: ${v.ops.join('; ')}`;
}

function saveFailure(v: Variant): string {
  const dir = join(repo, '.lotse', 'fuzz-failures');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${v.id}-${v.target.replace(/[/\\]/g, '__')}`);
  writeFileSync(file, v.text);
  return relative(repo, file);
}

/** Every problem with one variant's result: crash, slowness, or an unclear message. */
function variantProblems(v: Variant): string[] {
  const r = results.get(v.id);
  if (!r || r.type === 'start') return ['no result (the worker stopped before this variant)'];
  if (r.type === 'crash') return [`validator threw instead of reporting: ${r.error}`];
  const problems: string[] = [];
  if (r.ms > SLOW_MS) problems.push(`took ${r.ms.toFixed(0)} ms`);
  for (const warning of r.warnings) problems.push(`prints a Node warning: ${warning.slice(0, 120)}`);
  const target = join(root, v.target);
  const onTarget = r.diagnostics.filter((d) => resolve(repo, d.file) === target).length;
  if (onTarget > MAX_MESSAGES) problems.push(`${onTarget} messages for one corrupted file (a flood, not a clear message)`);
  for (const d of r.diagnostics) {
    const abs = resolve(repo, d.file);
    const lineCount = abs === target ? v.text.split('\n').length : undefined;
    problems.push(...messageProblems(d, lineCount).map((p) => `${d.file}:${d.line}:${d.column} ${d.field}: ${p}`));
  }
  return problems;
}

before(async () => {
  root = scratchRoot();
  pool = buildPool(root);
  variants = makeVariants(pool, SEED, { frontmatter: FRONTMATTER_VARIANTS, body: BODY_VARIANTS });
  const { hung } = await runInWorker(variants);
  if (hung) assert.fail(`npm run check hängt (> ${HANG_MS / 1000} s) bei ${describe(hung)}; Datei: ${saveFailure(hung)}`);
});

after(() => rmSync(root, { recursive: true, force: true }));

for (const part of ['frontmatter', 'body'] as const) {
  test(`every randomly corrupted ${part} ends in a clear message, never an exception or a hang`, (t) => {
    const mine = variants.filter((v) => v.part === part);
    const failures = mine.map((v) => ({ v, problems: variantProblems(v) })).filter((f) => f.problems.length > 0);
    const rejected = mine.filter((v) => (results.get(v.id) as { errors?: number } | undefined)?.errors).length;
    const slowest = Math.max(...mine.map((v) => (results.get(v.id) as { ms?: number } | undefined)?.ms ?? 0));
    t.diagnostic(
      `${mine.length} ${part} variants of ${pool.length} real files (seed ${SEED}): ${rejected} rejected with messages, ${mine.length - rejected} still valid, slowest ${slowest.toFixed(0)} ms`,
    );
    const report = failures.slice(0, 8).map((f) => `${describe(f.v)}\n    file: ${saveFailure(f.v)}\n    ${f.problems.slice(0, 4).join('\n    ')}`);
    assert.equal(failures.length, 0, `${failures.length} of ${mine.length} variants ended unclearly:\n${report.join('\n')}`);
    // Proof that the corruption bites: a validator that accepted everything would pass the loop above.
    assert.ok(rejected >= mine.length * 0.5, `only ${rejected} of ${mine.length} variants were rejected`);
  });
}

test('a sample of corrupted files run through the real `npm run check` ends in the same clear messages', (t) => {
  const sample = variants.filter((_, i) => i % Math.floor(variants.length / CLI_SAMPLE) === 0).slice(0, CLI_SAMPLE);
  const failures: string[] = [];
  for (const v of sample) {
    const dir = mkdtempSync(join(tmpdir(), 'lotse-fuzz-cli-'));
    try {
      cpSync(root, dir, { recursive: true });
      mkdirSync(join(dir, v.target, '..'), { recursive: true });
      writeFileSync(join(dir, v.target), v.text);
      const run = spawnSync(process.execPath, [join(repo, 'src/cli/check.ts'), '--root', dir], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      const problems = cliOutputProblems(`${run.stdout}${run.stderr}`, run.status);
      if (run.error) problems.push(`could not run: ${run.error.message}`);
      const inProcess = results.get(v.id) as { errors?: number } | undefined;
      if (inProcess?.errors !== undefined && inProcess.errors > 0 !== (run.status === 1))
        problems.push(`CLI exit ${run.status}, but in-process validation found ${inProcess.errors} errors`);
      if (problems.length > 0) failures.push(`${describe(v)}\n    file: ${saveFailure(v)}\n    ${problems.slice(0, 4).join('\n    ')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  t.diagnostic(`${sample.length} variants through the CLI`);
  assert.equal(failures.length, 0, failures.join('\n'));
});
