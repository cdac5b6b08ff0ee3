/**
 * Briefings, "Anpassung ausstehend", Normen-Register, glossary and the Markdown transforms in the
 * built fixture site, with fixed build dates: 2026-11-25 (the e2e date) and 2027-02-10, when the
 * announced briefing "fiktionsbescheinigung-elektronisch" (effective 2027-03-01) is within 30
 * days and its checklist has no implementing version.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, repo } from '../support/build-site.ts';
import { builtSite, sitePath } from '../support/reliability-sites.ts';

const out = join(repo, '.lotse', 'test-build', 'briefings');
// 2026-11-25 is the date of the shared fixture build (tests/support/reliability-sites.ts).
const dist = sitePath('fixture');
const later = join(out, '2027-02-10');
const read = (root: string, path: string) => readFileSync(join(root, path, path.endsWith('.json') ? '' : 'index.html'), 'utf8');
const page = (path: string) => read(dist, path);
const main = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
/** The inner HTML of the first element that carries `attr` (matching tags by name, nesting-aware). */
function element(html: string, attr: string): string {
  const start = html.search(new RegExp(`<(\\w+)[^>]*${attr}`));
  assert.notEqual(start, -1, `kein Element mit ${attr}`);
  const tag = /^<(\w+)/.exec(html.slice(start))?.[1] as string;
  const re = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  re.lastIndex = start + 1;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return html.slice(start);
}
/** Visible text: cells and blocks separated by a space, inline tags removed. */
const text = (html: string) =>
  html
    .replace(/<\/?(td|th|tr|p|li|dt|dd|div)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

before(() => {
  builtSite('fixture');
  const result = buildSite({ content: join(repo, 'tests/fixtures/valid'), out: later, date: '2027-02-10' });
  assert.equal(result.status, 0, result.output);
});

describe('the timeline /rechtsaenderungen/', () => {
  test('announced changes come first with a countdown in days', () => {
    const announced = element(page('rechtsaenderungen'), 'data-timeline-section');
    assert.match(announced, /id="angekuendigt"/);
    const item = element(announced, 'data-briefing="fiktionsbescheinigung-elektronisch"');
    assert.match(item, /<span class="countdown" data-countdown="2027-03-01">noch 96\u00a0Tage<\/span>/);
    assert.match(item, /data-state="announced"/);
  });

  test('changes in force follow, newest effective day first', () => {
    const html = page('rechtsaenderungen');
    const inForce = html.slice(html.indexOf('id="in-kraft"'));
    const days = [...inForce.matchAll(/in Kraft seit <time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]);
    assert.ok(days.length >= 3, String(days));
    assert.deepEqual(days, [...days].sort().reverse());
    assert.ok(inForce.indexOf('einbuergerung-sprachnachweis-digital') < inForce.indexOf('chancen-aufenthaltsrecht-endet'));
  });

  test('every item carries its teams, laws and status for the filters, which offer all three', () => {
    const html = page('rechtsaenderungen');
    const items = [...html.matchAll(/<li data-briefing="[^"]+" data-state="[^"]+" data-teams="([^"]*)" data-laws="([^"]*)"/g)];
    assert.ok(items.length >= 4);
    for (const [, teams] of items) assert.notEqual(teams, '');
    assert.match(
      html,
      /data-briefing="fiktionsbescheinigung-elektronisch" data-state="announced" data-teams="aufenthalt rueckkehr" data-laws="AufenthG\|AufenthV"/,
    );
    const form = element(html, 'data-briefing-filter');
    assert.match(form, /hidden/);
    assert.match(form, /<select [^>]*id="filter-team" name="team"[\s\S]*<option value="einbuergerung">Einbürgerung<\/option>/);
    assert.match(form, /<select [^>]*id="filter-law" name="gesetz"[\s\S]*<option value="AufenthV">AufenthV – Aufenthaltsverordnung<\/option>/);
    assert.match(form, /<select [^>]*id="filter-status" name="status"[\s\S]*<option value="abgeloest" data-state="superseded">abgelöst<\/option>/);
  });

  test('the yearly archive holds every change of its year, with the same filters', () => {
    const html = main(page('rechtsaenderungen/archiv/2026'));
    assert.match(html, /<h1>Rechtsänderungen 2026<\/h1>/);
    for (const slug of ['einbuergerung-sprachnachweis-digital', 'chancen-aufenthaltsrecht-endet']) assert.match(html, new RegExp(`data-briefing="${slug}"`));
    assert.doesNotMatch(html, /data-briefing="fiktionsbescheinigung-elektronisch"/);
    assert.match(html, /data-briefing-filter/);
    assert.match(main(page('rechtsaenderungen/archiv/2024')), /data-briefing="staatsangehoerigkeitsrecht-modernisierung"/);
  });

  test('a briefing with a pending adaptation says so in the timeline', () => {
    const item = element(page('rechtsaenderungen'), 'data-briefing="einbuergerung-sprachnachweis-digital"');
    assert.match(item, /Anpassung ausstehend: 1 Dokument/);
    assert.doesNotMatch(element(page('rechtsaenderungen'), 'data-briefing="chancen-aufenthaltsrecht-endet"'), /Anpassung ausstehend/);
  });
});

describe('a briefing page', () => {
  test('shows published and effective day, status, the changed provisions linked, sources and corrections', () => {
    const html = main(page('rechtsaenderungen/einbuergerung-sprachnachweis-digital'));
    assert.match(html, /<dt>Veröffentlicht<\/dt><dd><time datetime="2026-10-15">15\.10\.2026<\/time>/);
    assert.match(html, /<dt>Wirksam ab<\/dt><dd><time datetime="2026-11-01">01\.11\.2026<\/time>/);
    assert.match(html, /<dt>Status<\/dt><dd>in Kraft<\/dd>/);
    const provisions = element(html, 'class="norm-list"');
    assert.match(
      provisions,
      /<a class="norm" href="https:\/\/www\.gesetze-im-internet\.de\/stag\/__10\.html"[^>]*>§\u00a010 Abs\.\u00a01 Satz 1 Nr\.\u00a06 StAG<\/a>/,
    );
    assert.match(provisions, /href="\/normen\/stag\/10\/"/);
    assert.match(html, /<h2 id="quellen">Quellen<\/h2>[\s\S]*Anwendungshinweise zum StAG/);
    assert.match(html, /<time datetime="2026-10-20">20\.10\.2026<\/time>: Übergangsregel/);
  });

  test('an affected document without an implementing version is "Anpassung ausstehend"', () => {
    const html = main(page('rechtsaenderungen/einbuergerung-sprachnachweis-digital'));
    assert.match(element(html, 'data-notice="pending-adaptation"'), /Anpassung ausstehend:.*Voraussetzungen der Anspruchseinbürgerung/);
    const row = element(html, 'data-affected="guidelines/einbuergerung-voraussetzungen"');
    assert.match(row, /data-pending="true"/);
    assert.match(text(row), /Anpassung ausstehend Noch keine Fassung, die ab 01\.11\.2026 gilt/);
  });

  test('an affected document with an implementing version links that version', () => {
    const row = element(page('rechtsaenderungen/chancen-aufenthaltsrecht-endet'), 'data-affected="checklists/fiktionsbescheinigung"');
    assert.match(row, /umgesetzt in <a href="\/checklisten\/fiktionsbescheinigung\/v2\/">Fassung v2<\/a>, gilt ab <time datetime="2026-01-01">/);
    assert.doesNotMatch(row, /data-pending/);
  });

  test('an announced briefing whose adaptation is not yet due is open, not pending', () => {
    const html = main(page('rechtsaenderungen/fiktionsbescheinigung-elektronisch'));
    assert.doesNotMatch(html, /data-notice="pending-adaptation"/);
    assert.match(text(element(html, 'data-affected="checklists/fiktionsbescheinigung"')), /Anpassung offen/);
    assert.match(html, /badge-announced">angekündigt/);
  });
});

describe('affected documents say so ("Betroffen von")', () => {
  test('a guideline names the briefing with its effective day and the pending adaptation', () => {
    const notice = element(page('leitfaeden/einbuergerung-voraussetzungen'), 'data-notice="affected-by"');
    assert.match(notice, /notice-bad/);
    const line = text(element(notice, 'data-affected-by="einbuergerung-sprachnachweis-digital"'));
    assert.equal(
      line,
      'Betroffen von: Sprachnachweise für die Einbürgerung digital prüfen (wirksam ab 01.11.2026) – Anpassung ausstehend Noch keine Fassung, die ab 01.11.2026 gilt.',
    );
    assert.match(
      text(element(notice, 'data-affected-by="staatsangehoerigkeitsrecht-modernisierung"')),
      /\(wirksam ab 27\.06\.2024\) – diese Fassung setzt die Änderung um\./,
    );
  });

  test('an older version points to the version that implemented the change', () => {
    const notice = element(page('leitfaeden/einbuergerung-voraussetzungen/v1'), 'data-notice="affected-by"');
    assert.match(notice, /umgesetzt in <a href="\/leitfaeden\/einbuergerung-voraussetzungen\/v2\/">Fassung v2<\/a>/);
  });

  test('a checklist affected by an announced change is told without alarm until 30 days before', () => {
    const notice = element(page('checklisten/fiktionsbescheinigung'), 'data-notice="affected-by"');
    assert.match(notice, /notice-info/);
    assert.match(
      text(element(notice, 'data-affected-by="fiktionsbescheinigung-elektronisch"')),
      /\(wirksam ab 01\.03\.2027\) – eine angepasste Fassung ist noch nicht veröffentlicht\./,
    );
  });

  test('within 30 days of the effective day both pages say "Anpassung ausstehend" (build date 2027-02-10)', () => {
    const doc = element(read(later, 'checklisten/fiktionsbescheinigung'), 'data-notice="affected-by"');
    assert.match(element(doc, 'data-affected-by="fiktionsbescheinigung-elektronisch"'), /data-pending="true"[\s\S]*Anpassung ausstehend/);
    const briefing = main(read(later, 'rechtsaenderungen/fiktionsbescheinigung-elektronisch'));
    assert.match(briefing, /data-notice="pending-adaptation"/);
    assert.match(briefing, /<span class="countdown" data-countdown="2027-03-01">noch 19\u00a0Tage<\/span>/);
  });
});

describe('the Normen-Register', () => {
  test('the index lists each cited law once and no document titles', () => {
    const html = main(page('normen'));
    for (const law of ['AufenthG', 'AufenthV', 'StAG'])
      assert.match(html, new RegExp(`<tr data-law="${law}"><th scope="row"><a href="/normen/${law.toLowerCase()}/">`));
    assert.doesNotMatch(html, /Fiktionsbescheinigung ausstellen/);
  });

  test('a paragraph page answers "which documents depend on § 81 AufenthG?" with heading and official link', () => {
    const html = main(page('normen/aufenthg/81'));
    assert.match(html, /<h1>§\u00a081 AufenthG<span class="lead-inline">Beantragung des Aufenthaltstitels<\/span><\/h1>/);
    assert.match(html, /href="https:\/\/www\.gesetze-im-internet\.de\/aufenthg_2004\/__81\.html"/);
    const docs = element(html, 'data-citers="dokumente"');
    assert.match(
      text(element(docs, 'data-citer="checklists/fiktionsbescheinigung"')),
      /Fiktionsbescheinigung ausstellen Checkliste § 81 Abs\. 4 Satz 1 AufenthG; § 81 Abs\. 5 AufenthG als Rechtsgrundlage und im Text/,
    );
    assert.match(text(element(docs, 'data-citer="glossar/Fiktionsbescheinigung"')), /Glossar § 81 Abs\. 5 AufenthG im Text/);
    assert.match(element(html, 'data-citers="rechtsaenderungen"'), /data-citer="briefings\/fiktionsbescheinigung-elektronisch"/);
  });

  test('law pages list every cited paragraph in order and at most five documents each', () => {
    const html = main(page('normen/stag'));
    const blocks = [...html.matchAll(/<section class="paragraph-block"[\s\S]*?<\/section>/g)].map((m) => m[0]);
    assert.ok(blocks.length >= 2);
    const numbers = blocks.map((b) => Number(/data-paragraph="§ (\d+)/.exec(b)?.[1]));
    assert.deepEqual(
      numbers,
      [...numbers].sort((a, b) => a - b),
    );
    for (const block of blocks) {
      const shown = (block.match(/<li data-citer=/g) ?? []).length;
      const total = Number(/(\d+) Dokumente?/.exec(text(block))?.[1]);
      assert.ok(shown <= 5 && shown === Math.min(total, 5), block);
      if (total > 5) assert.match(block, /Alle \d+ Dokumente zu/);
    }
    assert.ok(existsSync(join(dist, 'normen/aufenthv/58/index.html')));
    assert.match(page('normen/aufenthv/58'), /Vordruckmuster/);
  });
});

describe('the glossary: overview /glossar/ and a page per letter', () => {
  const overview = () => main(page('glossar'));
  /** One dt/dd pair on a letter page, found by the dt's id. */
  const entry = (letter: string, id: string) => {
    const all = main(page(`glossar/${letter}`));
    const start = all.indexOf(`<dt id="${id}"`);
    assert.notEqual(start, -1, `kein Eintrag ${id} auf /glossar/${letter}/`);
    return all.slice(start, all.indexOf('</dd>', start) + 5);
  };
  /** Follows an address /glossar/<letter>/#<id>: the page exists and has an entry with that id. */
  const reaches = (url: string) => {
    const m = /^\/glossar\/([a-z]+)\/#(.+)$/.exec(url);
    assert.ok(m, `keine Adresse einer Buchstabenseite: ${url}`);
    assert.ok(existsSync(join(dist, 'glossar', m[1]!, 'index.html')), `${url}: Seite fehlt`);
    assert.match(page(`glossar/${m[1]}`), new RegExp(`<dt id="${m[2]}"`), url);
  };

  test('the letter bar links to a page for every letter that has entries, which marks its own letter', () => {
    const bar = element(overview(), 'class="jump-bar glossary-letters"');
    const targets = [...bar.matchAll(/href="(\/glossar\/[a-z]+\/)"/g)].map((m) => m[1]!);
    assert.deepEqual(targets, ['/glossar/a/', '/glossar/f/', '/glossar/z/']);
    for (const url of targets) {
      const html = page(url.slice(1, -1));
      assert.match(html, new RegExp(`<h1>Glossar: ${url.at(-2)!.toUpperCase()}</h1>`));
      assert.match(
        element(html, 'class="jump-bar glossary-letters"'),
        new RegExp(`<span aria-current="page"><span class="visually-hidden">Buchstabe </span>${url.at(-2)!.toUpperCase()}</span>`),
      );
    }
  });

  test('every term and abbreviation is on the overview under its old id and links to its definition', () => {
    const terms = ['Aufenthaltserlaubnis', 'Fiktionsbescheinigung', 'Zentrale Ausländerbehörde', 'Zentralstelle für ausländisches Bildungswesen'];
    const lines = [...overview().matchAll(/<li id="([a-z0-9-]+)"><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ id: m[1]!, url: m[2]!, label: m[3]! }));
    for (const term of terms) {
      const line = lines.find((l) => l.label === term);
      assert.ok(line, `${term} fehlt in der Übersicht`);
      assert.equal(line.url, `/glossar/${term[0]!.toLowerCase()}/#${line.id}`);
      reaches(line.url);
    }
    for (const abbr of ['AE', 'FiktB', 'ZAB'])
      assert.ok(
        lines.some((l) => l.label === abbr && l.id.startsWith('abk-')),
        abbr,
      );
    for (const line of lines) reaches(line.url);
    // Old links (/glossar/#<id>) land on the line; a script on the overview goes on to the definition.
    assert.match(page('glossar'), /<section aria-labelledby="buchstabe-Z" data-glossary-page="\/glossar\/z\/">/);
    assert.match(page('glossar'), /<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  });

  test('terms are in alphabetical order on the overview and on each letter page', () => {
    const order = (html: string) => [...html.matchAll(/<li id="begriff-[a-z0-9-]+"><a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!);
    const terms = order(overview());
    assert.equal(terms.length, 4);
    assert.deepEqual(
      terms,
      [...terms].sort((a, b) => a.localeCompare(b, 'de')),
    );
    const z = [...main(page('glossar/z')).matchAll(/<dt id="begriff-[a-z0-9-]+">([^<]+)<\/dt>/g)].map((m) => m[1]!);
    assert.deepEqual(z, ['Zentrale Ausländerbehörde', 'Zentralstelle für ausländisches Bildungswesen']);
  });

  test('an abbreviation with two meanings shows both and links both entries', () => {
    const zab = entry('z', 'abk-zab');
    assert.match(zab, /<abbr title="Zentrale Ausländerbehörde \/ Zentralstelle für ausländisches Bildungswesen">ZAB<\/abbr>/);
    assert.match(zab, /href="\/glossar\/z\/#begriff-zentrale-auslaenderbehoerde"/);
    assert.match(zab, /href="\/glossar\/z\/#begriff-zentralstelle-fuer-auslaendisches-bildungswesen"/);
    const za = entry('z', 'begriff-zentrale-auslaenderbehoerde');
    assert.match(text(za), /steht auch für: Zentralstelle für ausländisches Bildungswesen/);
    assert.match(za, /<a href="\/glossar\/z\/#abk-zab">alle Bedeutungen von ZAB<\/a>/);
    assert.match(text(element(overview(), 'id="abk-zab"')), /ZAB – Zentrale Ausländerbehörde; Zentralstelle für ausländisches Bildungswesen/);
  });

  test('legal basis is linked to the official text and "see" references show titles', () => {
    const ae = entry('a', 'begriff-aufenthaltserlaubnis');
    assert.match(
      element(ae, 'data-glossary-legal'),
      /<a class="norm" href="https:\/\/www\.gesetze-im-internet\.de\/aufenthg_2004\/__7\.html" title="§\u00a07 AufenthG – Aufenthaltserlaubnis"/,
    );
    const see = element(main(page('glossar/f')), 'data-glossary-see');
    assert.match(see, /<a href="\/checklisten\/fiktionsbescheinigung\/">Fiktionsbescheinigung ausstellen<\/a>/);
    assert.doesNotMatch(see, /checklists\//);
  });

  test('search suggestions and the Normen-Register link each term to its letter page', () => {
    const lexicon = JSON.parse(read(dist, 'suche/lexikon.json')) as { glossary: { term: string; url: string }[] };
    assert.equal(lexicon.glossary.length, 4);
    for (const e of lexicon.glossary) reaches(e.url);
    assert.equal(lexicon.glossary.find((e) => e.term === 'Fiktionsbescheinigung')?.url, '/glossar/f/#begriff-fiktionsbescheinigung');
    const citer = element(main(page('normen/aufenthg/81')), 'data-citer="glossar/Fiktionsbescheinigung"');
    assert.match(citer, /href="\/glossar\/f\/#begriff-fiktionsbescheinigung"/);
  });
});

describe('Markdown transforms in built pages', () => {
  test('the first AE and ZAB of a page are explained once, ZAB with both meanings', () => {
    const body = element(page('rechtsaenderungen/einbuergerung-sprachnachweis-digital'), 'data-doc-body');
    assert.equal((body.match(/<abbr title="Aufenthaltserlaubnis">AE<\/abbr><span class="visually-hidden"> \(Aufenthaltserlaubnis\)<\/span>/g) ?? []).length, 1);
    assert.match(
      body,
      /<abbr title="Zentralstelle für ausländisches Bildungswesen \/ Zentrale Ausländerbehörde">ZAB<\/abbr><span class="visually-hidden"> \(Zentralstelle für ausländisches Bildungswesen \/ Zentrale Ausländerbehörde\)<\/span>/,
    );
    assert.equal((body.match(/<abbr/g) ?? []).length, 2);
    assert.match(body, /Nennung von AE und ZAB wird/);
  });

  test('each page starts afresh: the next page explains its own first abbreviation', () => {
    const body = element(page('rechtsaenderungen/fiktionsbescheinigung-elektronisch'), 'data-doc-body');
    assert.match(body, /<abbr title="Fiktionsbescheinigung">FiktB<\/abbr><span class="visually-hidden"> \(Fiktionsbescheinigung\)<\/span>/);
  });

  test('citations in the body link to the official paragraph, and the law abbreviation stays inside the link', () => {
    const body = element(page('rechtsaenderungen/einbuergerung-sprachnachweis-digital'), 'data-doc-body');
    assert.match(
      body,
      /<a class="norm" href="https:\/\/www\.gesetze-im-internet\.de\/aufenthg_2004\/__16b\.html" title="§\u00a016b AufenthG – Studium" data-norm="AufenthG § 16b">§\u00a016b AufenthG<\/a>/,
    );
    assert.match(
      body,
      /<a class="norm" href="https:\/\/www\.gesetze-im-internet\.de\/stag\/__10\.html"[^>]*>§\u00a010 Abs\.\u00a01 Satz 1 Nr\.\u00a06 StAG<\/a>/,
    );
  });
});

describe('/api/neu.json', () => {
  test('lists briefings by publication and major versions by validFrom, within the last year and ahead', () => {
    const data = JSON.parse(page('api/neu.json')) as { date: string; items: { k: string; u: string; d: string; e?: string; v?: number }[] };
    assert.equal(data.date, '2026-11-25');
    const byUrl = new Map(data.items.map((i) => [i.u, i]));
    assert.deepEqual(byUrl.get('/rechtsaenderungen/einbuergerung-sprachnachweis-digital/'), {
      k: 'b',
      u: '/rechtsaenderungen/einbuergerung-sprachnachweis-digital/',
      t: 'Sprachnachweise für die Einbürgerung digital prüfen',
      d: '2026-10-15',
      e: '2026-11-01',
    });
    assert.equal(byUrl.get('/checklisten/fiktionsbescheinigung/v2/')?.d, '2026-01-01');
    assert.ok(!byUrl.has('/rechtsaenderungen/staatsangehoerigkeitsrecht-modernisierung/'), 'älter als ein Jahr');
    for (const item of data.items) assert.ok(item.d >= '2025-11-25' && (item.k === 'b' || (item.v ?? 0) >= 2), JSON.stringify(item));
  });
});
