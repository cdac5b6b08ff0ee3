/**
 * The browser editor follows the schemas: every schema field of every kind (and of the glossary)
 * has an editor field with a German label, values come from lists where the content model
 * names them; the formats write existing files back byte for byte; the browser's check gives
 * `npm run check`'s messages; the kinds registry knows the German words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { gitlabBackend } from '../../src/editor/assets.ts';
import { editorConfig } from '../../src/editor/config.ts';
import { editorContext } from '../../src/editor/context.ts';
import { lintBody } from '../../src/editor/serve.ts';
import { shapeOf, unwrapField, type DecapField } from '../../src/editor/fields.ts';
import { glossaryFromFile, glossaryToFile, mdxFromFile, mdxToFile } from '../../src/editor/browser/format.ts';
import { checkFile } from '../../src/editor/browser/validate.ts';
import { KINDS, folderPath, kindFromWord } from '../../src/kinds/registry.ts';
import { schemaOf } from '../../src/kinds/schemas.ts';
import { createCitationChecker } from '../../src/model/citation-check.ts';
import { loadContent } from '../../src/model/load.ts';
import { glossarySchema } from '../../src/schemas/registries.ts';

const repo = join(import.meta.dirname, '..', '..');
const { content } = loadContent(repo, { includeDrafts: true, skipBodies: true });
const ctx = { teamIds: content.teams.map((t) => t.id), checkCitation: createCitationChecker(content.laws) };
const config = editorConfig(content, ctx, { mode: 'proxy', proxyUrl: 'http://127.0.0.1:1/api/v1' }) as {
  collections: { name: string; folder?: string; fields?: DecapField[]; files?: { fields: DecapField[] }[] }[];
};
const context = editorContext(content);

/** Schema field paths without an editor field (or with one that has no German label). */
function missing(schema: z.ZodType, fields: DecapField[], at: string): string[] {
  const out: string[] = [];
  for (const [key, sub] of Object.entries(shapeOf(schema))) {
    const field = fields.find((f) => f.name === key);
    if (!field) {
      out.push(`${at}${key}`);
      continue;
    }
    if (!field.label || field.label === key) out.push(`${at}${key} (ohne deutsche Bezeichnung)`);
    const inner = unwrapField(sub).inner as unknown as { _zod: { def: { type: string; element?: z.ZodType } } };
    const nested = inner._zod.def.type === 'array' ? inner._zod.def.element! : (inner as unknown as z.ZodType);
    if (Object.keys(shapeOf(nested)).length > 0) out.push(...missing(nested, (field.fields as DecapField[] | undefined) ?? [], `${at}${key}.`));
  }
  return out;
}

test('every schema field of every kind and of the glossary has a labelled editor field', () => {
  for (const k of KINDS) {
    const collection = config.collections.find((c) => c.name === k.refPrefix);
    assert.ok(collection, `no collection for ${k.id}`);
    assert.equal(collection.folder, folderPath(k));
    assert.deepEqual(missing(schemaOf(k.id)(ctx), collection.fields ?? [], `${k.id}: `), []);
  }
  const glossary = config.collections.find((c) => c.name === 'glossar')!.files![0].fields[0].fields as DecapField[];
  assert.deepEqual(missing(glossarySchema(ctx).element, glossary, 'glossary: '), []);
});

test('teams, affected documents and briefings are picked from the content, citations are checked', () => {
  const briefings = config.collections.find((c) => c.name === 'briefings')!.fields!;
  const teams = briefings.find((f) => f.name === 'teams')!;
  assert.equal(teams.widget, 'select');
  assert.deepEqual(
    (teams.options as { value: string }[]).map((o) => o.value),
    content.teams.map((t) => t.id),
  );
  const affects = briefings.find((f) => f.name === 'affects')!;
  assert.equal(affects.multiple, true);
  assert.equal((affects.options as unknown[]).length, content.checklists.length + content.guidelines.length);
  assert.equal(briefings.find((f) => f.name === 'legalBasis')!.widget, 'lotse-citations');
  const versioned = config.collections.find((c) => c.name === 'checklists')!.fields!;
  assert.deepEqual(
    (versioned.find((f) => f.name === 'briefing')!.options as { value: string }[]).map((o) => o.value).sort(),
    content.briefings.map((b) => b.slug).sort(),
  );
  assert.equal(versioned.find((f) => f.name === 'validFrom')!.required, true);
  assert.equal(versioned.find((f) => f.name === 'changes')!.required, false);
  // A briefing offers its affected documents for new versions right after the list (never written: EDITOR_ONLY).
  const names = briefings.map((f) => f.name);
  assert.equal(names[names.indexOf('affects') + 1], 'lotseAffected');
  assert.equal(briefings.find((f) => f.name === 'lotseAffected')!.widget, 'lotse-affected');
  assert.ok(
    !mdxToFile({ ...mdxFromFile(readFileSync(join(repo, 'content/briefings/feg-stufe-2.mdx'), 'utf8')), lotseAffected: 'x' }, names).includes('lotseAffected'),
  );
  // The new version from that offer starts with the briefing's date and link.
  assert.equal(versioned.find((f) => f.name === 'validFrom')!.lotse_new_version_from, 'validFrom');
  assert.equal(versioned.find((f) => f.name === 'briefing')!.widget, 'lotse-briefing');
});

test('reading and writing every content file without a change gives the same bytes', () => {
  let files = 0;
  for (const k of KINDS) {
    const order = config.collections.find((c) => c.name === k.refPrefix)!.fields!.map((f) => f.name);
    const dir = join(repo, ...k.folder);
    for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(dir, rel), 'utf8');
      assert.equal(mdxToFile(mdxFromFile(text), order), text, rel);
      files++;
    }
  }
  const glossary = readFileSync(join(repo, 'content/glossary.yaml'), 'utf8');
  assert.equal(glossaryToFile(glossaryFromFile(glossary), ['term', 'abbr', 'definition', 'synonyms', 'legalBasis', 'see']), glossary);
  assert.ok(files > 50, `${files} files`);
});

test('the browser check passes the seed content and reports what npm run check reports', () => {
  const path = 'checklists/niederlassungserlaubnis/v1.mdx';
  const text = readFileSync(join(repo, path), 'utf8');
  assert.deepEqual(checkFile(context, 'checklists', path, text), []);
  const v2 = text.replace('validFrom: 2025-12-01', 'validFrom: 2025-02-30');
  const problems = checkFile(context, 'checklists', 'checklists/niederlassungserlaubnis/v2.mdx', v2).map((d) => `${d.field}: ${d.problem}`);
  assert.ok(problems.includes('validFrom: „2025-02-30“ ist kein existierender Kalendertag'), problems.join('\n'));
  const early = checkFile(context, 'checklists', 'checklists/niederlassungserlaubnis/v2.mdx', text).map((d) => `${d.field}: ${d.problem}`);
  assert.ok(early.includes('validFrom: 2025-12-01 liegt nicht nach validFrom der Fassung v1 (2025-12-01)'), early.join('\n'));
  assert.ok(early.includes('changes: ab v2 ist ein Änderungshinweis Pflicht'), early.join('\n'));
  const cited = checkFile(context, 'checklists', path, text.replace('"§ 9a AufenthG"', '"§ 999 AufenthG"')).map((d) => d.problem);
  assert.ok(
    cited.some((p) => p.includes('§ 999 AufenthG gibt es im konsolidierten Gesetzestext nicht')),
    cited.join('\n'),
  );
  const briefing = readFileSync(join(repo, 'content/briefings/feg-stufe-2.mdx'), 'utf8').replace(
    /affects:[^\n]*\n(?:\s+- [^\n]*\n)*/,
    'affects: ["checklists/gibt-es-nicht"]\n',
  );
  assert.ok(checkFile(context, 'briefings', 'content/briefings/feg-stufe-2.mdx', briefing).some((d) => d.problem.includes('führt zu keinem Dokument')));
});

test('the kinds registry knows the German words authors use', () => {
  for (const [word, id] of [
    ['Checkliste', 'checklist'],
    ['leitfäden', 'guideline'],
    ['Leitfaden', 'guideline'],
    ['Rechtsänderung', 'briefing'],
    ['rechtsaenderung', 'briefing'],
    ['Einarbeitungspfad', 'track'],
    ['briefing', 'briefing'],
    ['tracks', 'track'],
  ]) {
    assert.equal(kindFromWord(word)?.id, id, word);
  }
  assert.equal(kindFromWord('Formular'), undefined);
});

test('GitLab mode: the configuration deploy/README.md describes (PKCE, no secret, editorial workflow, base_url from the build)', () => {
  const env = { LOTSE_GITLAB_URL: 'https://gitlab.behoerde.example', LOTSE_GITLAB_REPO: 'abh/lotse', LOTSE_GITLAB_APP_ID: 'a1b2c3' };
  const backend = gitlabBackend(env);
  assert.equal(backend.configured, true);
  assert.equal(gitlabBackend({ ...env, LOTSE_GITLAB_APP_ID: '' }).configured, false);
  const gitlab = editorConfig(content, ctx, backend) as Record<string, unknown> & { backend: Record<string, unknown> };
  assert.deepEqual(gitlab.backend, {
    name: 'gitlab',
    repo: 'abh/lotse',
    branch: 'main',
    auth_type: 'pkce',
    app_id: 'a1b2c3',
    base_url: 'https://gitlab.behoerde.example',
    api_root: 'https://gitlab.behoerde.example/api/v4',
    auth_endpoint: 'oauth/authorize',
  });
  assert.equal(gitlab.publish_mode, 'editorial_workflow');
  assert.equal(
    (editorConfig(content, ctx, gitlabBackend({ ...env, LOTSE_GITLAB_BRANCH: 'redaktion' })) as { backend: { branch: string } }).backend.branch,
    'redaktion',
  );
  // Nothing secret goes into the site: PKCE needs only the public application ID.
  assert.doesNotMatch(JSON.stringify(gitlab), /secret|token|password|passwort/i);
  // The proxy mode (npm run redaktion) writes straight into the working copy, without review.
  assert.equal((config as Record<string, unknown>).publish_mode, undefined);
  // deploy/README.md names every variable the build reads, the default branch, PKCE and the workflow.
  const readme = readFileSync(join(repo, 'deploy/README.md'), 'utf8');
  for (const text of [
    'LOTSE_GITLAB_URL',
    'LOTSE_GITLAB_REPO',
    'LOTSE_GITLAB_APP_ID',
    '`LOTSE_GITLAB_BRANCH`, Standard `main`',
    'PKCE, kein Secret',
    '„editorial workflow“',
    'Redirect-URI `https://<lotse-host>/redaktion/editor/`',
  ])
    assert.ok(readme.includes(text), text);
});

test("npm run redaktion checks the MDX text with npm run check's body lint, at the line of the file", () => {
  const { problems } = lintBody(JSON.stringify({ file: 'checklists/a/v2.mdx', body: '\n## Abschnitt\n\nMindestens <5 Jahre.\n', bodyLine: 20 }));
  assert.deepEqual(
    problems.map((p) => `${p.line}:${p.column} ${p.field}: ${p.problem}`),
    ['23:12 mdx: ein „<“ im Text wird in MDX als Beginn eines Elements gelesen'],
  );
  assert.deepEqual(lintBody(JSON.stringify({ file: 'x.mdx', body: '\nMindestens 5 Jahre.\n' })).problems, []);
});
