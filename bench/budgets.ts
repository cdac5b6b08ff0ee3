/** The budgets of issue #9 (2-core machine, 5,000 documents) and how a figure is compared. */
export interface Budget {
  key: string;
  label: string;
  unit: string;
  limit: number;
  /** Only enforced for the corpus size the budget was set for. */
  forDocuments?: number;
}

export const BUDGETS: Budget[] = [
  { key: 'buildWallSeconds', label: 'Build (wall)', unit: 's', limit: 35, forDocuments: 5000 },
  { key: 'buildPeakMemoryMB', label: 'Build peak memory', unit: 'MB', limit: 2000, forDocuments: 5000 },
  { key: 'largestPageKB', label: 'Largest page HTML', unit: 'KB', limit: 60 },
  { key: 'medianPageKB', label: 'Median page (HTML+CSS+JS, gzip)', unit: 'KB', limit: 25 },
  { key: 'docPageJsKB', label: 'JS on a document page (gzip)', unit: 'KB', limit: 15 },
  { key: 'distMB', label: 'dist/ size', unit: 'MB', limit: 150, forDocuments: 5000 },
  { key: 'firstQueryKB', label: 'Search: first query (gzip)', unit: 'KB', limit: 200 },
  { key: 'medianLatencyMs', label: 'Search: keystroke → results (median)', unit: 'ms', limit: 150 },
  { key: 'checkSeconds', label: 'npm run check', unit: 's', limit: 10, forDocuments: 5000 },
  { key: 'offlineInstallMB', label: 'Offline: first install (sent)', unit: 'MB', limit: 25, forDocuments: 1000 },
  { key: 'offlineUpdateMB', label: 'Offline: update after one changed document (sent)', unit: 'MB', limit: 1 },
];

export type BenchRow = Record<string, number | string | boolean | number[]>;

/** Further figures printed without a budget. */
export const INFO: [key: string, label: string][] = [
  ['buildCpuSeconds', 'Build (CPU)'],
  ['warmRebuildSeconds', 'Rebuild nach Änderung eines Dokuments'],
  ['pages', 'Seiten'],
  ['distUnlinkedMB', 'dist/ ohne Hardlinks (MB)'],
  ['searchIndexMB', 'Suchindex (MB)'],
  ['firstQueryKB_one', 'Suche: erste Anfrage, 1 Wort (KB gzip)'],
  ['firstQueryKB_three', 'Suche: erste Anfrage, 3 Wörter (KB gzip)'],
  ['firstQueryKB_five', 'Suche: erste Anfrage, 5 Wörter (KB gzip)'],
  ['firstQueryKB_citation', 'Suche: erste Anfrage, Zitat (KB gzip)'],
  ['firstQueryMs_one', 'Suche: erste Anfrage, 1 Wort (ms)'],
  ['firstQueryMs_three', 'Suche: erste Anfrage, 3 Wörter (ms)'],
  ['firstQueryMs_five', 'Suche: erste Anfrage, 5 Wörter (ms)'],
  ['firstQueryMs_citation', 'Suche: erste Anfrage, Zitat (ms)'],
  ['exportKB', '/api/suche.mjs + suchindex.json (KB gzip)'],
  ['exportLoadMs', '/api/suche.mjs: Laden in Node (ms)'],
  ['exportQueryMs', '/api/suche.mjs: Anfrage, Median (ms)'],
  ['floorWallSeconds', 'Astro-Boden (wall, s)'],
  ['floorPeakMemoryMB', 'Astro-Boden (Speicher, MB)'],
  ['offlineStoredMB', 'Offline: Speicher im Browser (MB)'],
  ['offlineFiles', 'Offline: Dateien im Vorrat'],
];

const fmt = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : String(v));

/**
 * The results table (Markdown, one column per corpus size) with each budget beside its figures,
 * ✓/✗ where the budget applies, and how many budgets were exceeded. A figure that is missing
 * reads "n. g." (not measured); one that is NaN counts as exceeded.
 */
export function evaluate(results: readonly BenchRow[], budgets: readonly Budget[] = BUDGETS): { table: string; exceeded: number } {
  let exceeded = 0;
  const lines = [
    `| Messgröße | Budget | ${results.map((r) => `${r.documents} Dok.`).join(' | ')} |`,
    `| --- | --- | ${results.map(() => '---').join(' | ')} |`,
  ];
  for (const b of budgets) {
    const cells = results.map((r) => {
      const v = r[b.key] as number | undefined;
      if (v === undefined) return 'n. g.';
      const enforced = b.forDocuments === undefined || b.forDocuments === r.documents;
      const over = enforced && (Number.isNaN(v) || v > b.limit);
      if (over) exceeded += 1;
      return `${fmt(v)} ${b.unit}${over ? ' ✗' : enforced ? ' ✓' : ''}`;
    });
    lines.push(`| ${b.label} | ≤ ${b.limit} ${b.unit} | ${cells.join(' | ')} |`);
  }
  for (const [key, label] of INFO) lines.push(`| ${label} | – | ${results.map((r) => fmt(r[key] ?? 'n. g.')).join(' | ')} |`);
  return { table: lines.join('\n'), exceeded };
}
