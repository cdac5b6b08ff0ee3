import { test } from 'node:test';
import assert from 'node:assert/strict';
import { germanQueryDate, parseQueryDate } from '../../src/search/analysis/query-date.ts';

test('a day in the query is found with its framing words, the rest stays the query', () => {
  const d = parseQueryDate('was galt am 01.03.2024 Blaue Karte');
  assert.equal(d?.date, '2024-03-01');
  assert.equal(d?.precision, 'day');
  assert.equal(d?.rest, 'Blaue Karte');
  assert.equal(parseQueryDate('Duldung was galt am 15.05.2025')?.rest, 'Duldung');
  assert.equal(parseQueryDate('Abschiebungshaft am 1.1.2025')?.date, '2025-01-01');
  assert.equal(parseQueryDate('Duldung 2025-02-28')?.date, '2025-02-28');
});

test('a month names its first day; a year its middle and stays a search word', () => {
  assert.deepEqual(
    { ...parseQueryDate('Einbürgerung Voraussetzungen Stand März 2024') },
    { date: '2024-03-01', precision: 'month', text: 'Stand März 2024', rest: 'Einbürgerung Voraussetzungen' },
  );
  assert.equal(parseQueryDate('Studium Stand 07/2025')?.date, '2025-07-01');
  const year = parseQueryDate('Blaue Karte EU 2024');
  assert.equal(year?.date, '2024-07-01');
  assert.equal(year?.rest, 'Blaue Karte EU 2024');
  assert.equal(germanQueryDate(year!), '2024');
  assert.equal(germanQueryDate(parseQueryDate('Stand Dezember 2024')!), 'Dezember 2024');
});

test('no date: paragraphs, impossible days and plain numbers are not dates', () => {
  assert.equal(parseQueryDate('§ 2024 AufenthG'), undefined);
  assert.equal(parseQueryDate('81 IV AufenthG'), undefined);
  assert.equal(parseQueryDate('am 31.02.2024 Duldung'), undefined);
  assert.equal(parseQueryDate('55.000 Euro'), undefined);
});
