/** The one rule behind "Anpassung ausstehend" (src/model/briefing-status.ts), on hand-made content. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pendingAdaptations } from '../../src/model/briefing-status.ts';
import type { Briefing, DocVersion, VersionedDoc } from '../../src/model/types.ts';
import { addDays } from '../../src/model/day.ts';

const DATE = '2026-11-25';

function doc(ref: string, versions: { validFrom: string; draft?: boolean }[]): VersionedDoc {
  const [prefix, slug] = ref.split('/');
  const kind = prefix === 'checklists' ? 'checklist' : 'guideline';
  return { kind, slug, ref, versions: versions.map((v, i) => ({ kind, slug, version: i + 1, data: { ...v } }) as unknown as DocVersion) };
}

function briefing(slug: string, effective: string, affects: string[], draft = false): Briefing {
  return { kind: 'briefing', slug, ref: `briefings/${slug}`, data: { effective, affects, draft } } as unknown as Briefing;
}

const pairs = (list: ReturnType<typeof pendingAdaptations>) => list.map((p) => `${p.briefing.slug} → ${p.doc.ref} (${p.status})`);

test('an in-force briefing whose document has no version from the effective day on is pending', () => {
  const content = {
    briefings: [briefing('reform', '2026-10-01', ['guidelines/a'])],
    checklists: [],
    guidelines: [doc('guidelines/a', [{ validFrom: '2024-01-01' }])],
  };
  assert.deepEqual(pairs(pendingAdaptations(content, DATE)), ['reform → guidelines/a (in-force)']);
});

test('a version that starts exactly on the effective day implements the briefing', () => {
  const content = {
    briefings: [briefing('reform', '2026-10-01', ['guidelines/a'])],
    checklists: [],
    guidelines: [doc('guidelines/a', [{ validFrom: '2024-01-01' }, { validFrom: '2026-10-01' }])],
  };
  assert.deepEqual(pendingAdaptations(content, DATE), []);
});

test('a version that starts one day before the effective day does not implement it', () => {
  const content = {
    briefings: [briefing('reform', '2026-10-01', ['guidelines/a'])],
    checklists: [],
    guidelines: [doc('guidelines/a', [{ validFrom: '2026-09-30' }])],
  };
  assert.equal(pendingAdaptations(content, DATE).length, 1);
});

test('a briefing taking effect within 30 days is pending as upcoming, one after 30 days is not listed', () => {
  const content = {
    briefings: [briefing('bald', addDays(DATE, 30), ['checklists/x']), briefing('spaeter', addDays(DATE, 31), ['checklists/x'])],
    checklists: [doc('checklists/x', [{ validFrom: '2024-01-01' }])],
    guidelines: [],
  };
  const result = pendingAdaptations(content, DATE);
  assert.deepEqual(pairs(result), ['bald → checklists/x (upcoming)']);
  assert.equal(result[0].daysUntilEffective, 30);
});

test('a draft version does not implement the briefing but is named as work in progress', () => {
  const content = {
    briefings: [briefing('reform', '2026-12-01', ['checklists/x'])],
    checklists: [doc('checklists/x', [{ validFrom: '2024-01-01' }, { validFrom: '2026-12-01', draft: true }])],
    guidelines: [],
  };
  const [row] = pendingAdaptations(content, DATE);
  assert.equal(row.doc.ref, 'checklists/x');
  assert.equal(row.draft?.version, 2);
});

test('draft briefings, unknown references and duplicate or pinned references are handled once', () => {
  const content = {
    briefings: [
      briefing('entwurf', '2026-01-01', ['checklists/x'], true),
      briefing('reform', '2026-01-01', ['checklists/x', 'checklists/x@v1', 'checklists/fehlt']),
    ],
    checklists: [doc('checklists/x', [{ validFrom: '2024-01-01' }])],
    guidelines: [],
  };
  assert.deepEqual(pairs(pendingAdaptations(content, DATE)), ['reform → checklists/x (in-force)']);
});

test('pairs are sorted by effective day, then briefing and document', () => {
  const content = {
    briefings: [briefing('zwei', '2026-11-01', ['guidelines/b', 'checklists/a']), briefing('eins', '2026-01-01', ['guidelines/b'])],
    checklists: [doc('checklists/a', [{ validFrom: '2020-01-01' }])],
    guidelines: [doc('guidelines/b', [{ validFrom: '2020-01-01' }])],
  };
  assert.deepEqual(pairs(pendingAdaptations(content, DATE)), [
    'eins → guidelines/b (in-force)',
    'zwei → checklists/a (in-force)',
    'zwei → guidelines/b (in-force)',
  ]);
});
