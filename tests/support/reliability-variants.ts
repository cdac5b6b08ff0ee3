/**
 * The fuzz corpus: a scratch content root (the valid fixture set plus the registries) and
 * reproducible corrupted variants of real files — the fixture files and registries (replaced in
 * place) and the seed content of the repository (added as new documents).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo } from './build-site.ts';
import { mutateBody, mutateFrontmatter, prng } from './reliability-mutate.ts';

export interface PoolFile {
  /** Where the real file comes from (for reports). */
  origin: string;
  /** Where the variant is written inside the scratch content root. */
  target: string;
  text: string;
  yaml: boolean;
}

export interface Variant {
  id: number;
  target: string;
  text: string;
  origin: string;
  ops: string[];
  part: 'frontmatter' | 'body';
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => pattern.test(p))
    .sort();
}

/** A temporary content root: tests/fixtures/valid plus teams, laws and site of the repository. */
export function scratchRoot(prefix = 'lotse-fuzz-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(repo, 'tests/fixtures/valid'), root, { recursive: true });
  for (const name of ['teams.yaml', 'laws.yaml', 'site.yaml']) cpSync(join(repo, 'content', name), join(root, 'content', name));
  return root;
}

export function buildPool(root: string): PoolFile[] {
  const own = filesUnder(root, /\.(mdx|yaml)$/).map((p) => ({
    origin: `tests/fixtures/valid/${p}`,
    target: p,
    text: readFileSync(join(root, p), 'utf8'),
    yaml: p.endsWith('.yaml'),
  }));
  const seed: PoolFile[] = [];
  for (const [folder, single] of [
    ['checklists', false],
    ['content/guidelines', false],
    ['content/briefings', true],
    ['content/tracks', true],
  ] as const) {
    for (const p of filesUnder(join(repo, folder), /\.mdx$/)) {
      const target = single ? `${folder}/fuzz-${p}` : `${folder}/fuzz-${p.split('/')[0]}/v1.mdx`;
      seed.push({ origin: `${folder}/${p}`, target, text: readFileSync(join(repo, folder, p), 'utf8'), yaml: false });
    }
  }
  return [...own, ...seed];
}

/** `frontmatter` variants first, then `body` variants; variant `id` is reproducible from `seed` alone. */
export function makeVariants(pool: PoolFile[], seed: number, counts: { frontmatter: number; body: number }): Variant[] {
  const out: Variant[] = [];
  for (let id = 0; id < counts.frontmatter + counts.body; id++) {
    const rnd = prng(seed + id * 7919);
    const part = id < counts.frontmatter ? 'frontmatter' : 'body';
    const candidates = part === 'body' ? pool.filter((f) => !f.yaml) : pool;
    const file = candidates[Math.floor(rnd() * candidates.length)];
    let mutation = part === 'body' ? mutateBody(file.text, rnd) : mutateFrontmatter(file.text, rnd, file.yaml);
    for (let retry = 0; mutation.text === file.text && retry < 5; retry++) mutation = mutateFrontmatter(file.text, rnd, file.yaml);
    out.push({ id, target: file.target, text: mutation.text, origin: file.origin, ops: mutation.ops, part });
  }
  return out;
}
