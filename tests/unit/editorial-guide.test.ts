/**
 * The authors' guide is generated from the schemas and the templates of `npm run new`: every
 * field has a description, no note is stale, every example and citation form passes validation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIELD_NOTES } from '../../src/editorial/guide/field-notes.ts';
import { fieldTables } from '../../src/editorial/guide/guide.ts';
import { CITATION_FORMS, guideExamples } from '../../src/editorial/guide/guide-examples.ts';
import { createCitationChecker } from '../../src/model/citation-check.ts';
import { loadContent } from '../../src/model/load.ts';
import { validateContent } from '../../src/model/validate.ts';

const repo = join(import.meta.dirname, '../..');
const { content } = loadContent(join(repo, 'tests/fixtures/valid'), { includeDrafts: false, skipBodies: true });
const ctx = { teamIds: content.teams.map((t) => t.id), checkCitation: createCitationChecker(content.laws) };
const tables = fieldTables(ctx);

test('every field of every schema has a description in the guide', () => {
  const missing = tables.flatMap((t) => t.rows.filter((r) => !r.description).map((r) => `${t.id}:${r.path}`));
  assert.deepEqual(missing, []);
});

test('every fallback note names a field that the schemas still have', () => {
  for (const [table, notes] of Object.entries(FIELD_NOTES)) {
    const paths = new Set(tables.find((t) => t.id === table)?.rows.map((r) => r.path));
    for (const path of Object.keys(notes)) assert.ok(paths.has(path), `Notiz ${table}:${path} gehört zu keinem Feld`);
  }
});

test('types and required flags are read from the schemas', () => {
  const row = (table: string, path: string) => tables.find((t) => t.id === table)!.rows.find((r) => r.path === path)!;
  assert.deepEqual([row('versioned', 'validFrom').type, row('versioned', 'validFrom').required], ['Datum JJJJ-MM-TT', true]);
  assert.deepEqual([row('versioned', 'approvedBy').type, row('versioned', 'approvedBy').required], ['Text', false]);
  assert.equal(row('versioned', 'summary').type, 'Text, höchstens 300 Zeichen');
  assert.equal(row('versioned', 'changeType').type, '„major“ oder „minor“');
  assert.equal(row('versioned', 'teams').type, 'Liste: Team-ID aus content/teams.yaml, mindestens 1');
  assert.match(row('briefing', 'legalBasis').type, /^Liste: Zitat.*mindestens 1$/);
  assert.equal(row('briefing', 'sources[].url').type, 'Adresse (http/https)');
  assert.equal(row('track', 'modules[].quiz[].answer').type, 'ganze Zahl ≥ 0');
  assert.equal(row('versioned', 'briefing').type, 'Slug (Kleinbuchstaben, Ziffern, Bindestriche)');
});

test('every example of the guide is a file that passes the validation', () => {
  const root = mkdtempSync(join(tmpdir(), 'lotse-guide-'));
  try {
    for (const example of guideExamples()) {
      mkdirSync(dirname(join(root, example.path)), { recursive: true });
      writeFileSync(join(root, example.path), example.text);
    }
    const result = validateContent(root, { includeDrafts: true, strict: false });
    assert.deepEqual(
      result.diagnostics.filter((d) => d.severity === 'error'),
      [],
    );
    assert.equal(result.content.checklists[0]?.versions.length, 2);
    assert.equal(result.content.guidelines[0]?.versions[0]?.data.draft, true);
    assert.equal(result.content.glossary.length, 3);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('every citation form the guide teaches passes the citation check', () => {
  for (const { form } of CITATION_FORMS) assert.equal(ctx.checkCitation(form), undefined, form);
});
