/**
 * `npm run bench [-- --n 1000,5000] [-- --no-floor] [-- --no-search]`: generates benchmark
 * corpora from the law texts, builds each with the full production pipeline in a temporary
 * folder, builds the bare Astro floor over the same sections side by side, measures everything
 * issue #9 budgets, prints a table with the budgets beside the figures, writes
 * bench/results/latest.json, and exits 1 when a budget is exceeded.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { BUDGETS, evaluate, type BenchRow } from './budgets.ts';
import { generateCorpus } from './generate.ts';
import { measureDist } from './measure-dist.ts';
import { measure } from './proc.ts';
import { installMB, offlineSnapshot, updateMB } from './measure-offline.ts';
import { benchExport, benchSearch } from '../tests/search/bench.ts';
import { ensureSystem } from '../scripts/system-requirements.ts';

const repo = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = value('--n', '1000,5000').split(',').map(Number);
const shared = resolve(value('--shared', process.env.LOTSE_SHARED_DIR ?? join(repo, '..', 'shared')));
const lawsDir = join(shared, 'corpus/gesetze');
const makeCorpus = join(shared, 'bench/make-corpus.mjs');
const work = join(repo, '.lotse', 'bench');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2026-11-25' };

if (!existsSync(lawsDir) || !existsSync(makeCorpus)) {
  console.error(`Benchmark: Gesetzestexte oder make-corpus.mjs fehlen unter ${shared}. Fix: --shared <pfad zu shared/> angeben.`);
  process.exit(2);
}
// The search measurement runs in Chromium: installed on Debian as root, otherwise say how.
const missingSystem = flag('--no-search') ? undefined : ensureSystem('bench');
if (missingSystem) {
  console.error(missingSystem);
  process.exit(2);
}

const results: BenchRow[] = [];

async function floorBuild(n: number): Promise<BenchRow> {
  const site = join(work, 'floor-site');
  if (!existsSync(join(site, 'node_modules'))) {
    cpSync(join(shared, 'bench/floor-site'), site, { recursive: true });
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: site, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`floor npm ci: ${install.stderr}`);
  }
  const docs = join(site, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  spawnSync(process.execPath, [makeCorpus, '--in', lawsDir, '--out', docs, '--n', String(n), '--format', 'plain'], { encoding: 'utf8' });
  rmSync(join(site, 'dist'), { recursive: true, force: true });
  rmSync(join(site, 'node_modules/.astro'), { recursive: true, force: true });
  const run = await measure('npm', ['run', 'build'], { cwd: site, env });
  if (run.code !== 0) throw new Error(`floor build failed:\n${run.output.slice(-2000)}`);
  return { floorWallSeconds: run.wallSeconds, floorPeakMemoryMB: run.peakMemoryMB };
}

for (const n of sizes) {
  console.log(`\n== ${n} Dokumente ==`);
  const corpus = generateCorpus({ n, lawsDir, makeCorpus, repo, out: join(work, `corpus-${n}`) });
  console.log(`generiert: ${corpus.documents} Dokumente, ${corpus.versions} Fassungen`);
  const dist = join(work, `dist-${n}`);
  const cache = join(repo, '.lotse', 'cache');
  rmSync(cache, { recursive: true, force: true });

  const check = await measure(process.execPath, ['src/cli/check.ts', '--root', corpus.root], { cwd: repo, env });
  const build = await measure(process.execPath, ['src/cli/build.ts', '--out', dist], { cwd: repo, env: { ...env, LOTSE_CONTENT_DIR: corpus.root } });
  if (build.code !== 0) {
    console.error(build.output.slice(-4000));
    process.exit(1);
  }
  const offlineBefore = await offlineSnapshot(dist);
  // Warm rebuild after editing one document.
  const edited = join(corpus.root, 'content/guidelines');
  const first = spawnSync('bash', ['-c', `ls ${edited} | head -1`], { encoding: 'utf8' }).stdout.trim();
  appendFileSync(join(edited, first, 'v1.mdx'), '\nErgänzter Satz für den Warmstart.\n');
  const warm = await measure(process.execPath, ['src/cli/build.ts', '--out', dist], { cwd: repo, env: { ...env, LOTSE_CONTENT_DIR: corpus.root } });

  const offlineAfter = await offlineSnapshot(dist);
  const docPage = `leitfaeden/${first}`;
  const figures = measureDist(dist, docPage);
  const row: BenchRow = {
    documents: corpus.documents,
    versions: corpus.versions,
    checkSeconds: check.wallSeconds,
    buildWallSeconds: build.wallSeconds,
    buildCpuSeconds: build.cpuSeconds,
    buildPeakMemoryMB: build.peakMemoryMB,
    warmRebuildSeconds: warm.wallSeconds,
    offlineInstallMB: installMB(offlineBefore),
    offlineUpdateMB: updateMB(offlineBefore, offlineAfter),
    offlineStoredMB: offlineAfter.storedBytes / 2 ** 20,
    offlineFiles: offlineAfter.entries.length,
    ...figures,
  };
  if (!flag('--no-search')) {
    const search = await benchSearch(dist, 4499, `/${docPage}/`);
    Object.assign(row, {
      firstQueryKB: search.firstQueryKB,
      medianLatencyMs: search.medianLatencyMs,
      latenciesMs: search.latenciesMs,
      searchLoadedBeforeFocus: search.loadedBeforeFocus.length > 0,
    });
    for (const [kind, f] of Object.entries(search.firstQueries)) Object.assign(row, { [`firstQueryKB_${kind}`]: f.kb, [`firstQueryMs_${kind}`]: f.ms });
    Object.assign(row, await benchExport(dist));
  }
  if (!flag('--no-floor')) Object.assign(row, await floorBuild(n));
  results.push(row);
  console.log(JSON.stringify(row));
}

const { table, exceeded } = evaluate(results);
const machine = `${cpus().length} Kerne (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`\nMaschine: ${machine}\n${table}`);
mkdirSync(join(repo, 'bench/results'), { recursive: true });
writeFileSync(join(repo, 'bench/results/latest.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, budgets: BUDGETS, results }, null, 2)}\n`);
writeFileSync(join(repo, 'bench/results/latest.md'), `Maschine: ${machine}\n\n${table}\n`);
if (exceeded > 0) console.error(`\n${exceeded} Budget(s) überschritten.`);
process.exitCode = exceeded > 0 ? 1 : 0;
