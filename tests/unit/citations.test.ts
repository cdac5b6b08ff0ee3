import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { findCitations, parseCitation, parseQueryCitation } from '../../src/norms/parse.ts';
import { formatProvision } from '../../src/norms/links.ts';
import type { LawRef } from '../../src/norms/types.ts';

const laws = parseYaml(readFileSync(new URL('../../content/laws.yaml', import.meta.url), 'utf8')) as LawRef[];

/** Parses and returns the canonical text of every provision, or the problem. */
function provisions(text: string): string[] | string {
  const result = parseCitation(text, laws);
  return result.ok ? result.citation.provisions.map(formatProvision) : `${result.problem} | expected ${result.expected}`;
}

describe('parseCitation accepts the forms authors write', () => {
  const valid: [string, string[]][] = [
    ['§ 81 AufenthG', ['§ 81 AufenthG']],
    ['§ 81 Abs. 4 AufenthG', ['§ 81 Abs. 4 AufenthG']],
    ['§ 81 Abs. 4 Satz 1 AufenthG', ['§ 81 Abs. 4 Satz 1 AufenthG']],
    ['§ 81 Absatz 4 Satz 1 AufenthG', ['§ 81 Abs. 4 Satz 1 AufenthG']],
    ['§ 81 Abs. 4 S. 1 AufenthG', ['§ 81 Abs. 4 Satz 1 AufenthG']],
    ['§ 81 IV 1 AufenthG', ['§ 81 Abs. 4 Satz 1 AufenthG']],
    ['§ 4a IV AufenthG', ['§ 4a Abs. 4 AufenthG']],
    ['§ 60a IIc AufenthG', ['§ 60a Abs. 2c AufenthG']],
    ['§ 60a Abs. 2 S. 1 AufenthG', ['§ 60a Abs. 2 Satz 1 AufenthG']],
    ['§ 60a Abs. 2c AufenthG', ['§ 60a Abs. 2c AufenthG']],
    ['§ 18g Abs. 1 Satz 2 AufenthG', ['§ 18g Abs. 1 Satz 2 AufenthG']],
    ['§§ 16a, 16b AufenthG', ['§ 16a AufenthG', '§ 16b AufenthG']],
    ['§§ 16a und 16b AufenthG', ['§ 16a AufenthG', '§ 16b AufenthG']],
    ['§ 16a und § 16b AufenthG', ['§ 16a AufenthG', '§ 16b AufenthG']],
    ['§§ 22, 23 AufenthG', ['§ 22 AufenthG', '§ 23 AufenthG']],
    ['§§ 8 bis 10 StAG', ['§ 8 StAG', '§ 9 StAG', '§ 10 StAG']],
    ['§§ 8–10 StAG', ['§ 8 StAG', '§ 9 StAG', '§ 10 StAG']],
    ['§§ 60a bis 60c AufenthG', ['§ 60a AufenthG', '§ 60b AufenthG', '§ 60c AufenthG']],
    ['§§ 9 bis 9b AufenthG', ['§ 9 AufenthG', '§ 9a AufenthG', '§ 9b AufenthG']],
    ['§§ 240 bis 279a SGB III', ['§§ 240 bis 279a SGB III']],
    ['§ 25 Abs. 3 bis 5 AufenthG', ['§ 25 Abs. 3 AufenthG', '§ 25 Abs. 4 AufenthG', '§ 25 Abs. 5 AufenthG']],
    ['§ 60a Abs. 2 bis 2c AufenthG', ['§ 60a Abs. 2 AufenthG', '§ 60a Abs. 2a AufenthG', '§ 60a Abs. 2b AufenthG', '§ 60a Abs. 2c AufenthG']],
    ['§ 60a Abs. 1 bis 2a AufenthG', ['§ 60a Abs. 1 bis 2a AufenthG']],
    ['§ 81 Abs. 3 und Abs. 4 AufenthG', ['§ 81 Abs. 3 AufenthG', '§ 81 Abs. 4 AufenthG']],
    ['§ 10 Abs. 1 Satz 1 Nr. 3 StAG', ['§ 10 Abs. 1 Satz 1 Nr. 3 StAG']],
    ['§ 10 Abs. 1 Satz 1 Nr. 3 Buchst. a StAG', ['§ 10 Abs. 1 Satz 1 Nr. 3 Buchst. a StAG']],
    ['§ 10 Abs. 1 Satz 1 Nr. 3 lit. a StAG', ['§ 10 Abs. 1 Satz 1 Nr. 3 Buchst. a StAG']],
    ['§ 10 Abs. 1 Satz 1 Nr. 1 bis 3 StAG', ['§ 10 Abs. 1 Satz 1 Nr. 1 StAG', '§ 10 Abs. 1 Satz 1 Nr. 2 StAG', '§ 10 Abs. 1 Satz 1 Nr. 3 StAG']],
    ['§ 5 Abs. 1 Nr. 1a AufenthG', ['§ 5 Abs. 1 Nr. 1a AufenthG']],
    ['§ 47 Abs. 1 Nr. 15 AufenthV', ['§ 47 Abs. 1 Nr. 15 AufenthV']],
    ['§ 1 Abs. 4 AsylbLG', ['§ 1 Abs. 4 AsylbLG']],
    ['§ 2 Abs. 3 FreizügG/EU', ['§ 2 Abs. 3 FreizügG/EU']],
    ['§ 7 SGB II', ['§ 7 SGB II']],
    ['§ 23 SGB XII', ['§ 23 SGB XII']],
    ['§ 7 SGB III', ['§ 7 SGB III']],
    ['§ 8 f. StAG', ['§ 8 f. StAG']],
    ['§§ 8 ff. StAG', ['§ 8 ff. StAG']],
    ['Art. 16a GG', ['Art. 16a GG']],
    ['Art. 16a Abs. 1 GG', ['Art. 16a Abs. 1 GG']],
    ['Art 16a GG', ['Art. 16a GG']],
    ['Artikel 6 Abs. 1 GG', ['Art. 6 Abs. 1 GG']],
    ['§81 AufenthG', ['§ 81 AufenthG']],
    ['§\u00a081 Abs.\u00a04 AufenthG', ['§ 81 Abs. 4 AufenthG']],
    ['  § 81 AufenthG  ', ['§ 81 AufenthG']],
  ];
  for (const [input, expected] of valid) {
    test(`"${input}" cites ${expected.join(', ')}`, () => {
      assert.deepEqual(provisions(input), expected);
    });
  }

  test('"§§ 8 bis 16 StAG" expands to each of the nine paragraphs', () => {
    const result = parseCitation('§§ 8 bis 16 StAG', laws);
    assert.ok(result.ok);
    assert.deepEqual(
      result.citation.provisions.map((p) => p.paragraph),
      ['8', '9', '10', '11', '12', '13', '14', '15', '16'],
    );
  });

  test('the provision carries every level as a separate field', () => {
    const result = parseCitation('§ 10 Abs. 1 Satz 1 Nr. 3 Buchst. a StAG', laws);
    assert.ok(result.ok);
    assert.deepEqual(result.citation, {
      raw: '§ 10 Abs. 1 Satz 1 Nr. 3 Buchst. a StAG',
      start: 0,
      end: 39,
      provisions: [{ law: 'StAG', unit: '§', paragraph: '10', absatz: '1', satz: '1', nummer: '3', buchstabe: 'a' }],
    });
  });
});

describe('parseCitation rejects what is not one citation, and says what was expected', () => {
  const invalid: [string, RegExp, RegExp][] = [
    ['§ 81 Abs. 4 Foo', /^unknown law "Foo"$/, /laws\.yaml/],
    ['§ 81 aufenthg', /^unknown law "aufenthg"$/, /"AufenthG" \(exact spelling\)/],
    ['§ Abs. 4 AufenthG', /missing paragraph number/, /a number after "§"/],
    ['§ 60a Abs. 2', /^missing law$/, /after the provision/],
    ['§ 81 Abs. AufenthG', /"Abs\." without a number/, /"Abs\. 1"/],
    ['§ 16a GG', /GG is cited by "Art\."/, /Art\. 16a GG/],
    ['Art. 81 AufenthG', /AufenthG is cited by "§"/, /§ 16a AufenthG/],
    ['81 AufenthG', /expected "§" or "Art\." at the start/, /§ 81 Abs\. 4 AufenthG/],
    ['Verordnung (EU) 2024/1351', /expected "§" or "Art\." at the start/, /citation/],
    ['§ 81 AufenthG, § 5 AufenthV', /unexpected text after the law/, /separate list items/],
    ['', /empty citation/, /citation/],
    ['§ 81 Abs. 4 AufenthG.', /unexpected text after the law/, /one citation/],
  ];
  for (const [input, problem, expected] of invalid) {
    test(`"${input}" is rejected`, () => {
      const result = parseCitation(input, laws);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.match(result.problem, problem);
      assert.match(result.expected, expected);
    });
  }

  test('the problem offset points at the unknown law', () => {
    const result = parseCitation('§ 81 Abs. 4 Foo', laws);
    assert.ok(!result.ok);
    assert.equal(result.offset, '§ 81 Abs. 4 '.length);
  });
});

describe('findCitations finds citations in running text', () => {
  test('it returns each citation with its exact text and offsets', () => {
    const text = 'Nach § 81 Abs. 4 AufenthG gilt der Titel fort; vgl. Art. 16a GG.';
    const found = findCitations(text, laws);
    assert.deepEqual(
      found.map((c) => c.raw),
      ['§ 81 Abs. 4 AufenthG', 'Art. 16a GG'],
    );
    for (const c of found) assert.equal(text.slice(c.start, c.end), c.raw);
  });

  test('a citation without a law is not one', () => {
    assert.deepEqual(findCitations('Die Duldung nach § 60a Abs. 2 wird erteilt.', laws), []);
  });

  test('a citation may run over a soft line break', () => {
    assert.deepEqual(
      findCitations('nach § 81 Abs. 4\nAufenthG gilt', laws).map((c) => c.raw),
      ['§ 81 Abs. 4\nAufenthG'],
    );
  });

  test('two citations joined by "und" and "i. V. m." are found separately when each names its law', () => {
    const found = findCitations('§ 5 AufenthG und § 10 StAG i. V. m. § 47 Abs. 1 Nr. 15 AufenthV', laws);
    assert.deepEqual(
      found.map((c) => c.raw),
      ['§ 5 AufenthG', '§ 10 StAG', '§ 47 Abs. 1 Nr. 15 AufenthV'],
    );
  });

  test('a number after the law is not pulled into the citation', () => {
    assert.deepEqual(
      findCitations('nach § 4 AufenthG, 3 Monate später', laws).map((c) => c.raw),
      ['§ 4 AufenthG'],
    );
  });

  test('words that contain "Art" or a law abbreviation are not citations', () => {
    assert.deepEqual(findCitations('Die Start 5 AufenthG-Novelle und Bart 3 GG', laws), []);
  });

  test('unknown laws and EU regulations are not linked', () => {
    assert.deepEqual(findCitations('§ 81 Abs. 4 Foo und Art. 3 Verordnung (EU) 2024/1351', laws), []);
  });
});

describe('parseQueryCitation reads what people type into the search box', () => {
  const queries: [string, string[]][] = [
    ['§ 81 Abs. 4 AufenthG', ['§ 81 Abs. 4 AufenthG']],
    ['81 IV AufenthG', ['§ 81 Abs. 4 AufenthG']],
    ['§81 AufenthG', ['§ 81 AufenthG']],
    ['60a AufenthG', ['§ 60a AufenthG']],
    ['§ 60a Abs. 2 S. 1', ['§ 60a Abs. 2 Satz 1']],
    ['81 aufenthg', ['§ 81 AufenthG']],
    ['§ 81 abs. 4 aufenthg', ['§ 81 Abs. 4 AufenthG']],
    ['AufenthG § 81', ['§ 81 AufenthG']],
    ['art 16a gg', ['Art. 16a GG']],
    ['16a GG', ['Art. 16a GG']],
    ['§ 7 sgb ii', ['§ 7 SGB II']],
    ['§ 60a', ['§ 60a']],
  ];
  for (const [query, expected] of queries) {
    test(`"${query}" means ${expected.join(', ')}`, () => {
      assert.deepEqual(parseQueryCitation(query, laws).map(formatProvision), expected);
    });
  }

  test('without a law the provision has no law field', () => {
    assert.deepEqual(parseQueryCitation('§ 60a Abs. 2 S. 1', laws), [{ unit: '§', paragraph: '60a', absatz: '2', satz: '1' }]);
  });

  for (const query of ['81', 'Duldung', 'Aufenthaltserlaubnis § 81', '§ 81 AufenthG Fiktion', '']) {
    test(`"${query}" is not a citation query`, () => {
      assert.deepEqual(parseQueryCitation(query, laws), []);
    });
  }
});
