/**
 * Checks the repository's own seed content (checklists/, content/) as a whole: every cited
 * provision exists in the consolidated law text, briefings name https sources, every published
 * document is reachable in the built site, frontmatter is plausible and the seed set is large
 * enough to show the product. No wording is asserted, so editors can revise texts freely; the
 * fixture site (tests/fixtures/valid) carries the exact assertions.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findCitations, parseCitation, type Citation, type LawRef, type Provision } from '../../src/norms/parse.ts';
import { checkProvision, hasNormData } from '../../src/norms/norms.ts';
import { loadContent } from '../../src/model/load.ts';
import type { DocKind } from '../../src/model/types.ts';
import { docUrl, SECTION, versionUrl } from '../../src/site/urls.ts';
import { repo } from '../support/build-site.ts';
import { builtSite, sitePath } from '../support/reliability-sites.ts';

const BUILD_DATE = '2026-11-25';
const { content } = loadContent(repo, { includeDrafts: false });
const laws: LawRef[] = content.laws.map((law) => ({ abbr: law.abbr, slug: law.slug, unit: law.unit ?? '§' }));
const fileOf = (absPath: string) => relative(repo, absPath).split('\\').join('/');
const GLOSSARY = 'content/glossary.yaml';

/**
 * Paragraphs that are repealed ("weggefallen") in the consolidated text but cited on purpose:
 * old versions describe the law before the repeal, current texts say that the paragraph is gone.
 * A repealed paragraph cited anywhere else fails the test; an entry nobody uses fails it too.
 */
const REPEALED_ON_PURPOSE: { file: string; paragraph: string; why: string }[] = [
  // StAG § 12 (Ausnahmen von der Aufgabe der bisherigen Staatsangehörigkeit) wurde mit dem StARModG zum 27.06.2024 aufgehoben.
  { file: 'checklists/einbuergerung-antrag/v1.mdx', paragraph: '§ 12 StAG', why: 'Fassung ab 01.01.2023 beschreibt das Recht vor dem 27.06.2024' },
  {
    file: 'content/guidelines/einbuergerung-voraussetzungen/v1.mdx',
    paragraph: '§ 12 StAG',
    why: 'Fassung ab 01.01.2023 beschreibt das Recht vor dem 27.06.2024',
  },
  { file: 'checklists/einbuergerung-antrag/v2.mdx', paragraph: '§ 12 StAG', why: 'Änderungshinweis: Prüfschritte zu § 12 gestrichen' },
  { file: 'content/tracks/einbuergerung.mdx', paragraph: '§ 12 StAG', why: 'Quizerklärung: § 12 ist aufgehoben' },
  // AufenthG § 62d (Pflichtanwalt in Haftsachen) galt vom 27.02.2024 bis 31.05.2026.
  { file: 'checklists/ausreisepflicht-durchsetzen/v1.mdx', paragraph: '§ 62d AufenthG', why: 'Fassung ab 27.02.2024, als § 62d galt' },
  { file: 'checklists/ausreisepflicht-durchsetzen/v2.mdx', paragraph: '§ 62d AufenthG', why: 'sagt, dass § 62d aufgehoben ist' },
  { file: 'checklists/ausreisepflicht-durchsetzen/v3.mdx', paragraph: '§ 62d AufenthG', why: 'sagt, dass § 62d aufgehoben ist' },
  { file: 'content/guidelines/abschiebungshaft/v1.mdx', paragraph: '§ 62d AufenthG', why: 'Fassung ab 27.02.2024, als § 62d galt' },
  { file: 'content/guidelines/abschiebungshaft/v2.mdx', paragraph: '§ 62d AufenthG', why: 'sagt, dass § 62d aufgehoben ist' },
  { file: 'content/guidelines/dublin-ueberstellung/v2.mdx', paragraph: '§ 62d AufenthG', why: 'sagt, dass § 62d aufgehoben ist' },
  { file: 'content/briefings/rueckfuehrungsverbesserungsgesetz.mdx', paragraph: '§ 62d AufenthG', why: 'Rechtsänderung von 2024, die § 62d einführte' },
  { file: 'content/briefings/pflichtanwalt-abschiebungshaft-entfaellt.mdx', paragraph: '§ 62d AufenthG', why: 'Rechtsänderung über die Aufhebung von § 62d' },
];

interface Text {
  file: string;
  /** Where in the file, for messages: "legalBasis", "Text", "Quiz", a glossary term … */
  where: string;
  text: string;
  /** A legalBasis entry must be exactly one citation; running text may contain any number. */
  single: boolean;
}

/** Every piece of author text that can carry a citation, with the file it comes from. */
function citingTexts(): Text[] {
  const texts: Text[] = [];
  const push = (file: string, where: string, values: readonly string[] | undefined, single = false) => {
    for (const text of values ?? []) texts.push({ file, where, text, single });
  };
  for (const doc of [...content.checklists, ...content.guidelines]) {
    for (const v of doc.versions) {
      const file = fileOf(v.absPath);
      push(file, 'legalBasis', v.data.legalBasis, true);
      push(file, 'Text', [v.body, v.data.summary]);
      push(file, 'Änderungshinweis', v.data.changes);
    }
  }
  for (const b of content.briefings) {
    const file = fileOf(b.absPath);
    push(file, 'legalBasis', b.data.legalBasis, true);
    push(file, 'Text', [b.body, b.data.summary]);
    push(
      file,
      'Nachtrag',
      b.data.updates?.map((u) => u.note),
    );
  }
  for (const t of content.tracks) {
    const file = fileOf(t.absPath);
    push(file, 'Text', [t.body, t.data.summary]);
    for (const m of t.data.modules) {
      push(file, `Modul „${m.title}“`, m.tasks);
      push(
        file,
        `Quiz in „${m.title}“`,
        m.quiz?.flatMap((q) => [q.question, ...q.options, q.explanation]),
      );
    }
  }
  for (const entry of content.glossary) {
    push(GLOSSARY, `legalBasis von „${entry.term}“`, entry.legalBasis, true);
    push(GLOSSARY, `Definition von „${entry.term}“`, [entry.definition]);
  }
  return texts;
}

const paragraphOf = (p: Provision) => `${p.unit} ${p.paragraph} ${p.law}`;

describe('cited provisions', () => {
  const problems: string[] = [];
  const repealedUses = new Set<string>();
  let provisions = 0;
  for (const t of citingTexts()) {
    const citations: Citation[] = [];
    if (t.single) {
      const parsed = parseCitation(t.text, laws);
      if (!parsed.ok) {
        problems.push(`${t.file} (${t.where}): „${t.text}“ ist kein Zitat – ${parsed.problem}`);
        continue;
      }
      citations.push(parsed.citation);
    } else {
      citations.push(...findCitations(t.text, laws));
    }
    for (const c of citations) {
      for (const p of c.provisions) {
        if (!hasNormData(p.law)) continue;
        provisions += 1;
        const check = checkProvision(p);
        if (!check.ok) {
          problems.push(`${t.file} (${t.where}): „${c.raw}“ – ${check.problem}`);
        } else if (check.repealed) {
          const allowed = REPEALED_ON_PURPOSE.find((a) => a.file === t.file && a.paragraph === paragraphOf(p));
          if (allowed) repealedUses.add(`${allowed.file}|${allowed.paragraph}`);
          else
            problems.push(
              `${t.file} (${t.where}): „${c.raw}“ – ${paragraphOf(p)} ist im konsolidierten Text weggefallen; nur mit Eintrag in REPEALED_ON_PURPOSE zulässig`,
            );
        }
      }
    }
  }

  test('the seed content cites provisions of laws that are in the corpus', () => {
    assert.ok(provisions > 500, `nur ${provisions} Zitate geprüft – werden die Texte noch gefunden?`);
  });

  test('every cited paragraph exists in the consolidated law text, repealed ones only where allowed', () => {
    assert.deepEqual(problems, []);
  });

  test('every allowed repealed citation is still used', () => {
    const stale = REPEALED_ON_PURPOSE.filter((a) => !repealedUses.has(`${a.file}|${a.paragraph}`)).map((a) => `${a.file}: ${a.paragraph} (${a.why})`);
    assert.deepEqual(stale, [], 'REPEALED_ON_PURPOSE enthält Einträge, die kein Text mehr braucht');
  });
});

test('every briefing names at least one source with an https address', () => {
  for (const b of content.briefings) {
    const https = b.data.sources.filter((s) => {
      try {
        return new URL(s.url).protocol === 'https:';
      } catch {
        return false;
      }
    });
    assert.ok(https.length >= 1, `${fileOf(b.absPath)}: keine Quelle mit https-Adresse`);
  }
});

describe('frontmatter of every document', () => {
  const teamIds = new Set(content.teams.map((t) => t.id));
  const documents = [
    ...[...content.checklists, ...content.guidelines].flatMap((d) => d.versions.map((v) => ({ file: fileOf(v.absPath), data: v.data }))),
    ...content.briefings.map((b) => ({ file: fileOf(b.absPath), data: b.data })),
    ...content.tracks.map((t) => ({ file: fileOf(t.absPath), data: t.data })),
  ];

  test('names at least one team, and only teams from teams.yaml', () => {
    for (const d of documents) {
      assert.ok(d.data.teams.length >= 1, `${d.file}: keine Teams`);
      for (const team of d.data.teams) assert.ok(teamIds.has(team), `${d.file}: Team „${team}“ steht nicht in content/teams.yaml`);
    }
  });

  test('has an approver who is not the owner (four-eyes principle)', () => {
    for (const doc of [...content.checklists, ...content.guidelines]) {
      for (const v of doc.versions) {
        const file = fileOf(v.absPath);
        assert.ok(v.data.owner.trim() !== '', `${file}: owner fehlt`);
        assert.ok(v.data.approvedBy, `${file}: approvedBy fehlt`);
        assert.notEqual(v.data.approvedBy.trim(), v.data.owner.trim(), `${file}: owner und approvedBy sind dieselbe Stelle`);
      }
    }
  });

  test('is due for review only after it took effect', () => {
    for (const doc of [...content.checklists, ...content.guidelines]) {
      for (const v of doc.versions) {
        assert.ok(v.data.reviewDue > v.data.validFrom, `${fileOf(v.absPath)}: reviewDue ${v.data.reviewDue} liegt nicht nach validFrom ${v.data.validFrom}`);
      }
    }
  });
});

describe('size of the seed set', () => {
  test('has at least 12 checklists, at least 5 of them with two or more versions', () => {
    assert.ok(content.checklists.length >= 12, `${content.checklists.length} Checklisten`);
    const versioned = content.checklists.filter((d) => d.versions.length >= 2);
    assert.ok(versioned.length >= 5, `nur ${versioned.length} Checklisten mit mehreren Fassungen`);
  });

  test('has at least 15 guidelines', () => {
    assert.ok(content.guidelines.length >= 15, `${content.guidelines.length} Leitfäden`);
  });

  test('has at least 12 briefings, at least one of them announced after the build date', () => {
    assert.ok(content.briefings.length >= 12, `${content.briefings.length} Rechtsänderungen`);
    const announced = content.briefings.filter((b) => b.data.effective > BUILD_DATE);
    assert.ok(announced.length >= 1, `keine Rechtsänderung mit effective nach ${BUILD_DATE}`);
  });

  test('has the basics track and one track per team, each of four to eight weeks with at least six quiz questions', () => {
    const slugs = content.tracks.map((t) => fileOf(t.absPath).replace(/^.*\/(.+)\.mdx$/, '$1')).sort();
    assert.deepEqual(slugs, ['aufenthalt', 'einbuergerung', 'fachkraefteeinwanderung', 'grundlagen', 'rueckkehrmanagement']);
    for (const t of content.tracks) {
      const file = fileOf(t.absPath);
      assert.ok(t.data.weeks >= 4 && t.data.weeks <= 8, `${file}: ${t.data.weeks} Wochen`);
      const questions = t.data.modules.reduce((sum, m) => sum + (m.quiz?.length ?? 0), 0);
      assert.ok(questions >= 6, `${file}: nur ${questions} Quizfragen`);
    }
  });

  test('has a glossary of at least 80 entries that gives both meanings of ZAB', () => {
    assert.ok(content.glossary.length >= 80, `${GLOSSARY}: ${content.glossary.length} Einträge`);
    const zab = content.glossary.filter((e) => e.abbr?.includes('ZAB')).map((e) => e.term);
    assert.ok(
      zab.some((term) => /Bildungswesen/.test(term)),
      `${GLOSSARY}: ZAB als Zentralstelle für ausländisches Bildungswesen fehlt`,
    );
    assert.ok(
      zab.some((term) => /Zentrale Ausländerbehörde/.test(term)),
      `${GLOSSARY}: ZAB als Zentrale Ausländerbehörde fehlt`,
    );
  });
});

/** Internal page links (`href="/…/"`) of one built page, without fragment and query. */
function pageLinks(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/\shref="([^"]*)"/g)) {
    const href = match[1].replaceAll('&amp;', '&').split('#')[0].split('?')[0];
    if (href.startsWith('/') && !href.startsWith('//') && href.endsWith('/')) links.push(decodeURI(href));
  }
  return links;
}

/** Pages reachable from `starts` by following internal links through the built HTML. */
function crawl(dist: string, starts: string[]): Set<string> {
  const reached = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const url = queue.pop() as string;
    if (reached.has(url)) continue;
    const file = join(dist, url, 'index.html');
    if (!existsSync(file)) continue;
    reached.add(url);
    for (const link of pageLinks(readFileSync(file, 'utf8'))) if (!reached.has(link)) queue.push(link);
  }
  return reached;
}

describe('the built seed site', () => {
  const dist = sitePath('seed');
  let reached = new Set<string>();

  before(() => {
    assert.equal(builtSite('seed'), dist);
    // The home page and the navigation: the section indexes and the glossary.
    reached = crawl(dist, ['/', ...Object.values(SECTION).map((s) => s.path), '/glossar/']);
  });

  test('links every published checklist, guideline, briefing and track from the home page or navigation', () => {
    const documents: { ref: string; kind: DocKind; slug: string }[] = [...content.checklists, ...content.guidelines, ...content.briefings, ...content.tracks];
    assert.ok(reached.size > documents.length, `nur ${reached.size} Seiten erreicht`);
    const missing = documents.filter((d) => !reached.has(docUrl(d.kind, d.slug))).map((d) => `${d.ref} (${docUrl(d.kind, d.slug)})`);
    assert.deepEqual(missing, [], 'nicht über Startseite, Navigation oder Einarbeitungspfade erreichbar');
  });

  test('links every version of a checklist or guideline', () => {
    const missing = [...content.checklists, ...content.guidelines]
      .flatMap((d) => d.versions.map((v) => ({ file: fileOf(v.absPath), url: versionUrl(d.kind, d.slug, v.version) })))
      .filter((v) => !reached.has(v.url))
      .map((v) => `${v.file} (${v.url})`);
    assert.deepEqual(missing, [], 'Fassungen ohne Link');
  });
});
