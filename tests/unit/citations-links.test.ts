import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { formatProvision, lawUrl, provisionKey } from '../../src/norms/links.ts';
import { parseCitation } from '../../src/norms/parse.ts';
import type { LawRef, Provision } from '../../src/norms/types.ts';

const laws = parseYaml(readFileSync(new URL('../../content/laws.yaml', import.meta.url), 'utf8')) as LawRef[];

function first(citation: string): Provision {
  const result = parseCitation(citation, laws);
  assert.ok(result.ok, citation);
  const [provision] = result.citation.provisions;
  assert.ok(provision, citation);
  return provision;
}

test('a paragraph links to its __<n>.html page under the law slug', () => {
  assert.equal(lawUrl(first('§ 81 Abs. 4 Satz 1 AufenthG'), laws), 'https://www.gesetze-im-internet.de/aufenthg_2004/__81.html');
  assert.equal(lawUrl(first('§ 60a Abs. 2 AufenthG'), laws), 'https://www.gesetze-im-internet.de/aufenthg_2004/__60a.html');
  assert.equal(lawUrl(first('§ 10 Abs. 1 Satz 1 Nr. 3 StAG'), laws), 'https://www.gesetze-im-internet.de/stag/__10.html');
  assert.equal(lawUrl(first('§ 7 SGB II'), laws), 'https://www.gesetze-im-internet.de/sgb_2/__7.html');
  assert.equal(lawUrl(first('§ 2 Abs. 3 FreizügG/EU'), laws), 'https://www.gesetze-im-internet.de/freiz_gg_eu_2004/__2.html');
});

test('an article of the Grundgesetz links to art_<n>.html', () => {
  assert.equal(lawUrl(first('Art. 16a GG'), laws), 'https://www.gesetze-im-internet.de/gg/art_16a.html');
  assert.equal(lawUrl(first('Art. 1 Abs. 1 GG'), laws), 'https://www.gesetze-im-internet.de/gg/art_1.html');
});

test('a range that stays a range links to its first paragraph', () => {
  assert.equal(lawUrl(first('§§ 240 bis 279a SGB III'), laws), 'https://www.gesetze-im-internet.de/sgb_3/__240.html');
});

test('a law that is not in laws.yaml has no URL', () => {
  assert.equal(lawUrl({ law: 'EGBGB', unit: 'Art.', paragraph: '3' }, laws), undefined);
});

test('formatProvision writes the house form whatever the input spelling', () => {
  assert.equal(formatProvision(first('§ 81 IV 1 AufenthG')), '§ 81 Abs. 4 Satz 1 AufenthG');
  assert.equal(formatProvision(first('§ 10 Absatz 1 S. 1 Nr. 3 lit. a StAG')), '§ 10 Abs. 1 Satz 1 Nr. 3 Buchst. a StAG');
  assert.equal(formatProvision(first('Art 16a GG')), 'Art. 16a GG');
  assert.equal(formatProvision(first('§§ 240 bis 279a SGB III')), '§§ 240 bis 279a SGB III');
  assert.equal(formatProvision(first('§§ 8 ff. StAG')), '§ 8 ff. StAG');
});

test('provisionKey names the law and paragraph only, so every sub-unit files under one key', () => {
  assert.equal(provisionKey(first('§ 81 Abs. 4 Satz 1 AufenthG')), 'AufenthG § 81');
  assert.equal(provisionKey(first('§ 81 AufenthG')), 'AufenthG § 81');
  assert.equal(provisionKey(first('Art. 16a Abs. 1 GG')), 'GG Art. 16a');
  assert.equal(provisionKey(first('§ 23 SGB XII')), 'SGB XII § 23');
});
