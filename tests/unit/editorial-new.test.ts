/** The pieces of `npm run new`: slugs, the version step, the templates and the question driver. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderNewVersion, validFromOf } from '../../src/editorial/new/new-version.ts';
import { oneYearAfter, slugify } from '../../src/editorial/new/new-questions.ts';
import { collect, type Prompter, type Question } from '../../src/editorial/new/prompt.ts';
import { renderNewDocument } from '../../src/editorial/new/templates.ts';

test('slugs are lowercase ASCII with umlauts written out', () => {
  assert.equal(slugify('Einbürgerung – Antrag prüfen (§ 10 StAG)'), 'einbuergerung-antrag-pruefen-10-stag');
  assert.equal(slugify('Straße & Größe'), 'strasse-groesse');
  assert.ok(slugify('Wort '.repeat(40)).length <= 60);
});

test('one year after a day, and no default for something that is not a day', () => {
  assert.equal(oneYearAfter('2026-11-25'), '2027-11-25');
  assert.equal(oneYearAfter('2026-02-30'), undefined);
});

const V1 = `---
# Kommentar bleibt erhalten
title: Fiktionsbescheinigung ausstellen
summary: "Prüfschritte: vorher."
teams: [aufenthalt]
validFrom: 2024-01-01
legalBasis: ["§ 81 Abs. 4 Satz 1 AufenthG"]
owner: Teamleitung Aufenthalt
approvedBy: Abteilungsleitung
reviewDue: 2025-06-30
changeType: minor
draft: true
---

## Antrag

- [ ] Eingangsdatum festhalten
`;

test('a new version keeps body, comments and other fields, sets the new ones and removes approvedBy', () => {
  const v2 = renderNewVersion(V1, {
    validFrom: '2026-01-01',
    reviewDue: '2027-01-01',
    changes: ['Neue Regel, mit Komma'],
    changeType: 'major',
    briefing: 'reform',
    draft: false,
  });
  assert.match(
    v2,
    /^---\n# Kommentar bleibt erhalten\ntitle: Fiktionsbescheinigung ausstellen\nsummary: "Prüfschritte: vorher."\nteams: \[aufenthalt\]\nvalidFrom: 2026-01-01\nlegalBasis: \["§ 81 Abs. 4 Satz 1 AufenthG"\]\nowner: Teamleitung Aufenthalt\nreviewDue: 2027-01-01\nchangeType: major\n/,
  );
  assert.match(v2, /\nchanges: \["Neue Regel, mit Komma"\]\nbriefing: reform\n---\n\n## Antrag\n\n- \[ \] Eingangsdatum festhalten\n$/);
  assert.doesNotMatch(v2, /approvedBy|draft/);
  assert.equal(validFromOf(v2), '2026-01-01');
});

test("a new version can be a draft and can have no briefing: the previous version's briefing link is not carried over", () => {
  const withBriefing = V1.replace('changeType: minor\n', 'changeType: minor\nbriefing: alte-reform\n');
  assert.match(withBriefing, /\nbriefing: alte-reform\n/);
  const v2 = renderNewVersion(withBriefing, { validFrom: '2026-01-01', reviewDue: '2027-01-01', changes: ['a', 'b'], changeType: 'minor', draft: true });
  assert.match(v2, /\nchanges:\n {2}- "a"\n {2}- "b"\n/);
  assert.match(v2, /\ndraft: true\n/);
  assert.doesNotMatch(v2, /\nbriefing:/);
});

test('new documents quote citations and references and write short lists in brackets', () => {
  const text = renderNewDocument({
    kind: 'briefing',
    slug: 'x',
    title: 'Titel: mit Doppelpunkt',
    summary: 'S.',
    teams: ['a', 'b'],
    owner: 'O',
    legalBasis: ['§§ 16a, 16b AufenthG'],
    draft: true,
    published: '2026-01-01',
    effective: '2026-02-01',
    affects: ['checklists/y'],
    sources: [{ title: 'BGBl.', url: 'https://example.org/' }],
  });
  assert.match(
    text,
    /^---\ntitle: "Titel: mit Doppelpunkt"\nsummary: S.\nteams: \[a, b\]\nowner: O\npublished: 2026-01-01\neffective: 2026-02-01\nlegalBasis: \["§§ 16a, 16b AufenthG"\]\naffects: \["checklists\/y"\]\nsources:\n {2}- title: BGBl.\n {4}url: https:\/\/example.org\/\ndraft: true\n---\n/,
  );
  assert.match(text, /Sie gilt ab 01\.02\.2026\./);
});

function scripted(answers: string[]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  return { asked, ask: async (q) => (asked.push(q), answers.shift() ?? ''), close: () => {} };
}

const questions: Question[] = [
  {
    key: 'title',
    flag: 'title',
    prompt: 'Titel',
    required: true,
    example: '"X"',
    check: (v) => (String(v).length < 3 ? { problem: 'zu kurz', fix: 'länger schreiben' } : undefined),
  },
  { key: 'slug', flag: 'slug', prompt: 'Slug', required: true, example: 'x', default: (a) => slugify(String(a.title)) },
  { key: 'teams', flag: 'team', prompt: 'Teams', required: true, list: true, split: true, example: 'a' },
  { key: 'notes', flag: 'note', prompt: 'Notizen', required: false, list: true, example: '"n"' },
  { key: 'draft', flag: 'draft', prompt: 'Entwurf?', required: false, boolean: true, example: '', default: () => 'nein' },
];

test('without a terminal, missing and invalid flags become messages in the check format', async () => {
  const { errors } = await collect(questions, { title: 'ab' }, undefined, () => {});
  assert.deepEqual(errors, [
    '--title — zu kurz. Fix: länger schreiben.',
    '--team — Angabe fehlt. Fix: --team a angeben oder npm run new ohne diese Angabe im Terminal starten.',
  ]);
});

test('flags fill the answers, defaults fill the rest, comma lists are split', async () => {
  const { answers, errors } = await collect(questions, { title: 'Über uns', team: ['a,b', 'c'], note: ['x, y'], draft: true }, undefined, () => {});
  assert.deepEqual(errors, []);
  assert.deepEqual(answers, { title: 'Über uns', slug: 'ueber-uns', teams: ['a', 'b', 'c'], notes: ['x, y'], draft: 'ja' });
});

test('interactively, invalid answers are asked again and an empty answer takes the default', async () => {
  const prompter = scripted(['ab', 'Abc', '', 'a, b', 'erste Notiz', '', 'j']);
  const log: string[] = [];
  const { answers } = await collect(questions, {}, prompter, (line) => log.push(line));
  assert.deepEqual(answers, { title: 'Abc', slug: 'abc', teams: ['a', 'b'], notes: ['erste Notiz'], draft: 'ja' });
  assert.ok(log.some((l) => l.includes('zu kurz. Fix: länger schreiben.')));
  assert.match(prompter.asked[2], /^Slug \[abc\]: $/);
});

test('interactively, only what the flags leave open is asked', async () => {
  const prompter = scripted(['a']);
  const { answers } = await collect(questions.slice(0, 3), { title: 'Abc', slug: 'abc' }, prompter, () => {});
  assert.deepEqual(prompter.asked, ['Teams: ']);
  assert.deepEqual(answers.teams, ['a']);
});
