import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareParagraphs, corpusStem, parseLawText } from '../../scripts/import-laws.ts';
import { checkProvision, hasNormData, headingOf, lawData, provisionExists } from '../../src/norms/norms.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = join(root, '../shared/corpus/gesetze');
const dataDir = join(root, 'src/norms/data');
const noCorpus = existsSync(corpus) ? false : 'the law corpus (../shared/corpus/gesetze) is not present';

describe('parseLawText reads the consolidated law format', () => {
  const sample = [
    '% Gesetz über den Aufenthalt im Bundesgebiet1)  (Aufenthaltsgesetz - AufenthG)',
    '% Ausfertigungsdatum: 30.07.2004',
    '',
    '# Inhaltsübersicht',
    '§ 1 Zweck',
    '# § 1 – Zweck des Gesetzes',
    '(1) Text.',
    '# § 2',
    '',
    '(weggefallen)',
    '# §§ 3 bis 5 – (weggefallen)',
    '# § 4a – Zugang zur Erwerbstätigkeit',
    '# Art 74a und 75 – (weggefallen)',
    '# §§ 178 und 179 – ----',
    '(Änderungsvorschriften)',
    '# Anlage D3 – Fiktionsbescheinigung nach § 81 Abs. 5',
  ].join('\n');
  const text = parseLawText(sample);

  test('the title drops the short form and footnote marks', () => {
    assert.equal(text.title, 'Gesetz über den Aufenthalt im Bundesgebiet');
  });

  test('headings with and without a title become paragraphs, Anlagen and the Inhaltsübersicht do not', () => {
    assert.deepEqual([...text.paragraphs.keys()].sort(compareParagraphs), ['1', '2', '3', '4', '4a', '5', '74a', '75', '178', '179']);
    assert.deepEqual(text.paragraphs.get('1'), { heading: 'Zweck des Gesetzes', repealed: false });
  });

  test('a paragraph is repealed when its heading or its whole body is "(weggefallen)"', () => {
    assert.deepEqual(text.paragraphs.get('2'), { heading: null, repealed: true });
    assert.deepEqual(text.paragraphs.get('4'), { heading: '(weggefallen)', repealed: true });
  });

  test('a paragraph inside a repealed range keeps its own heading', () => {
    assert.deepEqual(text.paragraphs.get('4a'), { heading: 'Zugang zur Erwerbstätigkeit', repealed: false });
  });

  test('"----" is no heading and amending provisions are not repealed', () => {
    assert.deepEqual(text.paragraphs.get('178'), { heading: null, repealed: false });
  });

  test('corpus file names are derived from the abbreviation', () => {
    assert.equal(corpusStem('SGB II'), 'SGB_2');
    assert.equal(corpusStem('SGB XII'), 'SGB_12');
    assert.equal(corpusStem('FreizügG/EU'), 'FreizügG_EU');
    assert.equal(corpusStem('AufenthG'), 'AufenthG');
  });
});

describe('the imported norm data matches the real corpus', () => {
  test('AufenthG § 81 has its heading, § 104c exists and § 62d is repealed', () => {
    assert.equal(headingOf({ law: 'AufenthG', paragraph: '81' }), 'Beantragung des Aufenthaltstitels');
    assert.equal(provisionExists({ law: 'AufenthG', unit: '§', paragraph: '104c' }), true);
    assert.deepEqual(checkProvision({ law: 'AufenthG', unit: '§', paragraph: '62d' }), { ok: true, repealed: true, checked: true });
  });

  test('StAG § 10 exists although StAG paragraphs carry no headings', () => {
    assert.equal(provisionExists({ law: 'StAG', unit: '§', paragraph: '10' }), true);
    assert.equal(headingOf({ law: 'StAG', paragraph: '10' }), undefined);
  });

  test('Art. 16a GG exists and the GG is counted in articles', () => {
    assert.equal(provisionExists({ law: 'GG', unit: 'Art.', paragraph: '16a' }), true);
    assert.equal(lawData('GG')?.paragraphs['146']?.repealed, false);
  });

  test('a paragraph that is not in the text is reported with the law and the text date', () => {
    assert.equal(provisionExists({ law: 'AufenthG', unit: '§', paragraph: '104z' }), false);
    assert.deepEqual(checkProvision({ law: 'AufenthG', unit: '§', paragraph: '104z' }), {
      ok: false,
      problem: '§ 104z AufenthG does not exist in the consolidated text (as of 2026-08-19)',
      expected: 'a paragraph of AufenthG that exists; check the number',
    });
  });

  test('both ends of a kept range must exist', () => {
    assert.equal(provisionExists({ law: 'SGB III', unit: '§', paragraph: '240', paragraphTo: '279a' }), true);
    assert.equal(provisionExists({ law: 'SGB III', unit: '§', paragraph: '240', paragraphTo: '279z' }), false);
  });

  test('laws without data are not checked', () => {
    assert.equal(hasNormData('EGBGB'), false);
    assert.equal(provisionExists({ law: 'EGBGB', unit: 'Art.', paragraph: '999' }), true);
    assert.deepEqual(checkProvision({ law: 'EGBGB', unit: 'Art.', paragraph: '999' }), { ok: true, repealed: false, checked: false });
  });

  test('the data records where the texts come from', () => {
    assert.deepEqual(lawData('AufenthG')?.source, {
      repository: 'kmein/gesetze',
      commit: 'cce3209c04aaea4b65ec92e7a0f8ff413bce1696',
      date: '2026-08-19',
      file: 'AufenthG-BJNR195010004.md',
    });
  });

  test('the committed JSON is exactly what the import script writes from the corpus', { skip: noCorpus }, () => {
    const out = mkdtempSync(join(tmpdir(), 'lotse-norms-'));
    try {
      execFileSync(process.execPath, ['scripts/import-laws.ts', '--in', corpus, '--laws', 'content/laws.yaml', '--out', out], { cwd: root });
      const files = readdirSync(out).sort();
      assert.deepEqual(
        files,
        readdirSync(dataDir)
          .filter((f) => f.endsWith('.json'))
          .sort(),
      );
      for (const file of files) assert.equal(readFileSync(join(out, file), 'utf8'), readFileSync(join(dataDir, file), 'utf8'), file);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('every section heading in the corpus files of laws.yaml becomes at least one paragraph', { skip: noCorpus }, () => {
    const aufenthG = readFileSync(join(corpus, 'AufenthG-BJNR195010004.md'), 'utf8');
    const sections = aufenthG.split('\n').filter((line) => /^# (§|Art) /.test(line)).length;
    assert.equal(sections, 201);
    assert.equal(parseLawText(aufenthG).paragraphs.size >= sections, true);
  });
});
