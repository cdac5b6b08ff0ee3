/**
 * affectedBy / implementingVersion / isAdaptationPending (src/model/briefing-status.ts): the
 * document side of "Anpassung ausstehend", on hand-made content with a fixed reference date.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { affectedBy, implementingVersion, isAdaptationPending, pendingAdaptations } from '../../src/model/briefing-status.ts';
import type { Briefing, DocVersion, VersionedDoc } from '../../src/model/types.ts';

const BUILD_DATE = '2026-11-25';

function doc(ref: string, versions: { validFrom: string; briefing?: string; draft?: boolean }[]): VersionedDoc {
  const [prefix, slug] = ref.split('/');
  const kind = prefix === 'checklists' ? 'checklist' : 'guideline';
  return { kind, slug, ref, versions: versions.map((v, i) => ({ kind, slug, version: i + 1, data: { ...v } }) as unknown as DocVersion) };
}

function briefing(slug: string, effective: string, affects: string[], draft = false): Briefing {
  return { kind: 'briefing', slug, ref: `briefings/${slug}`, data: { effective, affects, draft } } as unknown as Briefing;
}

test('pendingAdaptations names the briefing, the reference and the document of each pending pair', () => {
  const g = doc('guidelines/a', [{ validFrom: '2024-01-01' }]);
  const [row] = pendingAdaptations({ briefings: [briefing('reform', '2026-11-01', ['guidelines/a@v1'])], checklists: [], guidelines: [g] }, BUILD_DATE);
  assert.equal(row.briefing.slug, 'reform');
  assert.equal(row.ref, 'guidelines/a');
  assert.equal(row.doc, g);
});

test('isAdaptationPending: in force without a version from the effective day on', () => {
  const g = doc('guidelines/a', [{ validFrom: '2024-01-01' }]);
  assert.equal(isAdaptationPending(briefing('b', '2026-11-01', []), g, BUILD_DATE), true);
});

test('isAdaptationPending: due 30 days ahead, not 31, judged against the fixed build date', () => {
  const g = doc('guidelines/a', [{ validFrom: '2024-01-01' }]);
  assert.equal(isAdaptationPending(briefing('b', '2026-12-25', []), g, BUILD_DATE), true);
  assert.equal(isAdaptationPending(briefing('b', '2026-12-26', []), g, BUILD_DATE), false);
  assert.equal(isAdaptationPending(briefing('b', '2026-12-26', []), g, '2026-11-26'), true);
});

test('isAdaptationPending: a version valid from the effective day settles it, a draft one does not', () => {
  assert.equal(
    isAdaptationPending(briefing('b', '2026-11-01', []), doc('checklists/x', [{ validFrom: '2024-01-01' }, { validFrom: '2026-11-01' }]), BUILD_DATE),
    false,
  );
  assert.equal(
    isAdaptationPending(
      briefing('b', '2026-11-01', []),
      doc('checklists/x', [{ validFrom: '2024-01-01' }, { validFrom: '2026-11-01', draft: true }]),
      BUILD_DATE,
    ),
    true,
  );
});

test('isAdaptationPending: a draft briefing is never pending', () => {
  assert.equal(isAdaptationPending(briefing('b', '2026-11-01', [], true), doc('checklists/x', [{ validFrom: '2024-01-01' }]), BUILD_DATE), false);
});

test('implementingVersion prefers the version that names the briefing, else the earliest from the effective day', () => {
  const b = briefing('reform', '2026-01-01', []);
  const named = doc('checklists/x', [{ validFrom: '2024-01-01' }, { validFrom: '2026-01-01' }, { validFrom: '2026-03-01', briefing: 'reform' }]);
  assert.equal(implementingVersion(named, b)?.version, 3);
  const plain = doc('checklists/x', [{ validFrom: '2024-01-01' }, { validFrom: '2026-02-01' }, { validFrom: '2026-03-01' }]);
  assert.equal(implementingVersion(plain, b)?.version, 2);
  assert.equal(implementingVersion(plain, b, 3)?.version, 3);
  assert.equal(implementingVersion(doc('checklists/x', [{ validFrom: '2025-12-31', briefing: 'reform' }]), b), undefined);
});

test('affectedBy lists the briefings naming a document, newest first, with their implementing version', () => {
  const x = doc('checklists/x', [{ validFrom: '2024-01-01' }, { validFrom: '2025-06-01' }]);
  const content = {
    briefings: [
      briefing('alt', '2025-06-01', ['checklists/x']),
      briefing('neu', '2026-11-01', ['checklists/x@v1', 'checklists/x']),
      briefing('fremd', '2026-01-01', ['checklists/y']),
      briefing('entwurf', '2026-01-01', ['checklists/x'], true),
    ],
    checklists: [x, doc('checklists/y', [{ validFrom: '2024-01-01' }])],
    guidelines: [],
  };
  const rows = affectedBy(content, 'checklists/x@v2');
  assert.deepEqual(
    rows.map((r) => [r.briefing.slug, r.ref, r.implementing?.version]),
    [
      ['neu', 'checklists/x@v1', undefined],
      ['alt', 'checklists/x', 2],
    ],
  );
  assert.deepEqual(affectedBy(content, 'guidelines/z'), []);
});
