/** The Normen-Register (src/norms/norm-register.ts) and the citation link targets (norm-links.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  buildNormRegister,
  compareParagraphs,
  lawPageMode,
  lawPageUrl,
  lawSlug,
  paginate,
  paragraphPageUrl,
  paragraphRegisterUrl,
  type CitingSource,
  type ParagraphEntry,
} from '../../src/norms/norm-register.ts';
import { citationSegments, citationTarget } from '../../src/norms/norm-links.ts';
import { lawRefs } from '../../src/model/citation-check.ts';
import type { Law } from '../../src/schemas/registries.ts';

const lawList = parse(readFileSync(new URL('../../content/laws.yaml', import.meta.url), 'utf8')) as Law[];
const laws = lawRefs(lawList).map((l, i) => ({ ...l, name: lawList[i].name }));
const headingOf = (p: { law: string; paragraph: string }) => (p.law === 'AufenthG' && p.paragraph === '81' ? 'Beantragung des Aufenthaltstitels' : undefined);

function source(ref: string, legalBasis: string[], body = '', extra: Partial<CitingSource> = {}): CitingSource {
  return { ref, kind: 'checklist', title: ref.split('/')[1] ?? ref, url: `/${ref}/`, legalBasis, body, ...extra };
}

test('law slugs are readable and unique for the default laws', () => {
  assert.equal(lawSlug('AufenthG'), 'aufenthg');
  assert.equal(lawSlug('FreizügG/EU'), 'freizuegg-eu');
  assert.equal(lawSlug('SGB II'), 'sgb-ii');
  const slugs = lawList.map((l) => lawSlug(l.abbr));
  assert.equal(new Set(slugs).size, slugs.length);
  assert.equal(paragraphRegisterUrl({ law: 'GG', paragraph: '16a' }), '/normen/gg/16a/');
});

test('paragraphs sort as in the law: 4 < 4a < 5 < 10 < 60a < 104c', () => {
  assert.deepEqual(['104c', '10', '5', '4a', '60a', '4'].sort(compareParagraphs), ['4', '4a', '5', '10', '60a', '104c']);
});

test('citations from legalBasis and body text file under law and paragraph, each document once', () => {
  const register = buildNormRegister(
    [
      source('checklists/fiktion', ['§ 81 Abs. 4 Satz 1 AufenthG'], 'Nach § 81 Abs. 5 AufenthG wird bescheinigt; vgl. § 10 StAG.'),
      source('guidelines/fiktion', [], 'Die Fiktion (§ 81 IV AufenthG) und Art. 16a GG.', { kind: 'guideline' }),
    ],
    laws,
    { headingOf },
  );
  assert.deepEqual(
    register.map((l) => l.abbr),
    ['AufenthG', 'StAG', 'GG'],
  );
  const p81 = register[0].paragraphs.find((p) => p.paragraph === '81');
  assert.ok(p81);
  assert.equal(p81.heading, 'Beantragung des Aufenthaltstitels');
  assert.equal(p81.officialUrl, 'https://www.gesetze-im-internet.de/aufenthg_2004/__81.html');
  assert.equal(p81.registerUrl, '/normen/aufenthg/81/');
  assert.deepEqual(
    p81.citers.map((c) => [c.ref, c.provisions, c.via]),
    [
      ['checklists/fiktion', ['§ 81 Abs. 4 Satz 1 AufenthG', '§ 81 Abs. 5 AufenthG'], ['legalBasis', 'text']],
      ['guidelines/fiktion', ['§ 81 Abs. 4 AufenthG'], ['text']],
    ],
  );
  assert.equal(register[0].documents, 2);
  assert.equal(register[2].paragraphs[0].label, 'Art. 16a GG');
});

test('a range is enumerated into its paragraphs', () => {
  const [stag] = buildNormRegister([source('checklists/e', ['§§ 8 bis 10 StAG'])], laws);
  assert.deepEqual(
    stag.paragraphs.map((p) => p.paragraph),
    ['8', '9', '10'],
  );
});

test('citations in code are examples, not dependencies', () => {
  const register = buildNormRegister([source('guidelines/hilfe', [], 'Schreiben Sie `§ 81 AufenthG`.\n\n```\n§ 5 AufenthV\n```\n\nGilt: § 10 StAG.')], laws);
  assert.deepEqual(
    register.map((l) => l.abbr),
    ['StAG'],
  );
});

test('a paragraph cited only in an announced version says so; a current citation clears the note', () => {
  const register = buildNormRegister(
    [
      source('checklists/a', ['§ 5 AufenthG']),
      source('checklists/a', ['§ 5 AufenthG', '§ 7 AufenthG'], '', { announced: 'nur in der angekündigten Fassung v2' }),
    ],
    laws,
  );
  const [aufenthg] = register;
  assert.equal(aufenthg.paragraphs.find((p) => p.paragraph === '5')?.citers[0].announced, undefined);
  assert.equal(aufenthg.paragraphs.find((p) => p.paragraph === '7')?.citers[0].announced, 'nur in der angekündigten Fassung v2');
  assert.equal(aufenthg.documents, 1);
});

test('the register does not list laws nobody cites and ignores unparsable entries', () => {
  assert.deepEqual(buildNormRegister([source('x/y', ['Verordnung (EU) 2024/1351'], 'Nach § 60a Abs. 2 wird geduldet.')], laws), []);
});

test('a frontmatter citation links to the official page and the register, titled with the heading', () => {
  assert.deepEqual(citationTarget('§ 81 Abs. 4 AufenthG', laws, headingOf), {
    text: '§ 81 Abs. 4 AufenthG',
    href: 'https://www.gesetze-im-internet.de/aufenthg_2004/__81.html',
    title: '§ 81 AufenthG – Beantragung des Aufenthaltstitels',
    registerUrl: '/normen/aufenthg/81/',
  });
  assert.equal(citationTarget('Art. 16a GG', laws).href, 'https://www.gesetze-im-internet.de/gg/art_16a.html');
  assert.deepEqual(citationTarget('kein Zitat', laws), { text: 'kein Zitat' });
});

test('running text is split into text and citation pieces that join back to the original', () => {
  const text = 'Befristeter Titel nach § 7 AufenthG, vgl. §§ 16a, 16b AufenthG.';
  const pieces = citationSegments(text, laws);
  assert.equal(pieces.map((p) => p.text).join(''), text);
  assert.deepEqual(
    pieces.filter((p) => p.href).map((p) => p.href),
    ['https://www.gesetze-im-internet.de/aufenthg_2004/__7.html', 'https://www.gesetze-im-internet.de/aufenthg_2004/__16a.html'],
  );
});

test('a law page lists documents inline while small and switches to one row per paragraph when large', () => {
  const paragraph = (citers: number) => ({ citers: Array.from({ length: citers }, () => ({})) }) as unknown as ParagraphEntry;
  assert.equal(lawPageMode({ paragraphs: Array.from({ length: 24 }, () => paragraph(5)) }), 'lists');
  assert.equal(lawPageMode({ paragraphs: Array.from({ length: 25 }, () => paragraph(5)) }), 'table');
  assert.equal(lawPageMode({ paragraphs: Array.from({ length: 40 }, () => paragraph(1)) }), 'lists');
  assert.equal(lawPageMode({ paragraphs: Array.from({ length: 41 }, () => paragraph(1)) }), 'table');
  assert.equal(lawPageMode({ paragraphs: [paragraph(5000)] }), 'lists');
});

test('paragraph pages split long document lists, the first page keeps the plain URL', () => {
  assert.deepEqual(paginate([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  assert.deepEqual(paginate([], 100), [[]]);
  assert.equal(paragraphPageUrl({ registerUrl: '/normen/aufenthg/81/' }, 1), '/normen/aufenthg/81/');
  assert.equal(paragraphPageUrl({ registerUrl: '/normen/aufenthg/81/' }, 3), '/normen/aufenthg/81/seite-3/');
  assert.equal(lawPageUrl({ url: '/normen/bgb/' }, 1), '/normen/bgb/');
  assert.equal(lawPageUrl({ url: '/normen/bgb/' }, 2), '/normen/bgb/seite-2/');
});
