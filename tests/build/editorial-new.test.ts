/**
 * `npm run new` end to end: every kind (the exact commands the authors' guide shows, including a
 * new version) on an empty content folder, then `npm run check` on the result; the version step
 * on a copy of the valid fixture; refusals; and the interactive mode on piped input and on a
 * real terminal (via script(1), where installed).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo, runCheck } from '../support/build-site.ts';
import { NEW_COMMANDS } from '../../src/editorial/guide/guide-examples.ts';

const DATE = '2026-11-25';
const folders: string[] = [];
after(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

function tempRoot(copyOf?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'lotse-new-'));
  folders.push(root);
  if (copyOf) cpSync(join(repo, copyOf), root, { recursive: true });
  return root;
}

function runNew(args: string[], input?: string): { status: number; output: string } {
  const result = spawnSync(process.execPath, [join(repo, 'src/cli/new.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 60_000,
    env: { ...process.env, BUILD_DATE: DATE, LOTSE_CONTENT_DIR: '' },
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** `npm run new -- --a "b c"` → ['--a', 'b c'] (double quotes only, as the guide writes them). */
const argsOf = (command: string) => [...command.replace(/^npm run new -- /, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);

const checkMessages = (output: string) => output.split('\n').filter((l) => /^\S+:\d+:\d+ /.test(l));

test('npm run new is the script node src/cli/new.ts', () => {
  const scripts = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  assert.match(scripts.new, /(^|\s)node src\/cli\/new\.ts$/);
});

test("the commands of the authors' guide create every kind, and the result passes npm run check", () => {
  const root = tempRoot();
  for (const { kind, command } of NEW_COMMANDS) {
    const { status, output } = runNew([...argsOf(command), '--root', root, '--yes']);
    assert.equal(status, 0, `${kind}: ${output}`);
    assert.match(output, /^Angelegt: /m);
  }
  for (const path of [
    'checklists/fiktionsbescheinigung/v1.mdx',
    'checklists/fiktionsbescheinigung/v2.mdx',
    'content/guidelines/fiktionswirkung-des-antrags/v1.mdx',
    'content/briefings/chancen-aufenthaltsrecht-endet.mdx',
    'content/tracks/grundlagen-aufenthalt.mdx',
  ]) {
    assert.ok(existsSync(join(root, path)), `${path} fehlt`);
  }
  const check = runCheck(root);
  assert.equal(check.status, 0, check.output);
  assert.match(check.output, /0 Fehler/);
  const withDrafts = runCheck(root, ['--drafts']);
  assert.equal(withDrafts.status, 0, withDrafts.output);
  // New versions are not approved yet: in CI (--strict) that blocks publication until someone approves.
  const strict = runCheck(root, ['--strict']);
  assert.equal(strict.status, 1);
  assert.ok(
    checkMessages(strict.output).every((l) => / approvedBy — /.test(l)),
    strict.output,
  );
});

test('a new version copies the latest version to v<N+1>, sets the new fields and resets approvedBy', () => {
  const root = tempRoot('tests/fixtures/valid');
  const v2 = readFileSync(join(root, 'checklists/fiktionsbescheinigung/v2.mdx'), 'utf8');
  const { status, output } = runNew([
    '--type',
    'version',
    '--doc',
    'checklists/fiktionsbescheinigung',
    '--valid-from',
    '2027-01-01',
    '--changes',
    'Neue Regel, mit Komma',
    '--change-type',
    'minor',
    '--briefing',
    'staatsangehoerigkeitsrecht-modernisierung',
    '--root',
    root,
    '--yes',
  ]);
  assert.equal(status, 0, output);
  const v3 = readFileSync(join(root, 'checklists/fiktionsbescheinigung/v3.mdx'), 'utf8');
  assert.equal(v3.split('\n---\n')[1], v2.split('\n---\n')[1], 'the body is copied unchanged');
  assert.match(v3, /\nvalidFrom: 2027-01-01\n/);
  assert.match(v3, /\nchanges: \["Neue Regel, mit Komma"\]\n/);
  assert.match(v3, /\nchangeType: minor\n/);
  assert.match(v3, /\nbriefing: staatsangehoerigkeitsrecht-modernisierung\n/);
  assert.match(v3, /\nreviewDue: 2028-01-01\n/);
  assert.doesNotMatch(v3, /approvedBy/);
  assert.match(v2, /approvedBy/, 'the previous version keeps its approval');
  const check = runCheck(root);
  assert.equal(check.status, 0, check.output);
  assert.deepEqual(
    checkMessages(check.output).map((l) => l.replace(/^.*?(checklists\/)/, '$1')),
    [
      'checklists/fiktionsbescheinigung/v3.mdx:7:8 approvedBy — Warnung: die Fassung ist nicht freigegeben (approvedBy fehlt). Fix: approvedBy: eine andere Stelle als owner eintragen, nachdem sie die Fassung geprüft hat.',
    ],
  );
});

test("a new version takes the briefing's effective day as validFrom when none is given", () => {
  const root = tempRoot('tests/fixtures/editorial');
  const { status, output } = runNew(['--type', 'version', '--slug', 'einbuergerung', '--changes', 'Reform umgesetzt', '--root', root, '--yes']);
  assert.equal(status, 0, output);
  const v2 = readFileSync(join(root, 'content/guidelines/einbuergerung/v2.mdx'), 'utf8');
  assert.match(v2, /\nvalidFrom: 2026-10-01\n[\s\S]*\nbriefing: reform-in-kraft\n/, 'the one pending briefing and its effective day are the defaults');
});

test('a new version whose validFrom does not lie after the previous one is refused and nothing is written', () => {
  const root = tempRoot('tests/fixtures/valid');
  const { status, output } = runNew([
    '--type',
    'version',
    '--doc',
    'checklists/fiktionsbescheinigung',
    '--valid-from',
    '2026-01-01',
    '--changes',
    'x',
    '--root',
    root,
    '--yes',
  ]);
  assert.equal(status, 1);
  assert.match(
    output,
    /^--valid-from — 2026-01-01 liegt nicht nach „Gültig ab“ \(validFrom\) der Fassung v2 \(2026-01-01\)\. Fix: ein Datum nach 2026-01-01 angeben\.$/m,
  );
  assert.ok(!existsSync(join(root, 'checklists/fiktionsbescheinigung/v3.mdx')));
});

test('without a terminal, every missing or invalid value is one message in the check format', () => {
  const root = tempRoot('tests/fixtures/valid');
  const { status, output } = runNew([
    '--type',
    'briefing',
    '--title',
    'Neu',
    '--team',
    'unbekannt',
    '--effective',
    '2026-13-01',
    '--affects',
    'checklists/gibt-es-nicht',
    '--root',
    root,
  ]);
  assert.equal(status, 1);
  const lines = output.split('\n').filter((l) => l.startsWith('--'));
  assert.ok(lines.length >= 5, output);
  for (const line of lines) assert.match(line, /^--[a-z-]+ — .+\. Fix: .+\.$/);
  assert.match(output, /^--team — Team „unbekannt“ steht nicht in content\/teams\.yaml\./m);
  assert.match(output, /^--affects — „checklists\/gibt-es-nicht“ ist keine vorhandene Checkliste/m);
  assert.match(output, /^--summary — Angabe fehlt\./m);
});

test('the ordering and confirmation fields: --supersedes, --until, --after and --confirm are written as the content model has them', () => {
  const root = tempRoot('tests/fixtures/fields');
  const briefing = runNew([
    '--type',
    'Rechtsänderung',
    '--title',
    'Mindestgehälter 2028',
    '--summary',
    'Neue Beträge ab 01.01.2028.',
    '--team',
    'fachkraefte',
    '--owner',
    'Teamleitung Fachkräfteeinwanderung',
    '--published',
    '2026-11-20',
    '--effective',
    '2028-01-01',
    '--until',
    '2028-12-31',
    '--supersedes',
    'briefings/gehalt-2027',
    '--legal-basis',
    '§ 18g Abs. 1 AufenthG',
    '--source-title',
    'BMI-Bekanntmachung',
    '--source-url',
    'https://www.bmi.bund.de/',
    '--confirm',
    'Stichtag der Umstellung im Fachverfahren bestätigen',
    '--root',
    root,
    '--yes',
  ]);
  assert.equal(briefing.status, 0, briefing.output);
  const text = readFileSync(join(root, 'content/briefings/mindestgehaelter-2028.mdx'), 'utf8');
  assert.match(text, /^effective: 2028-01-01\nsupersedes: \["briefings\/gehalt-2027"\]\nuntil: 2028-12-31\n/m);
  assert.match(text, /^confirm:\n  - Stichtag der Umstellung im Fachverfahren bestätigen\n/m);
  const track = runNew([
    '--type',
    'Einarbeitungspfad',
    '--title',
    'Fachkräfte vertieft',
    '--summary',
    'Nach dem Team-Pfad.',
    '--team',
    'fachkraefte',
    '--owner',
    'Teamleitung Fachkräfteeinwanderung',
    '--after',
    'tracks/team',
    '--weeks',
    '2',
    '--root',
    root,
    '--yes',
  ]);
  assert.equal(track.status, 0, track.output);
  assert.match(readFileSync(join(root, 'content/tracks/fachkraefte-vertieft.mdx'), 'utf8'), /^after: tracks\/team\nweeks: 2\n/m);
  const check = runCheck(root);
  assert.equal(check.status, 0, check.output);

  const wrong = runNew([
    '--type',
    'briefing',
    '--title',
    'Falsch',
    '--summary',
    'S.',
    '--team',
    'fachkraefte',
    '--owner',
    'X',
    '--effective',
    '2028-01-01',
    '--until',
    '2027-12-31',
    '--supersedes',
    'briefings/gibt-es-nicht',
    '--legal-basis',
    '§ 18g AufenthG',
    '--source-title',
    'Q',
    '--source-url',
    'https://example.org/',
    '--root',
    root,
  ]);
  assert.equal(wrong.status, 1);
  assert.match(wrong.output, /^--until — 2027-12-31 liegt vor dem Tag des Inkrafttretens \(2028-01-01\)\./m);
  assert.match(wrong.output, /^--supersedes — „briefings\/gibt-es-nicht“ ist keine vorhandene Rechtsänderung\./m);
  const noTrack = runNew([
    '--type',
    'track',
    '--title',
    'Ohne',
    '--summary',
    'S.',
    '--team',
    'fachkraefte',
    '--owner',
    'X',
    '--after',
    'tracks/gibt-es-nicht',
    '--root',
    root,
    '--yes',
  ]);
  assert.equal(noTrack.status, 1);
  assert.match(noTrack.output, /^--after — „tracks\/gibt-es-nicht“ ist kein vorhandener Einarbeitungspfad\./m);
});

test('an existing slug is refused', () => {
  const root = tempRoot('tests/fixtures/valid');
  const { status, output } = runNew([
    '--type',
    'checklist',
    '--title',
    'Fiktionsbescheinigung',
    '--summary',
    'S.',
    '--team',
    'aufenthalt',
    '--root',
    root,
    '--yes',
  ]);
  assert.equal(status, 1);
  assert.match(output, /^--slug — „fiktionsbescheinigung“ gibt es schon\./m);
});

test('with --interactive it asks for what is missing, line by line, and repeats invalid answers', () => {
  const root = tempRoot('tests/fixtures/valid');
  // … legal bases (a list: an empty line ends it), statements to confirm (none: an empty line), draft.
  const answers = ['checklist', 'Pass prüfen', '', 'Prüfschritte.', 'unbekannt', 'aufenthalt', '', '2026-12-01', '', '§ 81 Abs. 4 AufenthG', '', '', 'n'].join(
    '\n',
  );
  const { status, output } = runNew(['--root', root, '--interactive'], `${answers}\n`);
  assert.equal(status, 0, output);
  assert.match(output, /Team „unbekannt“ steht nicht in content\/teams\.yaml/);
  const file = readFileSync(join(root, 'checklists/pass-pruefen/v1.mdx'), 'utf8');
  assert.match(
    file,
    /^---\ntitle: Pass prüfen\nsummary: Prüfschritte\.\nteams: \[aufenthalt\]\nvalidFrom: 2026-12-01\nlegalBasis: \["§ 81 Abs\. 4 AufenthG"\]\nowner: Teamleitung Aufenthalt\nreviewDue: 2027-12-01\n---\n/,
  );
  assert.equal(runCheck(root).status, 0);
});

test('when input ends before all questions are answered, nothing is written', () => {
  const root = tempRoot('tests/fixtures/valid');
  const { status, output } = runNew(['--root', root, '--interactive', '--type', 'track'], 'Nur ein Titel\n');
  assert.equal(status, 1);
  assert.match(output, /Eingabe beendet.*Nichts angelegt/);
  assert.ok(!existsSync(join(root, 'content/tracks/nur-ein-titel.mdx')));
});

const script = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
test('in a real terminal it asks without any flag', { skip: script ? false : 'script(1) ist nicht installiert' }, () => {
  const root = tempRoot();
  const command = `${process.execPath} ${join(repo, 'src/cli/new.ts')} --root ${root}`;
  // Answers: kind, title, slug (default), summary, team, owner (default), weeks, after (none), week-1 readings (none), statements to confirm (none).
  const result = spawnSync(script!, ['-qfec', command, '/dev/null'], {
    cwd: repo,
    encoding: 'utf8',
    input: 'track\rTerminal Pfad\r\rKurz.\rallgemein\r\r2\r\r\r\r',
    timeout: 60_000,
    env: { ...process.env, BUILD_DATE: DATE },
  });
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /Dauer in Wochen \[4\]:/);
  assert.match(readFileSync(join(root, 'content/tracks/terminal-pfad.mdx'), 'utf8'), /\nweeks: 2\n/);
});
