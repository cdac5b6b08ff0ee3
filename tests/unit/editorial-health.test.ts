/**
 * The content health report (src/editorial/health/health.ts) against tests/fixtures/editorial with the
 * fixed reference date 2026-11-25 (see the fixture's README.md for the intended rows).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { contentHealth, type HealthReport, type HealthSection } from '../../src/editorial/health/health.ts';
import { bodyLinks } from '../../src/editorial/health/links.ts';
import { loadContent } from '../../src/model/load.ts';

const ROOT = join(import.meta.dirname, '../fixtures/editorial');
const DATE = '2026-11-25';

function report(includeDrafts: boolean): HealthReport {
  const { content, report: diagnostics } = loadContent(ROOT, { includeDrafts, skipBodies: true });
  assert.deepEqual(diagnostics.errors, []);
  return contentHealth(content, DATE);
}

const refs = (r: HealthReport, section: HealthSection) => r.sections[section].map((row) => (row.version ? `${row.ref}@v${row.version}` : row.ref));

test('a document whose current version passed reviewDue is overdue and says what to do', () => {
  const [row] = report(false).sections.overdue;
  assert.deepEqual(refs(report(false), 'overdue'), ['checklists/ueberfaellig@v1']);
  assert.equal(row.url, '/checklisten/ueberfaellig/');
  assert.equal(row.finding, 'Überprüfung seit 31.10.2026 überfällig (25 Tage)');
  assert.match(row.todo, /„Überprüfen bis“ \(reviewDue\) in v1 .* neue Fassung anlegen/);
  assert.equal(row.command, 'npm run new -- --type version --doc checklists/ueberfaellig');
});

test('a document due for review within 30 days is listed as due soon, later ones are not', () => {
  const r = report(false);
  assert.deepEqual(refs(r, 'due-soon'), ['checklists/bald-faellig@v1']);
  assert.equal(r.sections['due-soon'][0].finding, 'Überprüfung fällig am 10.12.2026 (in 15 Tagen)');
});

test('pending adaptations list in-force and upcoming briefings whose documents have no version from the effective day', () => {
  const r = report(false);
  const pairs = r.sections.pending.map((row) => `${row.related?.url} → ${row.ref}`);
  assert.deepEqual(
    pairs.sort(),
    [
      '/rechtsaenderungen/reform-bald/ → checklists/mit-entwurf',
      '/rechtsaenderungen/reform-bald/ → checklists/ueberfaellig',
      '/rechtsaenderungen/reform-in-kraft/ → guidelines/einbuergerung',
    ].sort(),
  );
  const inForce = r.sections.pending.find((row) => row.ref === 'guidelines/einbuergerung')!;
  assert.match(inForce.finding, /^Anpassung ausstehend: Rechtsänderung in Kraft seit 01\.10\.2026/);
  assert.equal(inForce.command, 'npm run new -- --type version --doc guidelines/einbuergerung --briefing reform-in-kraft --valid-from 2026-10-01');
});

test('in the dev server a draft version that would implement the briefing is named instead of a command', () => {
  const row = report(true).sections.pending.find((r) => r.ref === 'checklists/mit-entwurf')!;
  assert.match(row.todo, /^Entwurf v2 fertigstellen/);
  assert.equal(row.command, undefined);
});

test('documents only linked from themselves are unlinked; links from tracks, briefings and bodies count', () => {
  assert.deepEqual(refs(report(false), 'unlinked'), ['checklists/bald-faellig@v1']);
  assert.deepEqual(bodyLinks('[a](/checklisten/x/) [b](/leitfaeden/y-z/v2/)\n[c]: /checklisten/w/\n[d](https://example.org/checklisten/q/)'), [
    'checklists/x',
    'guidelines/y-z',
    'checklists/w',
  ]);
});

test('current and announced versions without four-eyes approval are listed, superseded ones are not', () => {
  const r = report(false);
  assert.deepEqual(refs(r, 'unapproved'), ['guidelines/nicht-freigegeben@v2']);
  assert.match(r.sections.unapproved[0].finding, /approvedBy fehlt/);
});

test('drafts appear only when the content was loaded with drafts', () => {
  assert.deepEqual(report(false).sections.draft, []);
  assert.deepEqual(refs(report(true), 'draft').sort(), ['briefings/entwurf-rechtsaenderung', 'checklists/entwurf-neu@v1', 'checklists/mit-entwurf@v2']);
});

test('counts per team and type count each document once per team, published documents only', () => {
  const r = report(false);
  assert.deepEqual(r.totals, { checklist: 4, guideline: 3, briefing: 4, track: 1 });
  const byTeam = Object.fromEntries(r.teams.map((t) => [t.team, { ...t.counts, overdue: t.overdue }]));
  assert.deepEqual(byTeam.aufenthalt, { checklist: 2, guideline: 0, briefing: 0, track: 0, overdue: 0 });
  assert.deepEqual(byTeam.rueckkehr, { checklist: 2, guideline: 0, briefing: 0, track: 0, overdue: 1 });
  assert.deepEqual(byTeam.einbuergerung, { checklist: 0, guideline: 1, briefing: 4, track: 0, overdue: 0 });
  assert.deepEqual(byTeam.allgemein, { checklist: 0, guideline: 2, briefing: 0, track: 1, overdue: 0 });
});

test('rows are ordered by team (in teams.yaml order), then owner', () => {
  const r = report(false);
  assert.deepEqual(
    r.sections.pending.map((row) => row.ref),
    ['guidelines/einbuergerung', 'checklists/mit-entwurf', 'checklists/ueberfaellig'],
  );
});
