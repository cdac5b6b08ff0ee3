/** The glossary's structure (src/briefings/glossary.ts): order, letters and their pages, anchors, addresses, abbreviations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  abbreviationAnchor,
  abbreviationMeanings,
  glossaryAnchor,
  glossaryPages,
  glossarySections,
  letterOf,
  letterSlug,
} from '../../src/briefings/glossary.ts';
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
  assert.deepEqual(
    sections.map((s) => s.letter),
    ['A', 'D', 'U', 'Z', '#'],
  );
  const a = sections[0].items.map((i) => (i.type === 'term' ? i.entry.term : `abbr:${i.abbr}`));
  assert.deepEqual(a, ['abbr:AE', 'Aufenthaltserlaubnis']);
  const zab = sections[3].items.find((i) => i.type === 'abbr');
  assert.ok(zab && zab.type === 'abbr');
  assert.deepEqual(zab.meanings, [
    { term: 'Zentrale Ausländerbehörde', id: 'begriff-zentrale-auslaenderbehoerde', url: '/glossar/z/#begriff-zentrale-auslaenderbehoerde' },
    {
      term: 'Zentralstelle für ausländisches Bildungswesen',
      id: 'begriff-zentralstelle-fuer-auslaendisches-bildungswesen',
      url: '/glossar/z/#begriff-zentralstelle-fuer-auslaendisches-bildungswesen',
    },
  ]);
  assert.equal(sections[4].id, 'buchstabe-sonstige');
});

test('every item gets a unique id, even for terms that slug alike', () => {
  const ids = glossarySections([...entries, { term: 'Duldung!', definition: 'x' }]).flatMap((s) => s.items.map((i) => i.id));
  assert.equal(new Set(ids).size, ids.length);
});

test('each letter has its own page; "#" is /glossar/sonstige/', () => {
  assert.equal(letterSlug('A'), 'a');
  assert.equal(letterSlug('#'), 'sonstige');
  const sections = glossarySections(entries);
  assert.deepEqual(
    sections.map((s) => s.url),
    ['/glossar/a/', '/glossar/d/', '/glossar/u/', '/glossar/z/', '/glossar/sonstige/'],
  );
  assert.deepEqual(
    sections.map((s) => s.label),
    ['A', 'D', 'U', 'Z', 'Sonstige'],
  );
});

test('every item links to its entry on the page of its own letter, umlauts and signs included', () => {
  const { sections, termUrl, abbrUrl } = glossaryPages(entries);
  assert.ok(sections.length > 1 && sections.every((section) => section.items.length > 0));
  for (const section of sections) for (const item of section.items) assert.equal(item.url, `${section.url}#${item.id}`);
  assert.equal(termUrl.get('Übernahmeersuchen'), '/glossar/u/#begriff-uebernahmeersuchen');
  assert.equal(termUrl.get('§ 60a-Bescheinigung'), '/glossar/sonstige/#begriff-60a-bescheinigung');
  assert.equal(abbrUrl.get('ZAB'), '/glossar/z/#abk-zab');
  assert.equal(abbrUrl.get('AE'), '/glossar/a/#abk-ae');
});

test('a term listed twice links to its first entry; the second keeps an id of its own', () => {
  const twice = [...entries, { term: 'Duldung', definition: 'Noch einmal.' }];
  const { sections, termUrl } = glossaryPages(twice);
  assert.equal(termUrl.get('Duldung'), '/glossar/d/#begriff-duldung');
  assert.deepEqual(
    sections.find((s) => s.letter === 'D')!.items.map((i) => i.id),
    ['begriff-duldung', 'begriff-duldung-2'],
  );
});
