/**
 * The built Atom feeds – /rechtsaenderungen/feed.xml and one per team – against the RFC 4287
 * RELAX NG schema (tests/schemas/atom-rfc4287.rng, checked with `xmllint --relaxng`), plus the
 * schema's Schematron rules that xmllint does not run, and the effective day in every entry.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSite, repo } from '../support/build-site.ts';

const fixture = join(repo, 'tests/fixtures/valid');
const dist = join(repo, '.lotse', 'test-build', 'briefings-feed');
const schema = join(repo, 'tests/schemas/atom-rfc4287.rng');
const teams = (parse(readFileSync(join(repo, 'content/teams.yaml'), 'utf8')) as { id: string }[]).map((t) => t.id);
const feeds = ['rechtsaenderungen/feed.xml', ...teams.map((id) => `rechtsaenderungen/team/${id}/feed.xml`)];
const feed = (path: string) => readFileSync(join(dist, path), 'utf8');
const entries = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
const slugOf = (entry: string) => /\/rechtsaenderungen\/([a-z0-9-]+)\/"/.exec(entry)?.[1];

/** Briefing slug → { effective, teams } from the fixture's frontmatter. */
function fixtureBriefings(): Map<string, { effective: string; teams: string[] }> {
  const dir = join(fixture, 'content/briefings');
  const out = new Map<string, { effective: string; teams: string[] }>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
    const source = readFileSync(join(dir, name), 'utf8');
    const data = parse(source.slice(4, source.indexOf('\n---', 4))) as { effective: string | Date; teams: string[]; draft?: boolean };
    if (data.draft) continue;
    const effective = data.effective instanceof Date ? data.effective.toISOString().slice(0, 10) : String(data.effective);
    out.set(name.replace(/\.mdx$/, ''), { effective, teams: data.teams });
  }
  return out;
}

before(() => {
  const result = buildSite({ content: fixture, out: dist, date: '2026-11-25', env: { LOTSE_SITE_URL: 'https://lotse.example.org' } });
  assert.equal(result.status, 0, result.output);
});

test('xmllint is available (the schema check must not be skipped silently)', () => {
  assert.equal(spawnSync('xmllint', ['--version']).status, 0);
});

test('every feed is valid against the RFC 4287 RELAX NG schema', () => {
  for (const path of feeds) {
    assert.ok(existsSync(join(dist, path)), `${path} fehlt`);
    const result = spawnSync('xmllint', ['--noout', '--relaxng', schema, join(dist, path)], { encoding: 'utf8' });
    assert.equal(result.status, 0, `${path}: ${result.stderr}`);
  }
});

test('the Schematron rules hold: the feed has an author, every entry an alternate link', () => {
  let linked = 0;
  for (const path of feeds) {
    const xml = feed(path);
    linked += entries(xml).length;
    assert.match(xml.slice(0, xml.indexOf('<entry>') === -1 ? undefined : xml.indexOf('<entry>')), /<author>\s*<name>[^<]+<\/name>/, path);
    for (const entry of entries(xml))
      assert.match(entry, /<link rel="alternate" type="text\/html" href="https:\/\/lotse\.example\.org\/rechtsaenderungen\/[a-z0-9-]+\/"\/>/);
  }
  assert.ok(linked > 0, 'kein Eintrag in den Feeds');
});

test('the main feed has one entry per briefing, each with its effective day', () => {
  const briefings = fixtureBriefings();
  const list = entries(feed('rechtsaenderungen/feed.xml'));
  assert.deepEqual(list.map(slugOf).sort(), [...briefings.keys()].sort());
  for (const entry of list) {
    const { effective } = briefings.get(slugOf(entry) as string) as { effective: string };
    const german = effective.split('-').reverse().join('.');
    assert.match(entry, new RegExp(`<lotse:effective>${effective}</lotse:effective>`));
    assert.match(entry, new RegExp(`<title>[^<]* – wirksam ab ${german.replace(/\./g, '\\.')}</title>`));
    assert.match(entry, new RegExp(`<summary>Wirksam ab ${german.replace(/\./g, '\\.')}\\. `));
  }
});

test('a team feed holds exactly the briefings of that team and is linked from the team page', () => {
  const briefings = fixtureBriefings();
  for (const id of teams) {
    const expected = [...briefings]
      .filter(([, b]) => b.teams.includes(id))
      .map(([slug]) => slug)
      .sort();
    assert.deepEqual(
      entries(feed(`rechtsaenderungen/team/${id}/feed.xml`))
        .map(slugOf)
        .sort(),
      expected,
      id,
    );
    assert.match(readFileSync(join(dist, 'teams', id, 'index.html'), 'utf8'), new RegExp(`href="/rechtsaenderungen/team/${id}/feed.xml"`));
  }
  assert.ok(entries(feed('rechtsaenderungen/team/aufenthalt/feed.xml')).some((e) => slugOf(e) === 'fiktionsbescheinigung-elektronisch'));
});

test("corrections (updates) move the entry's updated date and appear in the content", () => {
  const entry = entries(feed('rechtsaenderungen/feed.xml')).find((e) => slugOf(e) === 'einbuergerung-sprachnachweis-digital') as string;
  assert.match(entry, /<published>2026-10-15T00:00:00Z<\/published>/);
  assert.match(entry, /<updated>2026-10-20T00:00:00Z<\/updated>/);
  assert.match(entry, /Nachträge:/);
});
