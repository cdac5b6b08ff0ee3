/**
 * The engine of /api/suche.mjs on a small export: questions and case descriptions, everyday
 * words from the glossary, working documents first, dates, compounds, spelling, citations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearch } from '../../src/search/export/suche-module.ts';
import type { Suchindex } from '../../src/search/export/retrieve.ts';

const laws = [{ abbr: 'AufenthG', slug: 'aufenthg_2004', unit: '§' as const }];
const data: Suchindex = {
  generated: '2026-11-25',
  lexicon: {
    laws,
    glossary: [
      { term: 'Verpflichtungserklärung', abbr: ['VE'], synonyms: ['bürgen'] },
      { term: 'Duldung', abbr: [], synonyms: ['geduldet'] },
    ],
  },
  documents: [
    {
      reference: 'checklists/verpflichtungserklaerung',
      type: 'checklist',
      title: 'Verpflichtungserklärung entgegennehmen',
      url: '/checklisten/verpflichtungserklaerung/',
      versions: [
        {
          version: 1,
          status: 'current',
          validFrom: '2025-01-01',
          validUntil: null,
          url: '/checklisten/verpflichtungserklaerung/',
          legalBasis: ['§ 68 AufenthG'],
          passages: ['0', '1'],
        },
      ],
      passages: [
        { id: '0', text: 'Wer den Lebensunterhalt eines Gastes übernimmt, gibt eine Verpflichtungserklärung ab.' },
        { id: '1', heading: 'Bonität', anchor: 'bonitaet', text: '☐ Einkommen des Einladenden prüfen ☐ Haftung fünf Jahre' },
      ],
    },
    {
      reference: 'checklists/beschaeftigung-geduldeter',
      type: 'checklist',
      title: 'Beschäftigung Geduldeter',
      url: '/checklisten/beschaeftigung-geduldeter/',
      versions: [
        {
          version: 1,
          status: 'superseded',
          validFrom: '2024-01-01',
          validUntil: '2025-12-31',
          url: '/checklisten/beschaeftigung-geduldeter/v1/',
          passages: ['2'],
        },
        { version: 2, status: 'current', validFrom: '2026-01-01', validUntil: null, url: '/checklisten/beschaeftigung-geduldeter/', passages: ['3'] },
      ],
      passages: [
        { id: '2', text: 'Geduldete dürfen mit Erlaubnis der Ausländerbehörde arbeiten (alte Regel).' },
        { id: '3', text: 'Geduldete dürfen mit Beschäftigungserlaubnis arbeiten; § 60a AufenthG und § 4a AufenthG.' },
      ],
    },
    {
      reference: 'briefings/geduldete-arbeit',
      type: 'briefing',
      title: 'Neue Regeln: Beschäftigung Geduldeter',
      url: '/rechtsaenderungen/geduldete-arbeit/',
      versions: [{ version: null, status: 'current', validFrom: '2026-01-01', validUntil: null, url: '/rechtsaenderungen/geduldete-arbeit/', passages: ['4'] }],
      passages: [{ id: '4', text: 'Ab 2026 dürfen Geduldete leichter arbeiten: was sich bei der Beschäftigung ändert.' }],
    },
    {
      reference: 'guidelines/aufenthaltserlaubnis',
      type: 'guideline',
      title: 'Aufenthaltserlaubnis verlängern',
      url: '/leitfaeden/aufenthaltserlaubnis/',
      versions: [{ version: 1, status: 'current', validFrom: '2024-01-01', validUntil: null, url: '/leitfaeden/aufenthaltserlaubnis/', passages: ['5'] }],
      passages: [{ id: '5', text: 'Die Niederlassungserlaubnis und die Aufenthaltserlaubnis; Fiktionsbescheinigung nach § 81 Abs. 4 AufenthG.' }],
    },
  ],
};
const search = createSearch(data);
const urls = (q: string, date = '2026-11-25') => search.search(q, { date }).map((h) => h.url.replace(/#.*/, ''));

test('a case description finds its document through an everyday word of the glossary, filler does not count', () => {
  assert.equal(urls('Bruder lädt Schwester ein und soll für sie bürgen')[0], '/checklisten/verpflichtungserklaerung/');
  const explained = search.explain('Darf ein Geduldeter arbeiten?');
  assert.deepEqual(
    explained.groups.map((g) => g.text),
    ['Geduldeter', 'arbeiten'],
  );
});

test('working documents first: the checklist ranks above the briefing with the same words', () => {
  assert.deepEqual(urls('Darf ein Geduldeter arbeiten?').slice(0, 2), ['/checklisten/beschaeftigung-geduldeter/', '/rechtsaenderungen/geduldete-arbeit/']);
});

test('a date in the query or as option picks the version of that day and links its page', () => {
  const hit = search.search('was galt am 01.03.2024 Geduldete arbeiten')[0];
  assert.equal(hit.url, '/checklisten/beschaeftigung-geduldeter/v1/');
  assert.equal(hit.status, 'superseded');
  assert.equal(hit.validUntil, '2025-12-31');
  assert.equal(search.search('Geduldete arbeiten', { date: '2024-03-01' })[0].version, 1);
  assert.equal(search.search('Geduldete arbeiten', { date: '2026-03-01' })[0].version, 2);
  // A document not yet in force on that day is found by its first version, with its validity.
  assert.equal(search.search('Verpflichtungserklärung', { date: '2024-06-01' })[0].validFrom, '2025-01-01');
});

test('abbreviations, umlauts as ae/oe/ue, compound parts, typos and citations', () => {
  assert.equal(urls('VE')[0], '/checklisten/verpflichtungserklaerung/');
  assert.equal(urls('Verpflichtungserklaerung')[0], '/checklisten/verpflichtungserklaerung/');
  assert.equal(urls('Erlaubnis verlängern')[0], '/leitfaeden/aufenthaltserlaubnis/');
  assert.equal(urls('Verpflichtungserklärnug')[0], '/checklisten/verpflichtungserklaerung/');
  assert.equal(urls('§ 68 AufenthG')[0], '/checklisten/verpflichtungserklaerung/');
  assert.deepEqual(urls('81 IV AufenthG'), ['/leitfaeden/aufenthaltserlaubnis/']);
});

test('hits carry the passage that matched, with its anchor', () => {
  const hit = search.search('Bonität Einkommen')[0];
  assert.equal(hit.url, '/checklisten/verpflichtungserklaerung/#bonitaet');
  assert.equal(hit.heading, 'Bonität');
  assert.equal(hit.reference, 'checklists/verpflichtungserklaerung');
  assert.equal(hit.type, 'checklist');
});

test('documents the glossary names for a term count 1.6 times for it; a named track keeps its score', () => {
  const doc = (reference: string, type: string, url: string, text: string) => ({
    reference,
    type,
    title: text.split(' ')[0],
    url,
    versions: [{ version: type === 'track' ? null : 1, status: 'current', validFrom: '2025-01-01', validUntil: null, url, passages: [reference] }],
    passages: [{ id: reference, text }],
  });
  const documents = [
    doc('guidelines/ausweisung', 'guideline', '/leitfaeden/ausweisung/', 'Ausweisung mit Einreise- und Aufenthaltsverbot und Befristung'),
    doc('checklists/abschiebung', 'checklist', '/checklisten/abschiebung/', 'Abschiebung vorbereiten, Einreise- und Aufenthaltsverbot erlassen'),
    doc('tracks/rueckkehr', 'track', '/einarbeitung/rueckkehr/', 'Rückkehr lernen: Einreise- und Aufenthaltsverbot'),
  ];
  const entry = { term: 'Einreise- und Aufenthaltsverbot', abbr: ['EAV'], synonyms: ['Wiedereinreisesperre'] };
  const scores = (see?: string[]) => {
    const s = createSearch({ generated: '2026-11-25', lexicon: { laws, glossary: [{ ...entry, ...(see ? { see } : {}) }] }, documents });
    return new Map(s.search('EAV', { date: '2026-11-25' }).map((h) => [h.url, h.score]));
  };
  const plain = scores();
  const named = scores(['checklists/abschiebung', 'tracks/rueckkehr']);
  assert.ok(Math.abs(named.get('/checklisten/abschiebung/')! / plain.get('/checklisten/abschiebung/')! - 1.6) < 0.01);
  assert.equal(named.get('/einarbeitung/rueckkehr/'), plain.get('/einarbeitung/rueckkehr/'));
  assert.equal(named.get('/leitfaeden/ausweisung/'), plain.get('/leitfaeden/ausweisung/'));
});
