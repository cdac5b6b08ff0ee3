/**
 * The benchmark corpus (bench/generate.ts) is what the budgets of issue #9 are measured on: it
 * must be the same on every run, valid in the content model (else the build would stop before
 * it is measured), and as described – versioned checklists and guidelines with teams, citations
 * and change notes. Needs ../shared (law texts and make-corpus.mjs); skipped without it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate.ts';
import { validateContent } from '../../src/model/validate.ts';
import { repo } from '../support/build-site.ts';

const shared = process.env.LOTSE_SHARED_DIR ?? join(repo, '..', 'shared');
const lawsDir = join(shared, 'corpus/gesetze');
const makeCorpus = join(shared, 'bench/make-corpus.mjs');
const available = existsSync(lawsDir) && existsSync(makeCorpus);

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, f);
    if (f.endsWith('.mdx') || f.endsWith('.yaml')) out.set(f, readFileSync(path, 'utf8'));
  }
  return out;
}

test(
  'the benchmark corpus is deterministic, valid and versioned as documented',
  { skip: available ? false : `${shared} fehlt (Gesetzestexte, make-corpus.mjs)` },
  () => {
    const work = mkdtempSync(join(tmpdir(), 'lotse-bench-corpus-'));
    try {
      const a = generateCorpus({ n: 42, lawsDir, makeCorpus, repo, out: join(work, 'a') });
      const b = generateCorpus({ n: 42, lawsDir, makeCorpus, repo, out: join(work, 'b') });
      assert.deepEqual(files(a.root), files(b.root), 'same N, same files');
      assert.equal(a.documents, 42);
      // Every 7th document has a second version, every 21st a third: 0, 7, 14, 21, 28, 35 → 6 + 2.
      assert.equal(a.versions, 42 + 6 + 2);

      const result = validateContent(a.root, { includeDrafts: false, strict: true });
      assert.deepEqual(
        result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}: ${d.problem}`),
        [],
      );
      const { checklists, guidelines, briefings, tracks } = result.content;
      assert.equal(checklists.length + guidelines.length, 42);
      assert.equal(checklists.length, 11, 'every 4th document is a checklist');
      assert.equal(briefings.length, 20);
      assert.equal(tracks.length, 4);
      const versioned = [...checklists, ...guidelines].filter((d) => d.versions.length > 1);
      assert.ok(
        versioned.every((d) => d.versions.slice(1).every((v) => (v.data.changes ?? []).length > 0)),
        'later versions carry a change note',
      );
      assert.ok(
        [...checklists, ...guidelines].some((d) => (d.versions[0]!.data.legalBasis ?? []).length > 0),
        'documents cite their provision',
      );
      assert.ok([...checklists, ...guidelines].every((d) => d.versions[0]!.data.teams.length > 0));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
);
