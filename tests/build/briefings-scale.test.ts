/**
 * Pages that must not grow with the corpus: a generated content set with 130 guidelines citing
 * § 81 AufenthG, 60 guidelines citing other paragraphs of the AufenthG, 170 citing one BGB
 * paragraph each and 30 briefings in force. The paragraph page splits its documents into pages
 * of 100, the law page switches to one row per paragraph and splits the rows into pages, the
 * timeline shows the newest 25 changes and links the yearly archive.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, repo } from '../support/build-site.ts';
import { lawData } from '../../src/norms/norms.ts';
import { LAW_ROWS_PER_PAGE } from '../../src/norms/norm-register.ts';

const dist = join(repo, '.lotse', 'test-build', 'briefings-scale');
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const size = (path: string) => statSync(join(dist, path, 'index.html')).size;
/** More BGB paragraphs than one law page holds (existing, not repealed ones). */
const BGB = Object.entries(lawData('BGB')!.paragraphs)
  .filter(([, p]) => !p.repealed)
  .map(([n]) => n)
  .filter((n) => /^\d+$/.test(n))
  .slice(0, LAW_ROWS_PER_PAGE + 20);
/** Paragraphs of the AufenthG that exist in the consolidated text (checked by the build). */
const OTHER = [
  '4',
  '5',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  '16a',
  '16b',
  '18',
  '18a',
  '18b',
  '18g',
  '19',
  '20',
  '21',
  '25',
  '25a',
  '25b',
  '26',
  '27',
  '28',
  '29',
  '30',
  '31',
  '32',
  '36',
  '36a',
  '39',
  '43',
  '44',
  '45',
  '48',
  '49',
  '50',
  '53',
  '54',
  '55',
  '56',
  '58',
  '59',
  '60',
  '60a',
  '60b',
  '60c',
  '60d',
  '61',
  '62',
  '71',
  '72',
  '73',
  '75',
  '78',
  '79',
  '80',
  '82',
  '84',
  '86',
  '87',
];

function guideline(root: string, slug: string, citation: string): void {
  const dir = join(root, 'content/guidelines', slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'v1.mdx'),
    `---\ntitle: Leitfaden ${slug}\nsummary: Erzeugt für den Umfangstest.\nteams: [aufenthalt]\nvalidFrom: 2024-01-01\nlegalBasis: ["${citation}"]\nowner: Teamleitung Aufenthalt\napprovedBy: Abteilungsleitung\nreviewDue: 2027-06-30\n---\n\nSiehe ${citation}.\n`,
  );
}

before(() => {
  const root = mkdtempSync(join(tmpdir(), 'lotse-briefings-scale-'));
  mkdirSync(join(root, 'content/briefings'), { recursive: true });
  for (let i = 1; i <= 130; i++) guideline(root, `fiktion-${i}`, '§ 81 Abs. 4 AufenthG');
  OTHER.forEach((p, i) => guideline(root, `weitere-${i + 1}`, `§ ${p} AufenthG`));
  BGB.forEach((p, i) => guideline(root, `bgb-${i + 1}`, `§ ${p} BGB`));
  for (let i = 1; i <= 30; i++) {
    const day = `20${16 + Math.floor(i / 3)}-0${(i % 9) + 1}-01`;
    writeFileSync(
      join(root, 'content/briefings', `aenderung-${i}.mdx`),
      `---\ntitle: Änderung ${i}\nsummary: Erzeugt.\nteams: [aufenthalt]\nowner: Teamleitung Aufenthalt\npublished: ${day}\neffective: ${day}\nlegalBasis: ["§ 81 AufenthG"]\nsources:\n  - title: BGBl.\n    url: https://www.recht.bund.de/\n---\n\nText.\n`,
    );
  }
  const result = buildSite({ content: root, out: dist, date: '2026-11-25' });
  rmSync(root, { recursive: true, force: true });
  assert.equal(result.status, 0, result.output);
});

test('a paragraph cited by 130 documents lists them on pages of 100, briefings on the first page', () => {
  const first = page('normen/aufenthg/81');
  const second = page('normen/aufenthg/81/seite-2');
  const rows = (html: string) => (html.match(/<tr data-citer="guidelines\//g) ?? []).length;
  assert.equal(rows(first), 100);
  assert.equal(rows(second), 30);
  assert.match(first, /data-citers="rechtsaenderungen"/);
  assert.doesNotMatch(second, /data-citers="rechtsaenderungen"/);
  assert.match(second, /<a href="\/normen\/aufenthg\/81\/">1<\/a>/);
  assert.match(second, /aria-current="page">2<\/a>/);
});

test('a law with many cited paragraphs gets one row per paragraph and stays small', () => {
  const html = page('normen/aufenthg');
  assert.match(html, /data-law-table/);
  assert.equal((html.match(/<tr id="p-/g) ?? []).length, OTHER.length + 1);
  assert.doesNotMatch(html, /data-citer=/);
  assert.ok(size('normen/aufenthg') < 60_000, String(size('normen/aufenthg')));
  assert.ok(size('normen') < 20_000, String(size('normen')));
});

test('a law page with more cited paragraphs than one page holds continues on …/seite-2/, each page small', () => {
  const first = page('normen/bgb');
  const second = page('normen/bgb/seite-2');
  const rows = (html: string) => (html.match(/<tr id="p-/g) ?? []).length;
  assert.equal(rows(first), LAW_ROWS_PER_PAGE);
  assert.equal(rows(second), BGB.length - LAW_ROWS_PER_PAGE);
  assert.match(first, new RegExp(`<tr id="p-${BGB[0]}"`));
  assert.match(second, new RegExp(`<tr id="p-${BGB.at(-1)}"`));
  assert.match(second, /<title>BGB – Normen-Register, Seite 2 von 2/);
  assert.match(second, /<a href="\/normen\/bgb\/">1<\/a>/);
  assert.match(first, /<a href="\/normen\/bgb\/seite-2\/">2<\/a>/);
  assert.match(first, /aria-current="page">1<\/a>/);
  for (const path of ['normen/bgb', 'normen/bgb/seite-2']) assert.ok(size(path) < 60_000, `${path}: ${size(path)}`);
});

test('the timeline shows the newest 25 changes in force and links every year of the archive', () => {
  const html = page('rechtsaenderungen');
  const inForce = html.slice(html.indexOf('id="in-kraft"'), html.indexOf('data-archive'));
  assert.equal((inForce.match(/<li data-briefing=/g) ?? []).length, 25);
  const years = [...html.matchAll(/<a href="\/rechtsaenderungen\/archiv\/(\d{4})\/">/g)].map((m) => m[1]);
  assert.deepEqual(years, ['2026', '2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018', '2017', '2016']);
  const archived = years.reduce((sum, y) => sum + (page(`rechtsaenderungen/archiv/${y}`).match(/<li data-briefing=/g) ?? []).length, 0);
  assert.equal(archived, 30);
});
