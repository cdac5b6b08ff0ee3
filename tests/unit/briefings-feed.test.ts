/**
 * The Atom feed builder (src/briefings/feed.ts): escaping, dates, ids, and validity of tricky
 * feeds against the RFC 4287 RELAX NG schema (xmllint). The built feeds are validated in
 * tests/build/briefings-feed.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { atomDate, atomFeed, FEED_LIMIT, lastChanged, tagAuthority, type FeedContext } from '../../src/briefings/feed.ts';
import type { Briefing } from '../../src/model/types.ts';
import { escapeHtml } from '../../src/site/escape-html.ts';

const schema = join(import.meta.dirname, '../schemas/atom-rfc4287.rng');

function validate(xml: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--relaxng', schema, '-'], { input: xml, encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

const ctx: FeedContext = {
  base: 'https://lotse.example.org',
  authority: 'stadt.example.de',
  teamName: (id) => (id === 'aufenthalt' ? 'Aufenthalt & Service' : id),
  resolve: (ref) => (ref === 'checklists/x' ? { title: 'Checkliste <X> & "Y"', url: '/checklisten/x/' } : undefined),
};

function briefing(slug: string, extra: Record<string, unknown> = {}): Briefing {
  return {
    slug,
    data: {
      title: 'Änderung & <Neu>',
      summary: 'Gilt für "alle" Fälle < 12 Jahre.',
      teams: ['aufenthalt'],
      published: '2026-10-15',
      effective: '2027-03-01',
      legalBasis: ['§ 81 Abs. 5 AufenthG'],
      affects: ['checklists/x', 'guidelines/fehlt'],
      sources: [{ title: 'BGBl. & Co', url: 'https://example.org/?a=1&b=2' }],
      ...extra,
    },
  } as unknown as Briefing;
}

const options = {
  selfPath: '/rechtsaenderungen/feed.xml',
  alternatePath: '/rechtsaenderungen/',
  idPath: 'rechtsaenderungen',
  title: 'Rechtsänderungen',
  subtitle: 'Test',
  author: { name: 'Redaktion', email: 'redaktion@stadt.example.de' },
  fallbackUpdated: '2026-11-25',
};

test('escapeHtml escapes the five characters that break XML text and attributes', () => {
  assert.equal(escapeHtml(`a & b < c > d "e"`), 'a &amp; b &lt; c &gt; d &quot;e&quot;');
});

test('dates are RFC 3339 timestamps and tag ids use the feedback domain', () => {
  assert.equal(atomDate('2026-06-12'), '2026-06-12T00:00:00Z');
  assert.equal(tagAuthority('Lotse-Redaktion@Stadt.Wuppertal.de'), 'stadt.wuppertal.de');
  assert.equal(tagAuthority('kaputt'), 'lotse.invalid');
});

test('a briefing changes on its latest correction', () => {
  assert.equal(
    lastChanged(
      briefing('a', {
        updates: [
          { date: '2026-10-20', note: 'x' },
          { date: '2026-10-18', note: 'y' },
        ],
      }),
    ),
    '2026-10-20',
  );
  assert.equal(lastChanged(briefing('a')), '2026-10-15');
});

test('a feed with special characters everywhere is valid Atom', () => {
  const xml = atomFeed([briefing('a', { updates: [{ date: '2026-10-20', note: 'Fix <b> & mehr' }] }), briefing('b')], ctx, options);
  const result = validate(xml);
  assert.ok(result.ok, result.output);
});

test('an empty feed (a team without briefings) is valid Atom and dated by the build', () => {
  const xml = atomFeed([], ctx, options);
  assert.ok(validate(xml).ok);
  assert.match(xml, /<updated>2026-11-25T00:00:00Z<\/updated>/);
});

test('each entry carries the effective day in title, summary, content and lotse:effective', () => {
  const xml = atomFeed([briefing('a')], ctx, options);
  assert.match(xml, /<title>Änderung &amp; &lt;Neu&gt; – wirksam ab 01\.03\.2027<\/title>/);
  assert.match(xml, /<summary>Wirksam ab 01\.03\.2027\. /);
  assert.match(xml, /<lotse:effective>2027-03-01<\/lotse:effective>/);
  assert.match(xml, /&lt;strong&gt;Wirksam ab 01\.03\.2027&lt;\/strong&gt;/);
  assert.match(xml, /<id>tag:stadt\.example\.de,2026:lotse\/rechtsaenderungen\/a<\/id>/);
  assert.match(xml, /<link rel="alternate" type="text\/html" href="https:\/\/lotse\.example\.org\/rechtsaenderungen\/a\/"\/>/);
});

test('affected documents are linked by title; unknown references stay as written', () => {
  const xml = atomFeed([briefing('a')], ctx, options);
  assert.match(
    xml,
    /&lt;a href=&quot;https:\/\/lotse\.example\.org\/checklisten\/x\/&quot;&gt;Checkliste &amp;lt;X&amp;gt; &amp;amp; &amp;quot;Y&amp;quot;&lt;\/a&gt;/,
  );
  assert.match(xml, /&lt;li&gt;guidelines\/fehlt&lt;\/li&gt;/);
});

test('the schema check is not vacuous: a feed without <updated> is rejected', () => {
  const xml = atomFeed([briefing('a')], ctx, options).replace(/<updated>[^<]*<\/updated>\n/, '');
  assert.equal(validate(xml).ok, false);
});

test('a feed keeps the newest publications only, so it does not grow with the years', () => {
  const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) =>
    briefing(`b${i}`, { published: `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, effective: '2020-06-01' }),
  );
  many.push(briefing('neueste', { published: '2026-11-20' }));
  const xml = atomFeed(many, ctx, options);
  assert.equal((xml.match(/<entry>/g) ?? []).length, FEED_LIMIT);
  assert.match(xml, /rechtsaenderungen\/neueste</);
  assert.match(xml, /<updated>2026-11-20T00:00:00Z<\/updated>\n  <author>/);
});
