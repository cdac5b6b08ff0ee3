/**
 * Onboarding tracks in the built fixture site: every track has its page and printable plan,
 * reading items carry type and reading time, the page data carries what 'neu lesen' needs
 * (each document's versions with major/minor) and nothing the HTML shows already, answers stay
 * out of the page text and out of the shared data, the overview and the report carry no track
 * data (they fetch /einarbeitung/daten.json), the overview groups tracks per team, and the
 * pages stay small.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, repo } from '../support/build-site.ts';
import type { TrackPagePayload, TracksPayload } from '../../src/tracks/data.ts';

const FIXTURE = join(repo, 'tests/fixtures/valid');
const dist = join(repo, '.lotse', 'test-build', 'tracks');
const read = (url: string) => readFileSync(join(dist, url, url.endsWith('.json') ? '' : 'index.html'), 'utf8');
const TRACK = '/einarbeitung/aufenthalt-einstieg/';

const unescape = (s: string) =>
  s.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&#38;', '&').replaceAll('&amp;', '&');
/** A track page's JSON island (`<script type="application/json" data-track-data>`). */
function islandOf(html: string): TrackPagePayload {
  const match = /<script type="application\/json" data-track-data>([^<]*)<\/script>/.exec(html);
  assert.ok(match, 'script[data-track-data] fehlt');
  return JSON.parse(match[1]!) as TrackPagePayload;
}
/** Visible text of the main content: tags and attribute values removed. */
const mainText = (html: string) => unescape(html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');

before(() => {
  const result = buildSite({ content: FIXTURE, out: dist, date: '2026-11-25' });
  assert.equal(result.status, 0, result.output);
});

test('every track has a page and a printable plan; the overview, the report and the data file exist', () => {
  for (const slug of ['grundlagen', 'aufenthalt-einstieg']) {
    assert.ok(existsSync(join(dist, 'einarbeitung', slug, 'index.html')), `${slug} fehlt`);
    assert.ok(existsSync(join(dist, 'einarbeitung', slug, 'plan', 'index.html')), `${slug}/plan fehlt`);
  }
  for (const path of ['einarbeitung/index.html', 'einarbeitung/stand/index.html', 'einarbeitung/daten.json'])
    assert.ok(existsSync(join(dist, path)), `${path} fehlt`);
});

test('the track page lists the plan week by week, each reading with type and reading time', () => {
  const text = mainText(read(TRACK));
  for (const week of [1, 2, 3]) assert.match(text, new RegExp(`Woche ${week} diese Woche`));
  assert.match(text, /Fiktionsbescheinigung ausstellen · Checkliste · ca\. 1 Min\. Lesezeit/);
  assert.match(text, /Chancen-Aufenthaltsrecht endet · Rechtsänderung · ca\. 1 Min\. Lesezeit/);
  assert.match(text, /Voraussetzungen der Anspruchseinbürgerung · Leitfaden \(Fassung v1\) · ca\. 1 Min\. Lesezeit/);
  assert.match(text, /Zwei Verlängerungen am Schalter begleiten/);
  assert.match(text, /Frage 1: Welche Vorschrift regelt die Fortgeltungsfiktion\?/);
  assert.match(text, /3 Module · 5 Dokumente \(Lesezeit etwa 5 Min\.\) · 4 Aufgaben · 2 Selbstcheck-Fragen/);
});

test('the page data gives every read document its version history with major and minor changes', () => {
  const { track, buildDate } = islandOf(read(TRACK));
  assert.equal(buildDate, '2026-11-25');
  const reads = track.modules.flatMap((m) => m.read);
  assert.deepEqual(reads.find((r) => r.key === 'checklists/aufenthaltstitel-aushaendigen')?.versioned, {
    kind: 'checklist',
    slug: 'aufenthaltstitel-aushaendigen',
    versions: [
      ['2025-01-01', 1],
      ['2026-12-01', 0],
      ['2027-01-04', 1],
    ],
  });
  assert.equal(reads.find((r) => r.key === 'guidelines/einbuergerung-voraussetzungen@v1')?.versioned?.pin, 1);
  assert.equal(reads.find((r) => r.key === 'briefings/chancen-aufenthaltsrecht-endet')?.versioned, undefined);
  assert.deepEqual(
    track.modules.map((m) => m.id),
    ['fiktion-und-verlaengerung', 'einbuergerung-im-ueberblick', 'erste-eigene-faelle'],
  );
});

test('the page data sits in the head and carries only what the script needs, not what the HTML shows', () => {
  const html = read(TRACK);
  assert.ok(html.indexOf('data-track-data') < html.indexOf('</head>'), 'die Daten stehen nicht im head');
  const { track } = islandOf(html);
  assert.deepEqual(Object.keys(track).sort(), ['modules', 'slug', 'weeks']);
  for (const m of track.modules) {
    assert.deepEqual(Object.keys(m).sort(), ['id', 'quiz', 'read', 'tasks', 'title']);
    for (const r of m.read)
      assert.ok(
        Object.keys(r).every((k) => k === 'key' || k === 'versioned'),
        JSON.stringify(r),
      );
    for (const t of m.tasks) assert.deepEqual(Object.keys(t), ['id']);
    for (const q of m.quiz) assert.deepEqual(Object.keys(q).sort(), ['answer', 'explanation', 'id']);
  }
  const island = /data-track-data>([^<]*)</.exec(html)![1]!;
  for (const shown of ['Fiktionsbescheinigung ausstellen', 'Zwei Verlängerungen am Schalter begleiten', 'Welche Vorschrift regelt die Fortgeltungsfiktion?']) {
    assert.ok(mainText(html).includes(shown), shown);
    assert.ok(!island.includes(shown), `${shown} steht doppelt in der Seite`);
  }
  assert.doesNotMatch(html, /data-tracks-payload|&quot;/);
});

test('quiz explanations are not in the page text before answering, only in the page data', () => {
  const html = read(TRACK);
  const explanation = 'Die Fortgeltungsfiktion steht in § 81 Abs. 4 Satz 1 AufenthG.';
  assert.doesNotMatch(mainText(html), /Fortgeltungsfiktion steht in/);
  assert.equal(islandOf(html).track.modules[0]!.quiz[0]!.explanation, explanation);
  assert.equal(islandOf(html).track.modules[0]!.quiz[0]!.answer, 0);
});

test('the shared data file carries no answers; the overview and the report carry no track data at all', () => {
  const payload = JSON.parse(read('/einarbeitung/daten.json')) as TracksPayload;
  assert.equal(payload.buildDate, '2026-11-25');
  const questions = payload.tracks.flatMap((t) => t.modules.flatMap((m) => m.quiz));
  assert.ok(questions.length >= 3);
  for (const q of questions) assert.deepEqual(Object.keys(q).sort(), ['id', 'question']);
  for (const url of ['/einarbeitung/', '/einarbeitung/stand/']) {
    const html = read(url);
    assert.doesNotMatch(html, /data-track-data|data-tracks-payload|<script type="application\/json"/, url);
    assert.doesNotMatch(html, /Welche Vorschrift regelt die Fortgeltungsfiktion/, url);
  }
});

test('the overview groups tracks per team, a track for two teams under each', () => {
  const html = read('/einarbeitung/');
  const section = (id: string) => html.slice(html.indexOf(`id="team-${id}"`), html.indexOf('</section>', html.indexOf(`id="team-${id}"`)));
  const slugs = (id: string) => [...section(id).matchAll(/data-track-card="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(slugs('aufenthalt'), ['aufenthalt-einstieg']);
  assert.deepEqual(slugs('allgemein'), ['aufenthalt-einstieg', 'grundlagen']);
  assert.ok(!html.includes('id="team-einbuergerung"'));
});

test('the printable plan has one table per module with a box for every item', () => {
  const html = read(`${TRACK}plan/`);
  assert.equal([...html.matchAll(/<table class="plan-table"/g)].length, 3);
  assert.equal([...html.matchAll(/class="plan-box"/g)].length, 6 + 3 + 1);
  assert.match(mainText(html), /Selbstcheck im Pfad beantworten \(2 Fragen\)/);
});

test('track pages carry no inline script or style (the CSP forbids them)', () => {
  for (const url of [TRACK, `${TRACK}plan/`, '/einarbeitung/', '/einarbeitung/stand/', '/']) {
    const html = read(url);
    // A JSON island is data the browser never runs; every other script must be a file.
    assert.doesNotMatch(html, /<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>/, `${url}: Inline-Skript`);
    assert.doesNotMatch(html, /\sstyle="/, `${url}: style-Attribut`);
  }
});

test('a track page loads at most 15 KB of compressed JavaScript and stays small', () => {
  for (const url of [TRACK, '/einarbeitung/stand/', '/']) {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(`/_astro/${m[1]}`);
    };
    for (const m of read(url).matchAll(/<script type="module" src="([^"]+)"/g)) visit(m[1]!);
    const bytes = [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
    assert.ok(seen.size > 0, `${url}: keine Skripte gefunden`);
    assert.ok(bytes <= 15 * 1024, `${url}: ${bytes} Bytes JS (gzip)`);
  }
  assert.ok(gzipSync(read(TRACK)).length < 12 * 1024, 'Pfadseite über 12 KB (gzip)');
});

test('a track named "stand" is refused, because /einarbeitung/stand/ is the report page', () => {
  const root = mkdtempSync(join(tmpdir(), 'lotse-tracks-'));
  try {
    cpSync(FIXTURE, root, { recursive: true });
    writeFileSync(join(root, 'content/tracks/stand.mdx'), readFileSync(join(FIXTURE, 'content/tracks/grundlagen.mdx')));
    const result = buildSite({ content: root, out: join(root, 'dist'), date: '2026-11-25' });
    assert.notEqual(result.status, 0);
    assert.match(result.output, /„stand“ ist als Adresse einer festen Seite \(\/einarbeitung\/stand\/\) vergeben\. Fix: die Datei umbenennen/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
