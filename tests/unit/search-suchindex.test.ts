/**
 * /api/suchindex.json (format 2, docs/suchindex.md): documents with versions and passages, each
 * passage once, and a lunr index that a client loads with lunr + lunr-languages alone. The
 * client below is the example of the format description.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { validateContent } from '../../src/model/validate.ts';
import { buildCorpus, corpusPassages } from '../../src/search/build/corpus.ts';
import { decompounderFor } from '../../src/search/build/dictionary.ts';
import { germanLunr } from '../../src/search/build/lunr-de.ts';
import { suchindex, type ExportedDocument, type ExportedPassage, type ExportedVersion } from '../../src/search/build/suchindex.ts';

const root = join(import.meta.dirname, '../fixtures/valid');
const content = validateContent(root, { includeDrafts: false, strict: false }).content;
const DATE = '2026-11-25';
const decompounder = decompounderFor(corpusPassages(content, DATE).passages.map((p) => p.text));
const exported = async (set = content) => JSON.parse(JSON.stringify(suchindex(await buildCorpus(set, DATE, decompounder), DATE, 'ABH')));

/** The client of docs/suchindex.md ("Laden und suchen"). */
function client(data: { index: object; documents: ExportedDocument[] }) {
  const index = germanLunr().Index.load(data.index);
  const passagen = new Map<string, { passage: ExportedPassage; dokument: ExportedDocument; fassungen: ExportedVersion[] }>();
  for (const dokument of data.documents) {
    for (const passage of dokument.passages) passagen.set(passage.id, { passage, dokument, fassungen: [] });
    for (const fassung of dokument.versions) for (const id of fassung.passages) passagen.get(id)!.fassungen.push(fassung);
  }
  const gilt = (fassung: ExportedVersion, tag: string) =>
    (fassung.validFrom ?? '0000-00-00') <= tag && (fassung.validUntil === null || tag <= fassung.validUntil);
  return (anfrage: string, tag: string) =>
    index.search(anfrage).flatMap(({ ref, score }) => {
      const { passage, dokument, fassungen } = passagen.get(ref)!;
      const fassung = fassungen.find((f) => gilt(f, tag));
      if (!fassung) return [];
      return [
        {
          score,
          referenz: dokument.reference,
          titel: fassung.title ?? dokument.title,
          fassung: fassung.version,
          ueberschrift: passage.heading ?? '',
          text: passage.text,
          url: passage.anchor ? `${fassung.url}#${passage.anchor}` : fassung.url,
        },
      ];
    });
}

test('the export names its format and analysis and carries the index and the documents', async () => {
  const out = await exported();
  assert.equal(out.format, 'lotse-suchindex');
  assert.equal(out.version, 2);
  assert.equal(out.generated, DATE);
  assert.deepEqual(out.analysis.searchPipeline, ['stemmer-de']);
  assert.equal(out.analysis.ref, 'documents[].passages[].id');
  assert.deepEqual(out.index.fields, ['title', 'heading', 'text']);
  const docs = out.documents as ExportedDocument[];
  assert.equal(docs.length, content.checklists.length + content.guidelines.length + content.briefings.length + content.tracks.length);
  const ids = docs.flatMap((d) => d.passages.map((p) => p.id));
  assert.equal(new Set(ids).size, ids.length);
  // Every passage is in the index, and the index knows no other passages.
  const refs = new Set((out.index.fieldVectors as [string][]).map(([key]) => key.slice(key.indexOf('/') + 1)));
  assert.deepEqual(refs, new Set(ids));
  // Each version lists passages of its own document; each passage is in some version.
  for (const d of docs) {
    const own = new Set(d.passages.map((p) => p.id));
    assert.ok(
      d.versions.every((v) => v.passages.length > 0 && v.passages.every((id) => own.has(id))),
      d.reference,
    );
    assert.deepEqual(new Set(d.versions.flatMap((v) => v.passages)), own, d.reference);
  }
});

test('a document has its versions with validity and URL; shared passages are stored once', async () => {
  const out = await exported();
  const fik = (out.documents as ExportedDocument[]).find((d) => d.reference === 'checklists/fiktionsbescheinigung')!;
  assert.deepEqual(
    { ...fik, versions: fik.versions.map(({ passages, ...v }) => v), passages: undefined },
    {
      reference: 'checklists/fiktionsbescheinigung',
      type: 'checklist',
      title: 'Fiktionsbescheinigung ausstellen',
      url: '/checklisten/fiktionsbescheinigung/',
      teams: ['Aufenthalt'],
      versions: [
        {
          version: 1,
          status: 'superseded',
          validFrom: '2024-01-01',
          validUntil: '2025-12-31',
          url: '/checklisten/fiktionsbescheinigung/v1/',
          legalBasis: ['§ 81 Abs. 4 Satz 1 AufenthG', '§ 81 Abs. 5 AufenthG'],
        },
        {
          version: 2,
          status: 'current',
          validFrom: '2026-01-01',
          validUntil: null,
          url: '/checklisten/fiktionsbescheinigung/',
          legalBasis: ['§ 81 Abs. 4 Satz 1 AufenthG', '§ 81 Abs. 5 AufenthG', '§ 104c AufenthG'],
        },
      ],
      passages: undefined,
    },
  );
  // 2 versions × 3 sections, of which two are the same in both: 4 passages.
  assert.equal(fik.passages.length, 4);
  assert.deepEqual(
    fik.passages.map((p) => Object.keys(p).join(',')),
    ['id,text', 'id,heading,anchor,text', 'id,heading,anchor,text', 'id,heading,anchor,text'],
  );
  assert.deepEqual(
    fik.versions.map((v) => v.passages.map((id) => fik.passages.findIndex((p) => p.id === id))),
    [
      [0, 1, 2],
      [0, 3, 2],
    ],
  );
  const briefing = (out.documents as ExportedDocument[]).find((d) => d.reference === 'briefings/fiktionsbescheinigung-elektronisch')!;
  assert.deepEqual(
    briefing.versions.map(({ passages, legalBasis, ...v }) => v),
    [
      {
        version: null,
        status: 'announced',
        briefingStatus: 'announced',
        validFrom: briefing.versions[0].validFrom,
        validUntil: null,
        url: '/rechtsaenderungen/fiktionsbescheinigung-elektronisch/',
      },
    ],
  );
  assert.ok((briefing.versions[0].legalBasis ?? []).length > 0);
  assert.ok(briefing.versions[0].validFrom! > DATE);
});

test('a version names its title and teams only where they differ from the document', async () => {
  const changed = {
    ...content,
    checklists: content.checklists.map((d) =>
      d.ref !== 'checklists/fiktionsbescheinigung'
        ? d
        : {
            ...d,
            versions: d.versions.map((v, i) =>
              i === 0 ? { ...v, data: { ...v.data, title: 'Fortgeltung bescheinigen', teams: ['allgemein', 'aufenthalt'] } } : v,
            ),
          },
    ),
  };
  const fik = ((await exported(changed)).documents as ExportedDocument[]).find((d) => d.reference === 'checklists/fiktionsbescheinigung')!;
  assert.equal(fik.versions[0].title, 'Fortgeltung bescheinigen');
  assert.deepEqual(fik.versions[0].teams, [content.teams.find((t) => t.id === 'allgemein')!.name, 'Aufenthalt']);
  assert.ok(!('title' in fik.versions[1]) && !('teams' in fik.versions[1]));
});

test('a client finds passages with plain lunr and answers with the version valid on the day asked', async () => {
  const suche = client(await exported());
  // Only version 2 mentions § 104c: nothing on a day of version 1.
  assert.deepEqual(
    suche('104c', '2025-06-01').filter((t) => t.referenz === 'checklists/fiktionsbescheinigung'),
    [],
  );
  const today = suche('104c', DATE).filter((t) => t.referenz === 'checklists/fiktionsbescheinigung');
  assert.deepEqual(
    today.map((t) => [t.fassung, t.url, t.ueberschrift]),
    [[2, '/checklisten/fiktionsbescheinigung/#antrag', 'Antrag']],
  );
  // The changed section: the text of the version valid on the day, with that version's URL.
  const earlier = suche('eingangsdatum', '2025-06-01').filter((t) => t.referenz === 'checklists/fiktionsbescheinigung');
  assert.deepEqual(
    earlier.map((t) => [t.fassung, t.url]),
    [[1, '/checklisten/fiktionsbescheinigung/v1/#antrag']],
  );
  assert.doesNotMatch(earlier[0].text, /104c/);
  // A section both versions share is one hit, addressed by the version of the day.
  const shared = (tag: string) =>
    suche('+fiktionsbescheinigung +ausstellen', tag).filter((t) => t.referenz === 'checklists/fiktionsbescheinigung' && t.ueberschrift === 'Bescheinigung');
  assert.deepEqual(
    shared('2025-06-01').map((t) => t.url),
    ['/checklisten/fiktionsbescheinigung/v1/#bescheinigung'],
  );
  assert.deepEqual(
    shared(DATE).map((t) => t.url),
    ['/checklisten/fiktionsbescheinigung/#bescheinigung'],
  );
  // The start of a document has no heading and the page URL without anchor.
  assert.ok(
    suche('fiktionsbescheinigung', DATE).some(
      (t) => t.ueberschrift === '' && t.url === '/checklisten/fiktionsbescheinigung/' && t.titel === 'Fiktionsbescheinigung ausstellen',
    ),
  );
});
