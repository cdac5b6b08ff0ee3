/**
 * The content model's ordering and confirmation fields in the built site (fixture
 * tests/fixtures/fields, BUILD_DATE=2026-11-25): briefing status on the page, in the timeline,
 * the feed and /api/dokumente.json (`supersedes`, `until`), tracks in order (`after`), and the
 * „Noch zu bestätigen“ notice and /redaktion/ section (`confirm`).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, repo } from '../support/build-site.ts';

const dist = join(repo, '.lotse', 'test-build', 'fields');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
/** The timeline item of one briefing. */
const item = (html: string, slug: string) => new RegExp(`<li data-briefing="${slug}"[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';

before(() => {
  const result = buildSite({ content: join(repo, 'tests/fixtures/fields'), out: dist, date: '2026-11-25' });
  assert.equal(result.status, 0, result.output);
});

test('a superseded briefing says so on its page, links its successor, and keeps its facts', () => {
  const html = page('rechtsaenderungen/gehalt-2025');
  assert.match(html, /<article data-briefing="gehalt-2025" data-state="superseded"/);
  assert.match(html, /<span data-bstatus-badge="superseded" class="badge badge-superseded">abgelöst<\/span>/);
  assert.match(
    html,
    /<div class="notice notice-bad" role="note" data-notice="briefing-status"><p class="notice-title">Abgelöst: Diese Rechtsänderung gilt nicht mehr\.<\/p><p>Seit 01\.01\.2026 abgelöst durch <a href="\/rechtsaenderungen\/gehalt-2026\/">Mindestgehälter 2026<\/a>\. Sie bleibt zum Nachlesen veröffentlicht\.<\/p><\/div>/,
  );
  assert.match(html, /<dt>Status<\/dt><dd>abgelöst – seit 01\.01\.2026 durch <a href="\/rechtsaenderungen\/gehalt-2026\/">Mindestgehälter 2026<\/a><\/dd>/);
});

test('„Betroffen von …“ on a document marks a briefing that has been superseded since, with its successor', () => {
  const notice = /<div class="notice notice-info" role="note" data-notice="affected-by">[\s\S]*?<\/div>/.exec(page('checklisten/aushaendigen'))?.[0] ?? '';
  assert.match(notice, /<p data-affected-by="gehalt-2025" data-briefing-status="[^"]+" data-state="superseded">/);
  assert.match(
    text(notice),
    /Betroffen von: Mindestgehälter 2025 \(wirksam ab 01\.01\.2025 ?\) abgelöst seit 01\.01\.2026 durch Mindestgehälter 2026 – diese Fassung setzt die Änderung um\./,
  );
  assert.match(notice, /<span data-bstatus-badge="superseded" class="badge badge-superseded">abgelöst<\/span>/);
});

test('the successor names what it replaces and, announced itself, warns that it will be replaced', () => {
  const html = page('rechtsaenderungen/gehalt-2026');
  assert.match(html, /data-state="in-force"/);
  assert.match(html, /<dt>Löst ab<\/dt><dd><a href="\/rechtsaenderungen\/gehalt-2025\/">Mindestgehälter 2025<\/a><\/dd>/);
  assert.match(text(html), /Wird abgelöst Ab 01\.01\.2027 abgelöst durch Mindestgehälter 2027 \./);
  assert.match(page('rechtsaenderungen/gehalt-2027'), /data-state="announced"/);
});

test('temporary rules: in force with their last day, expired the day after', () => {
  const current = page('rechtsaenderungen/aussetzung');
  assert.match(current, /data-state="in-force"/);
  assert.match(current, /<dt>Befristet bis<\/dt><dd><time datetime="2027-07-23">23\.07\.2027<\/time><\/dd>/);
  assert.match(current, /<dt>Status<\/dt><dd>in Kraft – befristet bis 23\.07\.2027<\/dd>/);
  const old = page('rechtsaenderungen/aussetzung-alt');
  assert.match(old, /<span data-bstatus-badge="expired" class="badge badge-expired">ausgelaufen<\/span>/);
  assert.match(text(old), /Ausgelaufen: Diese befristete Regelung gilt nicht mehr\. Sie galt bis einschließlich 28\.02\.2025\./);
});

test('a draft supersedes nothing and is not published', () => {
  assert.ok(!existsSync(join(dist, 'rechtsaenderungen/entwurf')));
  assert.match(page('rechtsaenderungen/aussetzung'), /data-state="in-force"/);
});

test('the timeline sorts by status: announced, in force, then superseded or expired, each marked', () => {
  const html = page('rechtsaenderungen');
  const sections = [...html.matchAll(/<section aria-labelledby="([a-z-]+)" data-timeline-section>([\s\S]*?)<\/section>/g)].map(([, id, body]) => [
    id,
    [...body.matchAll(/<li data-briefing="([^"]+)"/g)].map((m) => m[1]),
  ]);
  assert.deepEqual(Object.fromEntries(sections), {
    angekuendigt: ['gehalt-2027'],
    'in-kraft': ['gehalt-2026', 'aussetzung'],
    abgeloest: ['gehalt-2025', 'aussetzung-alt'],
  });
  assert.match(
    item(html, 'gehalt-2025'),
    /data-state="superseded"[\s\S]*abgelöst<\/span> <span data-bstatus-line>seit 01\.01\.2026 durch <a href="\/rechtsaenderungen\/gehalt-2026\/">Mindestgehälter 2026<\/a><\/span>/,
  );
  assert.match(item(html, 'aussetzung-alt'), /ausgelaufen<\/span> <span data-bstatus-line>galt bis 28\.02\.2025<\/span>/);
  assert.match(
    item(html, 'gehalt-2026'),
    /data-briefing-status="\{&quot;effective&quot;:&quot;2026-01-01&quot;,&quot;supersededBy&quot;:\[\{&quot;slug&quot;:&quot;gehalt-2027&quot;/,
  );
});

test('/api/dokumente.json carries effective, until, supersedes, supersededBy and status for briefings', () => {
  const data = JSON.parse(readFileSync(join(dist, 'api/dokumente.json'), 'utf8')) as { documents: Record<string, unknown>[] };
  const pick = (ref: string) => {
    const d = data.documents.find((x) => x.reference === ref);
    assert.ok(d, ref);
    return { effective: d.effective, until: d.until, supersedes: d.supersedes, supersededBy: d.supersededBy, status: d.status };
  };
  assert.deepEqual(pick('briefings/gehalt-2025'), {
    effective: '2025-01-01',
    until: null,
    supersedes: [],
    supersededBy: ['briefings/gehalt-2026'],
    status: 'superseded',
  });
  assert.deepEqual(pick('briefings/gehalt-2026'), {
    effective: '2026-01-01',
    until: null,
    supersedes: ['briefings/gehalt-2025'],
    supersededBy: ['briefings/gehalt-2027'],
    status: 'in-force',
  });
  assert.deepEqual(pick('briefings/gehalt-2027'), {
    effective: '2027-01-01',
    until: null,
    supersedes: ['briefings/gehalt-2026'],
    supersededBy: [],
    status: 'announced',
  });
  assert.deepEqual(pick('briefings/aussetzung'), { effective: '2025-07-24', until: '2027-07-23', supersedes: [], supersededBy: [], status: 'in-force' });
  assert.equal(pick('briefings/aussetzung-alt').status, 'expired');
  assert.ok(!data.documents.some((d) => d.reference === 'briefings/entwurf'));
});

test('the Atom feed states each entry status as of the build date', () => {
  const xml = readFileSync(join(dist, 'rechtsaenderungen/feed.xml'), 'utf8');
  const entry = (slug: string) =>
    new RegExp(`<entry>(?:(?!</entry>)[\\s\\S])*rechtsaenderungen/${slug}/(?:(?!</entry>)[\\s\\S])*</entry>`).exec(xml)?.[0] ?? '';
  assert.match(entry('gehalt-2025'), /<lotse:status>superseded<\/lotse:status>/);
  assert.match(entry('gehalt-2025'), /<summary>Wirksam ab 01\.01\.2025\. Stand 25\.11\.2026: abgelöst – seit 01\.01\.2026 durch Mindestgehälter 2026\. /);
  assert.match(entry('aussetzung'), /<lotse:until>2027-07-23<\/lotse:until>\n {4}<lotse:status>in-force<\/lotse:status>/);
});

test('a team track links back to the track it builds on and dates its weeks after it', () => {
  const html = page('einarbeitung/team');
  assert.match(html, /<article class="track" data-track-offset="2">/);
  assert.match(html, /<p class="track-after" data-track-after="grundlagen">Baut auf <a href="\/einarbeitung\/grundlagen\/">Grundlagen<\/a> auf:/);
  assert.doesNotMatch(page('einarbeitung/grundlagen'), /data-track-after|data-track-offset/);
  const tracks = JSON.parse(readFileSync(join(dist, 'einarbeitung/daten.json'), 'utf8')) as {
    tracks: { slug: string; offset?: number; after?: { slug: string } }[];
  };
  assert.deepEqual(
    tracks.tracks.map((t) => [t.slug, t.offset ?? 0, t.after?.slug ?? null]),
    [
      ['grundlagen', 0, null],
      ['team', 2, 'grundlagen'],
    ],
  );
});

test('confirm: a notice on the page, and every statement on /redaktion/', () => {
  const notice =
    /<div class="notice notice-warn confirm-notice" role="note" data-notice="confirm" data-pagefind-ignore>[\s\S]*?<\/div>/.exec(
      page('checklisten/aushaendigen'),
    )?.[0] ?? '';
  assert.match(notice, /Noch zu bestätigen: 2 Angaben auf dieser Seite sind von der Behörde noch nicht bestätigt\./);
  assert.match(notice, /<li data-confirm-item>Ausgabe am Schalter 2 bestätigen<\/li><li data-confirm-item>Kassenablauf bei der Ausgabe bestätigen<\/li>/);
  assert.match(page('rechtsaenderungen/aussetzung'), /data-notice="confirm"[\s\S]*Zuständiger Schalter für Anfragen der Auslandsvertretungen bestätigen/);
  assert.match(page('einarbeitung/team'), /data-notice="confirm"[\s\S]*Patenmodell im Team Aufenthalt bestätigen/);
  const health = page('redaktion');
  const rows = [...health.matchAll(/<tr data-health-row="confirm" data-ref="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(rows.sort(), ['briefings/aussetzung', 'checklists/aushaendigen', 'content/site.yaml', 'tracks/team']);
  assert.match(health, /<li>Kassenablauf bei der Ausgabe bestätigen<\/li>/);
});
