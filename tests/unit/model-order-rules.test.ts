/**
 * Cross-document rules of the ordering fields (src/model/order-rules.ts): `supersedes` names
 * existing briefings, not itself, without cycles; `until` not before `effective`; a track's
 * `after` names an existing track, not itself, without cycles. Messages in the house form.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Report, formatDiagnostic } from '../../src/model/diagnostics.ts';
import { checkOrderRules } from '../../src/model/order-rules.ts';
import type { Briefing, ContentSet, Track } from '../../src/model/types.ts';

/** Line of a field: 10 for the first segment of `supersedes`, 20 for `until`, 30 for `after`, plus the list index. */
const locate = (path: readonly (string | number)[]) => ({
  line: ({ supersedes: 10, until: 20, after: 30 } as Record<string, number>)[String(path[0])] + (typeof path[1] === 'number' ? path[1] : 0),
  column: 3,
});

function briefing(slug: string, data: { effective?: string; until?: string; supersedes?: string[] } = {}): Briefing {
  return {
    kind: 'briefing',
    slug,
    ref: `briefings/${slug}`,
    file: `content/briefings/${slug}.mdx`,
    locate,
    data: { effective: '2025-01-01', ...data },
  } as unknown as Briefing;
}
function track(slug: string, after?: string): Track {
  return {
    kind: 'track',
    slug,
    ref: `tracks/${slug}`,
    file: `content/tracks/${slug}.mdx`,
    locate,
    data: { weeks: 2, ...(after ? { after } : {}) },
  } as unknown as Track;
}
function run(briefings: Briefing[], tracks: Track[] = []): string[] {
  const report = new Report();
  checkOrderRules({ briefings, tracks } as unknown as ContentSet, report);
  return report.items.map(formatDiagnostic);
}

test('valid supersedes, until and after give no message', () => {
  assert.deepEqual(
    run([briefing('a'), briefing('b', { supersedes: ['briefings/a'], until: '2025-01-01' })], [track('grundlagen'), track('aufenthalt', 'tracks/grundlagen')]),
    [],
  );
});

test('supersedes: a missing briefing, another kind, itself', () => {
  assert.deepEqual(run([briefing('a'), briefing('b', { supersedes: ['briefings/fehlt', 'checklists/x', 'briefings/b'] })]), [
    'content/briefings/b.mdx:10:3 supersedes[0] — Rechtsänderung „briefings/fehlt“ gibt es nicht. Fix: den Slug einer Datei in content/briefings/ eintragen, z. B. briefings/a.',
    'content/briefings/b.mdx:11:3 supersedes[1] — „checklists/x“ ist keine Rechtsänderung. Fix: nur briefings/<slug> eintragen.',
    'content/briefings/b.mdx:12:3 supersedes[2] — die Rechtsänderung kann sich nicht selbst ablösen. Fix: den Verweis entfernen oder die ältere Rechtsänderung eintragen.',
  ]);
});

test('supersedes: a cycle is reported once, at the first briefing, with the whole chain', () => {
  const messages = run([
    briefing('a', { supersedes: ['briefings/c'] }),
    briefing('b', { supersedes: ['briefings/a'] }),
    briefing('c', { supersedes: ['briefings/x', 'briefings/b'] }),
  ]);
  assert.deepEqual(
    messages.filter((m) => m.includes('Kreis')),
    [
      'content/briefings/a.mdx:10:3 supersedes[0] — Kreis: briefings/a → briefings/c → briefings/b → briefings/a. Fix: einen der Verweise entfernen: Eine Rechtsänderung löst nur ältere ab.',
    ],
  );
});

test('until before effective is an error at until', () => {
  assert.deepEqual(run([briefing('a', { effective: '2025-07-24', until: '2025-07-23' })]), [
    'content/briefings/a.mdx:20:3 until — 2025-07-23 liegt vor effective (2025-07-24). Fix: den letzten Geltungstag ab 2025-07-24 eintragen oder until entfernen.',
  ]);
});

test('after: a missing track, another kind, itself, a cycle', () => {
  assert.deepEqual(run([], [track('grundlagen'), track('a', 'tracks/fehlt'), track('b', 'guidelines/x'), track('c', 'tracks/c')]), [
    'content/tracks/a.mdx:30:3 after — Einarbeitungspfad „tracks/fehlt“ gibt es nicht. Fix: einen Pfad aus content/tracks/ eintragen, z. B. tracks/grundlagen, tracks/b.',
    'content/tracks/b.mdx:30:3 after — „guidelines/x“ ist kein Einarbeitungspfad. Fix: after: tracks/<slug> schreiben, z. B. after: tracks/grundlagen.',
    'content/tracks/c.mdx:30:3 after — ein Pfad kann nicht auf sich selbst folgen. Fix: after entfernen oder den vorherigen Pfad eintragen.',
  ]);
  assert.deepEqual(run([], [track('x', 'tracks/y'), track('y', 'tracks/x')]), [
    'content/tracks/x.mdx:30:3 after — Kreis: tracks/x → tracks/y → tracks/x. Fix: after bei einem der Pfade entfernen: Die Reihenfolge braucht einen Anfang.',
  ]);
});
