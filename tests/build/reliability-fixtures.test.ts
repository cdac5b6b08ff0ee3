/**
 * The invalid-content fixtures (tests/fixtures/invalid/r-*, run by invalid-content.test.ts) are
 * a complete and honest specification: at least 25 cases, every frontmatter field of every
 * document type and every structural rule has a case, and every expected message names file,
 * line, column, field and a fix that points into the case's own files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { repo } from '../support/build-site.ts';
import { MESSAGE_LINE, messageProblems } from '../support/reliability-messages.ts';
import { versionedSchema } from '../../src/schemas/versioned.ts';
import { briefingSchema } from '../../src/schemas/briefing.ts';
import { trackSchema } from '../../src/schemas/track.ts';

const root = join(repo, 'tests/fixtures/invalid');
const cases = readdirSync(root)
  .filter((name) => name.startsWith('r-') && existsSync(join(root, name, 'case.txt')))
  .sort();
const expected = new Map(
  cases.map((name) => [
    name,
    readFileSync(join(root, name, 'expected.txt'), 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean),
  ]),
);

/** Field names of an object schema, looking through optional/array wrappers (`modules[].week`). */
function fieldNames(schema: z.ZodType, prefix = ''): string[] {
  const def = (
    schema as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType } } }
  )._zod.def;
  if (def.innerType) return fieldNames(def.innerType, prefix);
  if (def.type === 'pipe' && def.in) return fieldNames(def.in, prefix);
  if (def.type === 'array' && def.element) return fieldNames(def.element, `${prefix}[]`);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    // Nested groups that authors write as structures get their own fields (modules[].quiz …).
    return [name, ...(key === 'modules' ? fieldNames(value, name) : [])];
  });
}

const ctx = { teamIds: [], checkCitation: () => undefined };
const documentFields = [...new Set([versionedSchema(ctx), briefingSchema(ctx), trackSchema(ctx)].flatMap((s) => fieldNames(s as z.ZodType)))].sort();
/** Rules that are not about one field: folders and names, syntax, the checklist body. */
const STRUCTURAL_LABELS = ['slug', 'datei', 'frontmatter', 'yaml', 'mdx', 'inhalt'];
const REGISTRIES = ['content/teams.yaml', 'content/laws.yaml', 'content/site.yaml', 'content/glossary.yaml'];

const parsed = [...expected].flatMap(([name, lines]) => lines.map((line) => ({ name, line, m: MESSAGE_LINE.exec(line) })));
const labels = parsed.map((p) => (p.m?.[4] ?? '').replace(/\[\d+\]/g, '[]'));

test('there are at least 25 invalid-content cases, one per rule', (t) => {
  t.diagnostic(`${cases.length} invalid-content cases (r-*), ${parsed.length} expected messages`);
  assert.ok(cases.length >= 25, `only ${cases.length} cases`);
});

test('every frontmatter field of checklists, guidelines, briefings and tracks has a failing case', () => {
  const uncovered = documentFields.filter((field) => !labels.some((l) => l === field || l.startsWith(`${field}.`) || l.startsWith(`${field}[`)));
  assert.deepEqual(uncovered, [], `fields without an r-* case: ${uncovered.join(', ')}`);
});

test('every structural rule and every registry file has a failing case', () => {
  assert.deepEqual(
    STRUCTURAL_LABELS.filter((l) => !labels.includes(l)),
    [],
  );
  assert.deepEqual(
    REGISTRIES.filter((file) => !parsed.some((p) => p.m?.[1] === file)),
    [],
  );
});

test('every expected message names file, line, column, field and a fix, and points into the case', () => {
  for (const { name, line, m } of parsed) {
    assert.ok(m, `${name}: not a message line: ${line}`);
    const [, file, lineNo, column, field, problem, fix] = m;
    const abs = file.startsWith('tests/') ? join(repo, file) : join(root, name, file);
    assert.ok(existsSync(abs), `${name}: ${file} does not exist in the case`);
    const lineCount = statSync(abs).isFile() ? readFileSync(abs, 'utf8').split('\n').length : undefined;
    assert.deepEqual(messageProblems({ file, line: Number(lineNo), column: Number(column), field, problem, fix }, lineCount), [], `${name}: ${line}`);
  }
});

test('every case describes its rule in one sentence', () => {
  for (const name of cases) {
    const description = readFileSync(join(root, name, 'case.txt'), 'utf8').trim();
    assert.match(description, /^[a-z].{15,}$/, `${name}/case.txt`);
    assert.ok(expected.get(name)?.length, `${name}/expected.txt is empty: the case must fail with a message`);
  }
});
