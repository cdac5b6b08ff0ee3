/**
 * What `npm run check` accepts, the build must build: the corrupted variants of the fuzz corpus
 * that still pass validation (odd but legal YAML, Unicode, reordered fields, drafts …) are put
 * into one content set, which must build and whose links must all resolve. Run by test:full.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSite, repo } from '../support/build-site.ts';
import { checkLinks } from '../support/link-check.ts';
import { loadPages } from '../support/site-pages.ts';
import { buildPool, makeVariants, scratchRoot, type Variant } from '../support/reliability-variants.ts';
import { validateContent } from '../../src/model/validate.ts';

const SEED = Number(process.env.LOTSE_FUZZ_SEED ?? 20261125);
const root = scratchRoot('lotse-fuzz-build-');
const out = join(repo, '.lotse', 'reliability', 'fuzz-build');

after(() => rmSync(root, { recursive: true, force: true }));

/** Writes `text` to `target` and returns a function that restores the original. */
function put(target: string, text: string): () => void {
  const abs = join(root, target);
  const original = existsSync(abs) ? readFileSync(abs) : undefined;
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  return () => (original ? writeFileSync(abs, original) : rmSync(abs, { force: true }));
}

/** Error diagnostics of the scratch root; a validator crash counts as an error (the fuzz test reports those). */
function errorsIn(): { file: string }[] {
  try {
    return validateContent(root, { includeDrafts: false, strict: false }).diagnostics.filter((d) => d.severity === 'error');
  } catch {
    return [{ file: '(Absturz der Prüfung)' }];
  }
}

test('content that passes the check builds, and all its links resolve', async (t) => {
  const variants = makeVariants(buildPool(root), SEED, { frontmatter: 500, body: 100 });
  const valid: Variant[] = [];
  for (const v of variants) {
    const restore = put(v.target, v.text);
    if (errorsIn().length === 0) valid.push(v);
    restore();
  }
  // One variant per file, all at once; drop those that only clash with each other.
  const chosen = new Map<string, { v: Variant; restore: () => void }>();
  for (const v of valid) if (!chosen.has(v.target)) chosen.set(v.target, { v, restore: put(v.target, v.text) });
  for (let round = 0; round < 5; round++) {
    const bad = new Set(errorsIn().map((d) => resolve(repo, d.file)));
    if (bad.size === 0) break;
    for (const [target, entry] of chosen) {
      if (bad.has(join(root, target))) {
        entry.restore();
        chosen.delete(target);
      }
    }
  }
  assert.deepEqual(errorsIn(), [], 'the combined content set is valid');
  t.diagnostic(`${variants.length} variants (seed ${SEED}): ${valid.length} still valid, ${chosen.size} files built together`);
  assert.ok(chosen.size >= 10, `only ${chosen.size} valid variants to build`);

  const result = buildSite({ content: root, out, date: '2026-11-25' });
  const ops = [...chosen.values()].map(({ v }) => `#${v.id} ${v.target}: ${v.ops.join('; ')}`);
  assert.equal(result.status, 0, `${result.output.slice(-3000)}\nvariants in this build:\n${ops.join('\n')}`);
  const { problems, counts } = checkLinks(out, await loadPages(out));
  t.diagnostic(`${counts.pages} pages built from the variants, ${counts.internal} internal links checked`);
  assert.deepEqual(
    problems.slice(0, 20).map((p) => `${p.page}: ${p.element} – ${p.problem}`),
    [],
  );
});
