/** The glossary page structure (src/briefings/glossary.ts): order, letters, anchors, abbreviations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviationAnchor, abbreviationMeanings, glossaryAnchor, glossarySections, letterOf } from '../../src/briefings/glossary.ts';
import type { GlossaryEntry } from '../../src/schemas/registries.ts';

const entries: GlossaryEntry[] = [
  { term: 'Zentralstelle für ausländisches Bildungswesen', abbr: ['ZAB'], definition: 'Bewertet Abschlüsse.' },
  { term: 'Übernahmeersuchen', definition: 'Ersuchen an einen anderen Staat.' },
  { term: 'Aufenthaltserlaubnis', abbr: ['AE'], definition: 'Befristeter Titel.' },
  { term: 'Zentrale Ausländerbehörde', abbr: ['ZAB'], definition: 'Landeseinrichtung.' },
  { term: 'Duldung', definition: 'Aussetzung der Abschiebung.' },
  { term: '§ 60a-Bescheinigung', definition: 'Bescheinigung über die Duldung.' },
];

test('letters: umlauts file under their base letter, non-letters under "#"', () => {
  assert.equal(letterOf('Übernahmeersuchen'), 'U');
  assert.equal(letterOf('ärztliches Attest'), 'A');
  assert.equal(letterOf('§ 60a-Bescheinigung'), '#');
});

test('anchors are ASCII and stable', () => {
  assert.equal(glossaryAnchor('Zentrale Ausländerbehörde'), 'begriff-zentrale-auslaenderbehoerde');
  assert.equal(abbreviationAnchor('FreizügG/EU'), 'abk-freizuegg-eu');
});

test('an abbreviation with two meanings lists both, alphabetically', () => {
  assert.deepEqual(abbreviationMeanings(entries).get('ZAB'), ['Zentrale Ausländerbehörde', 'Zentralstelle für ausländisches Bildungswesen']);
});

test('sections run A–Z with "#" last; abbreviations sit under their own letter and point to every meaning', () => {
  const sections = glossarySections(entries);
  assert.deepEqual(sections.map((s) => s.letter), ['A', 'D', 'U', 'Z', '#']);
  const a = sections[0].items.map((i) => (i.type === 'term' ? i.entry.term : `abbr:${i.abbr}`));
  assert.deepEqual(a, ['abbr:AE', 'Aufenthaltserlaubnis']);
  const zab = sections[3].items.find((i) => i.type === 'abbr');
  assert.ok(zab && zab.type === 'abbr');
  assert.deepEqual(zab.meanings, [
    { term: 'Zentrale Ausländerbehörde', id: 'begriff-zentrale-auslaenderbehoerde' },
    { term: 'Zentralstelle für ausländisches Bildungswesen', id: 'begriff-zentralstelle-fuer-auslaendisches-bildungswesen' },
  ]);
  assert.equal(sections[4].id, 'buchstabe-sonstige');
});

test('every item gets a unique id, even for terms that slug alike', () => {
  const ids = glossarySections([...entries, { term: 'Duldung!', definition: 'x' }]).flatMap((s) => s.items.map((i) => i.id));
  assert.equal(new Set(ids).size, ids.length);
});
