/**
 * The status of a briefing on a day (src/model/briefing-status.ts, CONTENT-MODEL.md): every
 * transition at fixed dates, and the words the pages, feed and browser show for it
 * (src/briefings/status-view.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefingStatus, statusFacts, statusOn } from '../../src/model/briefing-status.ts';
import { statusView } from '../../src/briefings/status-view.ts';
import type { Briefing } from '../../src/model/types.ts';

function briefing(slug: string, effective: string, more: { supersedes?: string[]; until?: string; draft?: boolean } = {}): Briefing {
  return {
    kind: 'briefing',
    slug,
    ref: `briefings/${slug}`,
    data: { title: `Titel ${slug}`, effective, published: effective, draft: false, ...more },
  } as unknown as Briefing;
}

test('announced before effective, in force from the effective day on', () => {
  const b = briefing('a', '2026-01-01');
  assert.equal(briefingStatus(b, [b], '2025-12-31').status, 'announced');
  assert.equal(briefingStatus(b, [b], '2026-01-01').status, 'in-force');
  assert.equal(briefingStatus(b, [b], '2027-06-30').status, 'in-force');
});

test('announced → in force → superseded on the effective day of the briefing that names it', () => {
  const old = briefing('gehalt-2025', '2025-01-01');
  const next = briefing('gehalt-2026', '2026-01-01', { supersedes: ['briefings/gehalt-2025'] });
  const all = [old, next];
  assert.equal(briefingStatus(old, all, '2024-12-31').status, 'announced');
  assert.equal(briefingStatus(old, all, '2025-12-31').status, 'in-force');
  const on = briefingStatus(old, all, '2026-01-01');
  assert.equal(on.status, 'superseded');
  assert.equal(on.since, '2026-01-01');
  assert.deepEqual(
    on.by.map((s) => s.slug),
    ['gehalt-2026'],
  );
  // The superseding briefing itself is unaffected.
  assert.equal(briefingStatus(next, all, '2026-01-01').status, 'in-force');
});

test('superseded by an announced briefing: stays in force until that one takes effect, and says what comes', () => {
  const old = briefing('old', '2025-01-01');
  const next = briefing('next', '2027-01-01', { supersedes: ['briefings/old'] });
  const s = briefingStatus(old, [old, next], '2026-11-25');
  assert.equal(s.status, 'in-force');
  assert.equal(s.next?.slug, 'next');
  const view = statusView(statusFacts(old, [old, next]), '2026-11-25');
  assert.equal(view.notice?.title, 'Wird abgelöst');
  assert.deepEqual(view.notice?.lines[0], ['Ab 01.01.2027 abgelöst durch ', { href: '/rechtsaenderungen/next/', text: 'Titel next' }, '.']);
  assert.equal(briefingStatus(old, [old, next], '2027-01-01').status, 'superseded');
});

test('a draft briefing supersedes nothing, not even in the preview', () => {
  const old = briefing('old', '2025-01-01');
  const draft = briefing('draft', '2026-01-01', { supersedes: ['briefings/old'], draft: true });
  assert.equal(briefingStatus(old, [old, draft], '2026-06-01').status, 'in-force');
  assert.deepEqual(statusFacts(old, [old, draft]).supersededBy, []);
});

test('in force → expired the day after until; the last day still counts', () => {
  const b = briefing('aussetzung', '2025-07-24', { until: '2027-07-23' });
  assert.equal(briefingStatus(b, [b], '2025-07-23').status, 'announced');
  assert.equal(briefingStatus(b, [b], '2027-07-23').status, 'in-force');
  const after = briefingStatus(b, [b], '2027-07-24');
  assert.equal(after.status, 'expired');
  assert.equal(after.since, '2027-07-24');
  const view = statusView(statusFacts(b, [b]), '2027-07-24');
  assert.equal(view.label, 'ausgelaufen');
  assert.deepEqual(view.line, ['galt bis 23.07.2027']);
});

test('superseded and expired: the earlier event wins, a tie counts as superseded', () => {
  const facts = (supersederEffective: string) => ({
    effective: '2025-01-01',
    until: '2025-12-31',
    supersededBy: [{ slug: 'n', title: 'N', effective: supersederEffective }],
  });
  assert.equal(statusOn(facts('2025-06-01'), '2026-06-01').status, 'superseded');
  assert.equal(statusOn(facts('2026-03-01'), '2026-06-01').status, 'expired');
  assert.equal(statusOn(facts('2026-01-01'), '2026-06-01').status, 'superseded');
});

test('two superseders: superseded from the earlier one, both named once both apply', () => {
  const old = briefing('old', '2024-01-01');
  const a = briefing('a', '2025-01-01', { supersedes: ['briefings/old'] });
  const b = briefing('b', '2025-06-01', { supersedes: ['briefings/old'] });
  const all = [old, b, a];
  assert.equal(briefingStatus(old, all, '2025-01-01').since, '2025-01-01');
  assert.deepEqual(
    briefingStatus(old, all, '2025-01-01').by.map((s) => s.slug),
    ['a'],
  );
  const view = statusView(statusFacts(old, all), '2025-07-01');
  assert.deepEqual(view.line, [
    'seit 01.01.2025 durch ',
    { href: '/rechtsaenderungen/a/', text: 'Titel a' },
    ' und ',
    { href: '/rechtsaenderungen/b/', text: 'Titel b' },
  ]);
});

test('a briefing naming itself in supersedes does not supersede itself', () => {
  const b = briefing('self', '2025-01-01', { supersedes: ['briefings/self'] });
  assert.equal(briefingStatus(b, [b], '2026-01-01').status, 'in-force');
});

test('"Neu für Sie" data carry the status facts of briefings that can end, so the browser can say so later', async () => {
  const { newForYouData } = await import('../../src/briefings/new-for-you.ts');
  const old = briefing('old', '2026-01-01');
  const next = briefing('next', '2027-01-01', { supersedes: ['briefings/old'] });
  const plain = briefing('plain', '2026-06-01');
  const all = [old, next, plain];
  const data = newForYouData(all, [], '2026-11-25', { briefing: (s) => `/rechtsaenderungen/${s}/`, version: () => '' }, (slug) =>
    statusFacts(
      all.find((b) => b.slug === slug)!,
      all,
    ),
  );
  const facts = Object.fromEntries(data.items.map((i) => [i.u, i.f]));
  assert.deepEqual(facts['/rechtsaenderungen/old/'], {
    effective: '2026-01-01',
    supersededBy: [{ slug: 'next', title: 'Titel next', effective: '2027-01-01' }],
  });
  assert.equal(facts['/rechtsaenderungen/plain/'], undefined);
  // Read on 02.01.2027 the first one reads as superseded.
  assert.equal(statusView(facts['/rechtsaenderungen/old/']!, '2027-01-02').status, 'superseded');
});
