import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rerankPages } from '../../src/search/browser/rerank.ts';
import { prior, seeFactor } from '../../src/search/analysis/prior.ts';

const page = (url: string, score: number, meta: Record<string, string>) => ({ item: url, page: { url, score, meta } });

test('working documents before briefings and tracks; superseded and expired records last', () => {
  const out = rerankPages([
    page('/rechtsaenderungen/x/', 1.2, { art: 'briefing', status: 'current' }),
    page('/checklisten/x/', 1, { art: 'checklist', status: 'current' }),
    page('/rechtsaenderungen/alt/', 1.5, { art: 'briefing', status: 'expired' }),
  ]);
  assert.deepEqual(
    out.map((r) => r.item),
    ['/checklisten/x/', '/rechtsaenderungen/x/', '/rechtsaenderungen/alt/'],
  );
  assert.ok(prior('briefing', 'superseded') < prior('briefing', 'current'));
  assert.ok(prior('guideline', 'superseded') < prior('guideline', 'current'));
});

test('a dated query keeps the versions of that day and links their version page', () => {
  const out = rerankPages(
    [
      page('/checklisten/x/', 2, { art: 'checklist', status: 'current', von: '2025-01-01', bis: '', fassung: 'v2' }),
      page('/checklisten/x/v1/', 1, { art: 'checklist', status: 'superseded', von: '2024-01-01', bis: '2024-12-31', fassung: 'v1' }),
      page('/rechtsaenderungen/y/', 1, { art: 'briefing', status: 'current', von: '2024-01-01' }),
    ],
    '2024-03-01',
  );
  assert.deepEqual(
    out.map((r) => r.url ?? r.item),
    ['/checklisten/x/v1/', '/rechtsaenderungen/y/'],
  );
  const today = rerankPages([page('/checklisten/x/', 2, { art: 'checklist', status: 'current', von: '2025-01-01', bis: '', fassung: 'v2' })], '2026-01-01');
  assert.equal(today[0].url, '/checklisten/x/v2/');
});

test('a page the glossary names for a term of the query is lifted in proportion to the terms naming it; a named track is not', () => {
  const pages = [
    page('/leitfaeden/a/', 1.5, { art: 'guideline', status: 'current' }),
    page('/checklisten/b/v2/', 1, { art: 'checklist', status: 'current' }),
    page('/einarbeitung/c/', 2.5, { art: 'track', status: 'current' }),
  ];
  // One term naming the checklist (also on its version page) and the track: ×1.6 for the checklist only.
  const one = rerankPages(pages, undefined, false, [['/checklisten/b/', '/einarbeitung/c/']]);
  assert.deepEqual(
    one.map((r) => [r.item, r.score]),
    [
      ['/checklisten/b/v2/', 1.6],
      ['/leitfaeden/a/', 1.5],
      ['/einarbeitung/c/', 1.25],
    ],
  );
  // Two terms, one naming it: ×1.3.
  const two = rerankPages(pages, undefined, false, [['/checklisten/b/'], []]);
  assert.equal(two.find((r) => r.item === '/checklisten/b/v2/')?.score, 1.3);
  assert.equal(seeFactor('guideline', 0, 2), 1);
});
