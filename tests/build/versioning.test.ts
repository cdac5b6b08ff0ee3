/**
 * Versioned documents in the built site, for the fixture set (including the real successive
 * texts of § 10 StAG, an announced version and one that starts a few days after the build):
 * with BUILD_DATE fixed, every version page, the history, /api/dokumente.json, /api/stand.json
 * and every comparison agree with the validity rule of CONTENT-MODEL.md. Two builds, on two
 * reference dates, show that the pages follow the date and not the file order.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, repo } from '../support/build-site.ts';
import { validateContent } from '../../src/model/validate.ts';
import { validityOf, validityText, versionIndexOn, STATUS_LABEL } from '../../src/model/validity.ts';
import { compareUrl, docUrl, versionUrl } from '../../src/site/urls.ts';
import { validityNotices } from '../../src/versioning/notices.ts';
import type { VersionedDoc } from '../../src/model/types.ts';

const FIXTURE = join(repo, 'tests/fixtures/valid');
const { content } = validateContent(FIXTURE, { includeDrafts: false, strict: false, skipBodies: true });
const docs: VersionedDoc[] = [...content.checklists, ...content.guidelines];
const froms = (doc: VersionedDoc) => doc.versions.map((v) => v.data.validFrom);

function site(date: string) {
  const dist = join(repo, '.lotse', 'test-build', `versioning-${date}`);
  const read = (url: string) => readFileSync(join(dist, url, url.endsWith('.json') ? '' : 'index.html'), 'utf8');
  return { dist, date, read };
}

/** The status line of the version a page shows: `data-vstatus` index, badge and validity text. */
function shownValidity(html: string) {
  const m =
    /<p class="validity-line" data-vstatus="(\d+)">\s*<span class="badge badge-(\w+)" data-status-badge="(\w+)">([^<]*)<\/span>\s*<span data-validity-text>([^<]*)<\/span>/.exec(
      html,
    );
  assert.ok(m, 'Statuszeile fehlt');
  return { index: Number(m[1]), status: m[3], label: m[4], text: m[5] };
}

const notices = (html: string) => [...html.matchAll(/data-notice="([\w-]+)"/g)].map((m) => m[1]).filter((id) => id !== 'affected-by' && id !== 'draft');

test('the fixture set has what the rule must be tested against: superseded, current, announced and a version starting after the build', () => {
  const stag = docs.find((d) => d.ref === 'checklists/einbuergerung-zehn-stag')!;
  assert.deepEqual(froms(stag), ['2023-01-01', '2024-06-27', '2025-10-30', '2026-12-01', '2027-03-01']);
  assert.deepEqual(
    stag.versions.map((_, i) => validityOf(froms(stag), i, '2026-11-25').status),
    ['superseded', 'superseded', 'current', 'announced', 'announced'],
  );
});

for (const date of ['2026-11-25', '2024-07-01']) {
  describe(`built with BUILD_DATE=${date}`, () => {
    const s = site(date);
    before(() => {
      const result = buildSite({ content: FIXTURE, out: s.dist, date });
      assert.equal(result.status, 0, result.output);
    });

    test('every version page states the status and validity in words that the rule gives for the build date', () => {
      for (const doc of docs) {
        doc.versions.forEach((v, i) => {
          const expected = validityOf(froms(doc), i, date);
          const shown = shownValidity(s.read(versionUrl(doc.kind, doc.slug, v.version)));
          assert.deepEqual(
            shown,
            { index: i, status: expected.status, label: STATUS_LABEL[expected.status], text: validityText(expected) },
            `${doc.ref}@v${v.version}`,
          );
        });
      }
    });

    test('the document page shows the version that applies on the build date', () => {
      for (const doc of docs) {
        const index = Math.max(versionIndexOn(froms(doc), date), 0);
        const html = s.read(docUrl(doc.kind, doc.slug));
        assert.match(html, new RegExp(`data-doc="${doc.ref}" data-version="${doc.versions[index]!.version}"`), doc.ref);
      }
    });

    test('the URL of the version shown on the document page serves the same page, stored once', () => {
      for (const doc of docs) {
        const version = doc.versions[Math.max(versionIndexOn(froms(doc), date), 0)]!.version;
        const page = join(s.dist, docUrl(doc.kind, doc.slug), 'index.html');
        const copy = join(s.dist, versionUrl(doc.kind, doc.slug, version), 'index.html');
        assert.equal(readFileSync(copy, 'utf8'), readFileSync(page, 'utf8'), doc.ref);
        assert.equal(statSync(copy).ino, statSync(page).ino, `${doc.ref}: v${version} is a hard link to the document page`);
      }
    });

    test('superseded versions carry the notice with a link to the current one, announced ones say when they start', () => {
      for (const doc of docs) {
        const current = Math.max(versionIndexOn(froms(doc), date), 0);
        doc.versions.forEach((v, i) => {
          const html = s.read(versionUrl(doc.kind, doc.slug, v.version));
          const status = validityOf(froms(doc), i, date).status;
          const ids = notices(html);
          if (status === 'superseded') {
            assert.ok(ids.includes('superseded'), `${doc.ref}@v${v.version}: ${ids}`);
            assert.match(html, new RegExp(`<a href="${docUrl(doc.kind, doc.slug)}">die aktuelle Fassung v${doc.versions[current]!.version}</a>`));
          } else assert.ok(!ids.includes('superseded'), `${doc.ref}@v${v.version}`);
          if (status === 'announced')
            assert.ok(html.includes(`Angekündigte Fassung: gilt erst ab ${v.data.validFrom.split('-').reverse().join('.')}.`), `${doc.ref}@v${v.version}`);
          const laterAnnounced = doc.versions.some((w) => w.data.validFrom > date);
          assert.equal(ids.includes('announced-next'), status === 'current' && laterAnnounced, `${doc.ref}@v${v.version}: ${ids}`);
        });
      }
    });

    test('every page lists all versions in its history, each row with the status the rule gives', () => {
      for (const doc of docs) {
        const html = s.read(docUrl(doc.kind, doc.slug));
        const rows = [
          ...html.matchAll(/<tr[^>]*data-history-row="(\d+)">[\s\S]*?data-vstatus="(\d+)"><span class="badge badge-\w+" data-status-badge="(\w+)">/g),
        ];
        assert.deepEqual(
          rows.map((r) => Number(r[1])),
          doc.versions.map((v) => v.version).reverse(),
          doc.ref,
        );
        for (const r of rows) assert.equal(r[3], validityOf(froms(doc), Number(r[2]), date).status);
      }
    });

    test('/api/dokumente.json states validFrom, validUntil (null while open) and status as of the build date for every version', () => {
      const json = JSON.parse(s.read('/api/dokumente.json'));
      assert.equal(json.generated, date);
      for (const doc of docs) {
        const entry = json.documents.find((d: { reference: string }) => d.reference === doc.ref);
        assert.ok(entry, doc.ref);
        for (const key of ['reference', 'type', 'title', 'summary', 'teams', 'legalBasis', 'url', 'versions']) assert.ok(key in entry, `${doc.ref}: ${key}`);
        const current = doc.versions[Math.max(versionIndexOn(froms(doc), date), 0)]!;
        assert.equal(entry.type, doc.kind);
        assert.equal(entry.url, docUrl(doc.kind, doc.slug));
        assert.equal(entry.title, current.data.title);
        assert.equal(entry.summary, current.data.summary);
        assert.deepEqual(
          entry.versions.map((v: Record<string, unknown>) => ({
            version: v.version,
            validFrom: v.validFrom,
            validUntil: v.validUntil,
            status: v.status,
            url: v.url,
          })),
          doc.versions.map((v, i) => {
            const expected = validityOf(froms(doc), i, date);
            return {
              version: v.version,
              validFrom: expected.validFrom,
              validUntil: expected.validUntil,
              status: expected.status,
              url: versionUrl(doc.kind, doc.slug, v.version),
            };
          }),
        );
        assert.equal(entry.versions.at(-1).validUntil, null);
        for (const v of entry.versions) assert.doesNotMatch(v.text, /^#|\[ \]|\*\*/m, `${doc.ref}@v${v.version}: text ist kein Klartext`);
      }
    });

    test("/api/stand.json has one short entry per document with every version's start day, and /stand/ inlines none of it", () => {
      const json = JSON.parse(s.read('/api/stand.json'));
      assert.deepEqual(
        json.documents.map((d: { ref: string; versions: unknown }) => [d.ref, d.versions]),
        docs.map((doc) => [doc.ref, doc.versions.map((v) => [v.version, v.data.validFrom])]),
      );
      const stand = s.read('/stand/');
      for (const doc of docs) {
        assert.ok(!stand.includes(doc.ref), `/stand/ enthält ${doc.ref}`);
        for (const v of doc.versions) assert.ok(!stand.includes(v.data.title), `/stand/ enthält „${v.data.title}“`);
      }
      assert.match(stand, /data-stand-src="\/api\/stand\.json"/);
    });

    test('every pair of versions has a comparison page whose two sides show the status of the rule', () => {
      for (const doc of docs) {
        doc.versions.forEach((a, i) =>
          doc.versions.slice(i + 1).forEach((b, k) => {
            const html = s.read(compareUrl(doc.kind, doc.slug, a.version, b.version));
            const sides = [
              ...html.matchAll(
                /<p data-vstatus="(\d+)"><span class="badge badge-\w+" data-status-badge="(\w+)">[^<]*<\/span> <span data-validity-text>([^<]*)</g,
              ),
            ];
            const expected = [i, i + 1 + k].map((n) => validityOf(froms(doc), n, date));
            assert.deepEqual(
              sides.map((m) => [Number(m[1]), m[2], m[3]]),
              [
                [i, expected[0]!.status, validityText(expected[0]!)],
                [i + 1 + k, expected[1]!.status, validityText(expected[1]!)],
              ],
              `${doc.ref} v${a.version}-v${b.version}`,
            );
          }),
        );
        if (doc.versions.length > 1) assert.ok(existsSync(join(s.dist, docUrl(doc.kind, doc.slug), 'vergleich', 'index.html')));
      }
    });
  });
}

describe('content of the pages (BUILD_DATE=2026-11-25)', () => {
  const s = site('2026-11-25');
  before(() => {
    // Built above already, unless only this group runs (--test-name-pattern).
    if (existsSync(join(s.dist, 'index.html'))) return;
    const result = buildSite({ content: FIXTURE, out: s.dist, date: s.date });
    assert.equal(result.status, 0, result.output);
  });
  const stag = (path = '') => s.read(`/checklisten/einbuergerung-zehn-stag/${path}`);

  test('§ 10 StAG v1 (eight years) is superseded, states its period and links to v3 and to the comparison', () => {
    const html = stag('v1/');
    assert.match(html, /<span data-validity-text>gültig vom 01\.01\.2023 bis 26\.06\.2024<\/span>/);
    assert.match(html, /Sie galt vom 01\.01\.2023 bis 26\.06\.2024\./);
    assert.match(html, /<a href="\/checklisten\/einbuergerung-zehn-stag\/vergleich\/v1-v3\/">Änderungen von v1 zu v3<\/a>/);
  });

  test('the current version (v3) ends the day before v4 starts and shows both announced versions beside it', () => {
    const html = stag();
    assert.match(html, /<span data-validity-text>gültig vom 30\.10\.2025 bis 30\.11\.2026<\/span>/);
    assert.match(html, /<a href="\/checklisten\/einbuergerung-zehn-stag\/v4\/">v4 gilt ab 01\.12\.2026<\/a>: Hinweis zum Nachweis der Identität ergänzt/);
    assert.match(html, /<a href="\/checklisten\/einbuergerung-zehn-stag\/v5\/">v5 gilt ab 01\.03\.2027<\/a>/);
  });

  test('the last, announced version says "gilt ab … — angekündigt" and points to what applies until then', () => {
    const html = stag('v5/');
    assert.match(html, /<span data-validity-text>gilt ab 01\.03\.2027 — angekündigt<\/span>/);
    assert.match(html, /Bis dahin gilt <a href="\/checklisten\/einbuergerung-zehn-stag\/">Fassung v3<\/a>/);
  });

  test('the history shows change notes, major/minor, approver, the briefing and the link to the previous comparison', () => {
    const html = stag();
    const row = (n: number) => new RegExp(`data-history-row="${n}">([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
    assert.match(row(2), /Mindestaufenthalt von acht auf fünf Jahre verkürzt/);
    assert.match(row(2), /<a href="\/checklisten\/einbuergerung-zehn-stag\/vergleich\/v1-v2\/">Änderungen gegenüber v1<\/a>/);
    assert.match(row(2), /<a href="\/rechtsaenderungen\/staatsangehoerigkeitsrecht-modernisierung\/">Modernisierung des Staatsangehörigkeitsrechts<\/a>/);
    assert.match(row(2), /<td>inhaltlich<\/td>\s*<td>Abteilungsleitung<\/td>/);
    assert.match(row(4), /<td>redaktionell<\/td>/);
    assert.match(row(1), /Erste Fassung/);
  });

  test('the checklist comparison v1→v2 marks items per section with text labels and ins/del words', () => {
    const html = stag('vergleich/v1-v2/');
    assert.match(html, /2 Punkte neu, 3 entfernt, 5 geändert; 5 unverändert\./);
    assert.match(
      html,
      /seit <del><span class="visually-hidden">\[gestrichen: <\/span>acht<span class="visually-hidden">\]<\/span><\/del><ins><span class="visually-hidden">\[eingefügt: <\/span>fünf<span class="visually-hidden">\]<\/span><\/ins> Jahren/,
    );
    assert.match(html, /<span class="diff-label">Neu<\/span>\s*<ins>Bekenntnis zur besonderen historischen Verantwortung/);
    assert.match(html, /<span class="diff-label">Entfernt<\/span>\s*<del>Bisherige Staatsangehörigkeit wird aufgegeben/);
    assert.match(html, /Ausschlussgründe<span class="meta"> – Abschnitt neu<\/span>/);
    assert.equal([...html.matchAll(/data-diff-item="(\w+)"/g)].length, 15);
  });

  test('the guideline comparison shows the wording of § 10 Abs. 1 Satz 1 StAG word by word, a citation as one token', () => {
    const html = s.read('/leitfaeden/einbuergerung-zehn-stag-wortlaut/vergleich/v1-v2/');
    assert.match(
      html,
      /der seit <del><span class="visually-hidden">\[gestrichen: <\/span>acht<span class="visually-hidden">\]<\/span><\/del><ins><span class="visually-hidden">\[eingefügt: <\/span>fünf/,
    );
    assert.match(
      html,
      /handlungsfähig nach <del><span class="visually-hidden">\[gestrichen: <\/span>§\u00a037 Absatz 1 Satz 1<span class="visually-hidden">\]<\/span><\/del><ins><span class="visually-hidden">\[eingefügt: <\/span>§\u00a034 Satz 1<span class="visually-hidden">\]<\/span><\/ins> oder/,
    );
  });

  test('a document page loads at most 15 KB of compressed JavaScript (all modules it imports)', () => {
    for (const url of [
      '/checklisten/einbuergerung-zehn-stag/',
      '/leitfaeden/einbuergerung-zehn-stag-wortlaut/v1/',
      '/checklisten/einbuergerung-zehn-stag/vergleich/v1-v2/',
    ]) {
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const code = readFileSync(join(s.dist, file), 'utf8');
        for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) visit(`/_astro/${m[1]}`);
      };
      for (const m of s.read(url).matchAll(/<script type="module" src="([^"]+)"/g)) visit(m[1]!);
      const bytes = [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(join(s.dist, file))).length, 0);
      assert.ok(seen.size > 0);
      assert.ok(bytes <= 15 * 1024, `${url}: ${bytes} Bytes JS (gzip)`);
    }
  });

  test('the notices on the pages are exactly the ones the shared notice rule gives (the browser re-renders with the same rule)', () => {
    for (const doc of docs) {
      doc.versions.forEach((v) => {
        const html = s.read(versionUrl(doc.kind, doc.slug, v.version));
        const data = JSON.parse(/data-validity="([^"]+)"/.exec(html)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
        assert.deepEqual(
          notices(html).filter((id) => id !== 'unapproved'),
          validityNotices(data, s.date, s.date).map((n) => n.id),
          `${doc.ref}@v${v.version}`,
        );
      });
    }
  });
});
