/**
 * Builds tests/fixtures/editorial (BUILD_DATE 2026-11-25) as production and asserts: the rows of
 * the health page /redaktion/, that drafts are absent from pages, /api/dokumente.json and the
 * search index, the overdue and four-eyes notices on document pages, and that the authors'
 * guide lists every schema field.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { buildSite, repo } from '../support/build-site.ts';
import { briefingSchema } from '../../src/schemas/briefing.ts';
import { glossarySchema, lawsSchema, siteSchema, teamsSchema } from '../../src/schemas/registries.ts';
import { trackSchema } from '../../src/schemas/track.ts';
import { versionedSchema } from '../../src/schemas/versioned.ts';

const dist = join(repo, '.lotse', 'test-build', 'editorial');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

before(() => {
  const result = buildSite({ content: join(repo, 'tests/fixtures/editorial'), out: dist, date: '2026-11-25' });
  assert.equal(result.status, 0, result.output);
});

function healthRows(html: string): Record<string, string[]> {
  const rows: Record<string, string[]> = {};
  for (const m of html.matchAll(/<tr data-health-row="([a-z-]+)" data-ref="([^"]+)"(?: data-version="(\d+)")?/g)) {
    (rows[m[1]] ??= []).push(m[3] ? `${m[2]}@v${m[3]}` : m[2]);
  }
  return rows;
}

test('the health page lists exactly the expected rows per section for the fixed build date', () => {
  assert.deepEqual(healthRows(page('redaktion')), {
    overdue: ['checklists/ueberfaellig@v1'],
    'due-soon': ['checklists/bald-faellig@v1'],
    pending: ['guidelines/einbuergerung@v1', 'checklists/mit-entwurf@v1', 'checklists/ueberfaellig@v1'],
    unapproved: ['guidelines/nicht-freigegeben@v2'],
    confirm: ['checklists/verlaengerung@v2', 'content/site.yaml'],
    unlinked: ['checklists/bald-faellig@v1'],
  });
});

test('„Noch zu bestätigen“: the current version lists its statements on /redaktion/ and on its page, a superseded one only on its page', () => {
  const html = page('redaktion');
  const row = /<tr data-health-row="confirm" data-ref="checklists\/verlaengerung"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
  assert.match(row, /<a href="\/checklisten\/verlaengerung\/v2\/">Aufenthaltserlaubnis verlängern<\/a><span class="health-version"> \(v2\)<\/span>/);
  assert.match(
    row,
    /Fassung v2: 2 Angaben noch zu bestätigen<ul class="health-statements"><li>Schalter 4 für Verlängerungen bestätigen<\/li><li>Interne Frist von zwei Wochen bestätigen<\/li><\/ul>/,
  );
  assert.match(html, /<h2 id="confirm">Noch zu bestätigen \(2\)<\/h2>/);
  const notice =
    /<div class="notice notice-warn confirm-notice" role="note" data-notice="confirm" data-pagefind-ignore>[\s\S]*?<\/div>/.exec(
      page('checklisten/verlaengerung'),
    )?.[0] ?? '';
  assert.match(
    notice,
    /<summary class="kern-accordion__header notice-title"><span class="kern-title">Noch zu bestätigen: 2 Angaben auf dieser Seite sind von der Behörde noch nicht bestätigt\.<\/span><\/summary>/,
  );
  assert.match(notice, /<li data-confirm-item>Schalter 4 für Verlängerungen bestätigen<\/li>/);
  assert.match(page('checklisten/verlaengerung/v1'), /data-notice="confirm"[\s\S]*Schalter 3 für Verlängerungen bestätigen/);
  assert.doesNotMatch(page('checklisten/ueberfaellig'), /data-notice="confirm"/);
});

test('each health row links to its document and names what to do', () => {
  const html = page('redaktion');
  const row = /<tr data-health-row="pending" data-ref="guidelines\/einbuergerung"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
  assert.match(row, /<a href="\/leitfaeden\/einbuergerung\/">Einbürgerung Grundsätze<\/a>/);
  assert.match(row, /<a href="\/rechtsaenderungen\/reform-in-kraft\/">Reform in Kraft<\/a>/);
  assert.match(row, /Neue Fassung mit „Gültig ab“ \(validFrom\) ab 01\.10\.2026 anlegen/);
  assert.match(row, /npm run new -- --type version --doc guidelines\/einbuergerung --briefing reform-in-kraft --valid-from 2026-10-01/);
  assert.match(html, /<tr data-team="rueckkehr">[\s\S]*?<td data-kind="checklist">2<\/td>[\s\S]*?<td data-kind="overdue">1<\/td>/);
});

test('a production build has no drafts: no pages, no banner, no health section', () => {
  for (const path of ['checklisten/entwurf-neu', 'checklisten/mit-entwurf/v2', 'rechtsaenderungen/entwurf-rechtsaenderung']) {
    assert.ok(!existsSync(join(dist, path)), `/${path}/ darf nicht gebaut werden`);
  }
  assert.ok(existsSync(join(dist, 'checklisten/mit-entwurf/v1/index.html')), 'the published version of the same document is built');
  assert.doesNotMatch(page('checklisten/mit-entwurf'), /data-notice="draft"|ENTWURFSTEXT/);
  assert.doesNotMatch(page('redaktion'), /data-health-section="draft"/);
});

test('drafts are absent from /api/dokumente.json', () => {
  const json = readFileSync(join(dist, 'api/dokumente.json'), 'utf8');
  const data = JSON.parse(json) as { documents: { reference: string; versions: { version: number }[] }[] };
  const refs = data.documents.map((d) => d.reference);
  assert.ok(refs.includes('checklists/mit-entwurf'));
  assert.ok(!refs.includes('checklists/entwurf-neu'));
  assert.ok(!refs.includes('briefings/entwurf-rechtsaenderung'));
  assert.deepEqual(
    data.documents.find((d) => d.reference === 'checklists/mit-entwurf')?.versions.map((v) => v.version),
    [1],
  );
  assert.doesNotMatch(json, /ENTWURFSTEXT/);
});

test('drafts are absent from the search index', () => {
  const folder = join(dist, 'pagefind/fragment');
  const fragments = readdirSync(folder).map((name) => gunzipSync(readFileSync(join(folder, name))).toString('utf8'));
  assert.ok(
    fragments.some((f) => f.includes('"url":"/checklisten/mit-entwurf/')),
    'published documents are indexed',
  );
  for (const fragment of fragments) {
    assert.doesNotMatch(fragment, /ENTWURFSTEXT|entwurf-neu|entwurf-rechtsaenderung|mit-entwurf\/v2/);
  }
});

test('an overdue document carries the overdue notice on its own page, others do not', () => {
  assert.match(page('checklisten/ueberfaellig'), /data-notice="overdue"[\s\S]*?Überprüfung überfällig/);
  assert.doesNotMatch(page('checklisten/verlaengerung'), /data-notice="overdue"/);
});

test('a version without approvedBy or approved by its owner is shown as not approved', () => {
  assert.match(page('leitfaeden/nicht-freigegeben'), /data-notice="unapproved"[\s\S]*?Nicht freigegeben:[\s\S]*?approvedBy fehlt/);
  assert.match(page('leitfaeden/nicht-freigegeben/v1'), /data-notice="unapproved"[\s\S]*?eigenen verantwortlichen Stelle/);
  assert.doesNotMatch(page('checklisten/verlaengerung'), /data-notice="unapproved"/);
});

/** Every field path of a schema, written independently of src/editorial/guide/guide.ts. */
function paths(schema: z.ZodType, prefix = ''): string[] {
  type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType };
  const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
  const inner = (s: z.ZodType): z.ZodType => (def(s).innerType ? inner(def(s).innerType!) : s);
  const object = def(schema).type === 'array' ? def(schema).element! : schema;
  return Object.entries(def(object).shape ?? {}).flatMap(([key, field]) => {
    const f = inner(field);
    const nested =
      def(f).type === 'object'
        ? paths(f, `${prefix}${key}.`)
        : def(f).type === 'array' && def(def(f).element!).type === 'object'
          ? paths(def(f).element!, `${prefix}${key}[].`)
          : [];
    return [`${prefix}${key}`, ...nested];
  });
}

test("the authors' guide lists every field of every schema", () => {
  const ctx = { teamIds: ['allgemein'], checkCitation: () => undefined };
  const schemas: Record<string, z.ZodType> = {
    versioned: versionedSchema(ctx),
    briefing: briefingSchema(ctx),
    track: trackSchema(ctx),
    glossary: glossarySchema(ctx),
    teams: teamsSchema,
    laws: lawsSchema,
    site: siteSchema,
  };
  const html = page('hilfe/autoren');
  let count = 0;
  for (const [id, schema] of Object.entries(schemas)) {
    for (const path of paths(schema)) {
      count += 1;
      const row = new RegExp(`<tr data-field="${id}:${path.replace(/[[\].]/g, '\\$&')}">[\\s\\S]*?</tr>`).exec(html)?.[0];
      assert.ok(row, `Feld ${id}:${path} fehlt in /hilfe/autoren/`);
      assert.match(row, /<td>(ja|nein)<\/td>\s*<td>[^<\s]/, `Feld ${id}:${path} hat keine Beschreibung`);
    }
  }
  assert.ok(count > 50, `only ${count} fields found`);
});
