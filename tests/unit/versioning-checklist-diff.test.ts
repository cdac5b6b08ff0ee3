/**
 * Item-by-item comparison of checklists, on the real successive texts of § 10 StAG
 * (before 27.06.2024: eight years; from 27.06.2024: five years and up to three with special
 * integration; from 30.10.2025: § 10 Abs. 3 StAG repealed) in tests/fixtures/valid.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklistSections } from '../../src/versioning/checklist-source.ts';
import { compareChecklistSources, type ItemChange } from '../../src/versioning/checklist-diff.ts';
import type { Part } from '../../src/versioning/word-diff.ts';

const dir = join(import.meta.dirname, '../fixtures/valid/checklists/einbuergerung-zehn-stag');
const body = (n: number) => readFileSync(join(dir, `v${n}.mdx`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
/** `[-old-]{+new+}` notation, as in `git diff --word-diff`. */
const show = (parts: Part[]) => parts.map((p) => (p.type === 'same' ? p.text : p.type === 'ins' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('');
const changes = (from: number, to: number) => compareChecklistSources(body(from), body(to));
const inSection = (items: ItemChange[], kind: string) => items.filter((i) => i.kind === kind).map((i) => show(i.label));

test('sections and items are read from the source and numbered like the checkboxes on the page', () => {
  const sections = checklistSections(body(1));
  assert.deepEqual(
    sections.map((s) => s.title),
    ['Aufenthalt', 'Voraussetzungen nach § 10 Abs. 1 Satz 1 StAG'],
  );
  assert.deepEqual(
    sections.flatMap((s) => s.items.map((i) => i.id)),
    Array.from({ length: 13 }, (_, i) => `i${i + 1}`),
  );
  assert.equal(sections[0]!.items[0]!.label, 'Rechtmäßiger gewöhnlicher Aufenthalt im Inland seit acht Jahren (§ 10 Abs. 1 Satz 1 StAG)');
  assert.equal(sections[0]!.items[0]!.note, 'Unterbrechungen des gewöhnlichen Aufenthalts nach § 12b StAG prüfen.');
  assert.equal(sections[0]!.items[1]!.note, '');
});

test('notes, lazy continuation lines and code blocks are told apart from items', () => {
  const sections = checklistSections(
    [
      '- [ ] **Pass** vorlegen',
      'Kopie in die Akte.',
      '',
      '```',
      '- [ ] kein Punkt',
      '```',
      '',
      '## Zweiter Teil',
      '- [x] [Antrag](https://example.org) prüfen',
      '  - Unterpunkt als Hinweis',
    ].join('\n'),
  );
  assert.deepEqual(
    sections.map((s) => s.title),
    ['', 'Zweiter Teil'],
  );
  assert.deepEqual(sections[0]!.items, [{ id: 'i1', label: 'Pass vorlegen', note: 'Kopie in die Akte.' }]);
  assert.deepEqual(sections[1]!.items, [{ id: 'i2', label: 'Antrag prüfen', note: '- Unterpunkt als Hinweis' }]);
});

test('from eight to five years: the residence item is changed word by word, not removed and re-added', () => {
  const [residence] = changes(1, 2).sections;
  assert.equal(residence!.title, 'Aufenthalt');
  assert.deepEqual(inSection(residence!.items, 'changed'), [
    'Rechtmäßiger gewöhnlicher Aufenthalt im Inland seit [-acht-]{+fünf+} Jahren (§ 10 Abs. 1 Satz 1 StAG)',
    'Verkürzung auf bis zu [-sechs-]{+drei+} Jahre bei besonderen Integrationsleistungen prüfen ([-§ 10 Abs. 3 Satz 2-]{+§ 10 Abs. 3+} StAG)',
    'Handlungsfähig nach [-§ 37 Abs. 1 Satz 1-]{+§ 34 Satz 1+} StAG oder gesetzlich vertreten',
  ]);
  assert.equal(inSection(residence!.items, 'removed').length, 1);
  assert.match(inSection(residence!.items, 'removed')[0]!, /^\[-Verkürzung auf sieben Jahre: Bescheinigung des Bundesamtes/);
});

test('the 2024 reform adds Nr. 1a, drops Nr. 4 and Nr. 8 and opens a new section for § 11 StAG', () => {
  const result = changes(1, 2);
  const requirements = result.sections[1]!;
  assert.equal(requirements.kind, 'changed');
  assert.deepEqual(inSection(requirements.items, 'added'), ['{+Bekenntnis zur besonderen historischen Verantwortung Deutschlands abgegeben (Nr. 1a)+}']);
  assert.deepEqual(inSection(requirements.items, 'removed'), [
    '[-Bisherige Staatsangehörigkeit wird aufgegeben oder geht verloren (Nr. 4)-]',
    '[-Einordnung in die deutschen Lebensverhältnisse gewährleistet, insbesondere keine Mehrehe (Nr. 8)-]',
  ]);
  const exclusion = result.sections[2]!;
  assert.equal(exclusion.kind, 'added');
  assert.equal(exclusion.title, 'Ausschlussgründe');
  assert.deepEqual(result.counts, { added: 2, removed: 3, changed: 5, moved: 0, same: 5 });
});

test('30.10.2025: the three-year shortcut disappears and the residence note says so', () => {
  const result = changes(2, 3);
  const residence = result.sections[0]!;
  assert.deepEqual(inSection(residence.items, 'removed'), [
    '[-Verkürzung auf bis zu drei Jahre bei besonderen Integrationsleistungen prüfen (§ 10 Abs. 3 StAG)-]',
  ]);
  const changed = residence.items.find((i) => i.kind === 'changed')!;
  assert.equal(show(changed.label), 'Rechtmäßiger gewöhnlicher Aufenthalt im Inland seit fünf Jahren (§ 10 Abs. 1 Satz 1 StAG)');
  assert.match(show(changed.note), /\{\+Eine Verkürzung wegen besonderer Integrationsleistungen ist seit dem 30\.10\.2025 nicht mehr möglich\.\+\}$/);
  assert.deepEqual(
    result.sections.map((s) => s.kind),
    ['changed', 'same', 'same'],
  );
});

test('comparing across several versions shows the net change, not the steps', () => {
  const result = changes(1, 3);
  const residence = result.sections[0]!;
  assert.equal(residence.items.filter((i) => i.kind === 'removed').length, 2);
  assert.ok(!residence.items.some((i) => show(i.label).includes('drei')));
});

test('identical versions compare as unchanged', () => {
  const result = changes(3, 3);
  assert.deepEqual(result.counts, { added: 0, removed: 0, changed: 0, moved: 0, same: 11 });
  assert.ok(result.sections.every((s) => s.kind === 'same'));
});

test('an item that moved unchanged to another section is reported as moved on both sides', () => {
  const before = '## A\n- [ ] Pass prüfen\n- [ ] Foto prüfen\n## B\n- [ ] Gebühr erheben';
  const after = '## A\n- [ ] Foto prüfen\n## B\n- [ ] Gebühr erheben\n- [ ] Pass prüfen';
  const result = compareChecklistSources(before, after);
  const left = result.sections[0]!.items.find((i) => i.kind === 'moved')!;
  const arrived = result.sections[1]!.items.find((i) => i.kind === 'moved')!;
  assert.equal(left.otherSection, 'B');
  assert.equal(arrived.otherSection, 'A');
  assert.equal(result.counts.moved, 1);
  assert.equal(result.counts.removed + result.counts.added, 0);
});

test('a renamed section keeps its items matched', () => {
  const result = compareChecklistSources('## Antrag\n- [ ] Pass prüfen\n- [ ] Foto prüfen', '## Antragstellung\n- [ ] Pass prüfen\n- [ ] Foto prüfen');
  assert.equal(result.sections.length, 1);
  assert.equal(result.sections[0]!.kind, 'changed');
  assert.equal(show(result.sections[0]!.titleParts), '[-Antrag-]{+Antragstellung+}');
  assert.equal(result.counts.same, 2);
});
