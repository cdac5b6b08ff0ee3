/**
 * Search evaluation: runs each query of a query set on the built site's /suche/ page in
 * Chromium, exactly as a reader would (type, wait for the results), and measures recall@5: the
 * share of the expected documents among the first five results. Used by
 * tests/browser/search-eval.spec.ts (npm test) and tests/search/run-eval.ts (command line).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export interface EvalQuery {
  q: string;
  kind: string;
  /** Document URLs that must be among the first five results. */
  expect: string[];
  note?: string;
}

export interface QuerySet {
  description: string;
  date: string;
  queries: EvalQuery[];
}

export interface EvalResult extends EvalQuery {
  top: string[];
  recall: number;
  ms: number;
}

export const KINDS = ['plain', 'compound-part', 'abbreviation', 'citation', 'transliteration', 'stemming', 'typo', 'synonym'];
export const TARGET_OVERALL = 0.95;
export const TARGET_PER_KIND = 0.9;

export function readQuerySet(file: string): QuerySet {
  return JSON.parse(readFileSync(file, 'utf8')) as QuerySet;
}

/** Types the query into /suche/ and returns the result URLs in rank order. */
export async function topResults(page: Page, query: string, n = 5): Promise<string[]> {
  const input = page.locator('#q');
  await input.fill('');
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const region = document.querySelector<HTMLElement>('section[aria-label="Suchergebnisse"]');
      return region?.dataset.searchState === 'done' && region.dataset.searchQuery === q;
    },
    query.trim(),
    { timeout: 15_000 },
  );
  return page.$$eval('section[aria-label="Suchergebnisse"] ol > li a', (links, max) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).slice(0, max as number), n);
}

export async function evaluate(page: Page, baseUrl: string, queries: readonly EvalQuery[]): Promise<EvalResult[]> {
  await page.goto(`${baseUrl}/suche/`);
  const results: EvalResult[] = [];
  for (const query of queries) {
    const started = Date.now();
    const top = await topResults(page, query.q);
    const found = query.expect.filter((url) => top.includes(url)).length;
    results.push({ ...query, top, recall: found / query.expect.length, ms: Date.now() - started });
  }
  return results;
}

export interface Summary {
  overall: number;
  byKind: { kind: string; recall: number; queries: number }[];
}

export function summarize(results: readonly EvalResult[]): Summary {
  const mean = (rs: readonly EvalResult[]) => (rs.length === 0 ? 1 : rs.reduce((s, r) => s + r.recall, 0) / rs.length);
  const kinds = [...new Set([...KINDS, ...results.map((r) => r.kind)])].filter((k) => results.some((r) => r.kind === k));
  return { overall: mean(results), byKind: kinds.map((kind) => ({ kind, recall: mean(results.filter((r) => r.kind === kind)), queries: results.filter((r) => r.kind === kind).length })) };
}

/** A plain-text table of recall@5 per kind, with the misses listed below it. */
export function report(label: string, results: readonly EvalResult[]): string {
  const s = summarize(results);
  const lines = [`recall@5 – ${label} (${results.length} Anfragen)`, ...s.byKind.map((k) => `  ${k.kind.padEnd(16)} ${k.recall.toFixed(3)}  (${k.queries})`), `  ${'gesamt'.padEnd(16)} ${s.overall.toFixed(3)}`];
  const misses = results.filter((r) => r.recall < 1);
  if (misses.length > 0) {
    lines.push('  nicht gefunden:');
    for (const m of misses) lines.push(`    [${m.kind}] „${m.q}“ erwartet ${m.expect.filter((u) => !m.top.includes(u)).join(', ')}; Treffer: ${m.top.join(', ') || '–'}`);
  }
  return lines.join('\n');
}

/** Problems with the targets (empty when met). */
export function shortfalls(results: readonly EvalResult[]): string[] {
  const s = summarize(results);
  const out: string[] = [];
  if (s.overall < TARGET_OVERALL) out.push(`gesamt ${s.overall.toFixed(3)} < ${TARGET_OVERALL}`);
  for (const k of s.byKind) if (k.recall < TARGET_PER_KIND) out.push(`${k.kind} ${k.recall.toFixed(3)} < ${TARGET_PER_KIND}`);
  return out;
}
