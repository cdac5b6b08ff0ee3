/**
 * Search evaluation: runs each query of a query set on the built site's /suche/ page in
 * Chromium, exactly as a reader would (type, wait for the results), and measures recall@5: the
 * share of the expected documents among the first five results. Used by
 * tests/browser/search-eval.spec.ts (npm test) and tests/search/run-eval.ts (command line).
 */
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EvalQuery {
  q: string;
  kind: string;
  /** Document URLs that must be among the first five results. */
  expect: string[];
  /** For date queries given as a separate day (ISO). */
  date?: string;
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
  /** 1 when the first result is an expected document. */
  top1: number;
  /** 1 / rank of the first expected document among the first ten (0 when none). */
  rr: number;
  ms: number;
}

export const KINDS = ['plain', 'compound-part', 'abbreviation', 'citation', 'transliteration', 'stemming', 'typo', 'synonym', 'question', 'case', 'date'];
/** Targets for the question set (tests/search/questions.json): top-1 per kind. */
export const TARGET_TOP1 = 0.85;

/** Scores one query's ranked result URLs (paths, anchors ignored). */
export function score(query: EvalQuery, ranked: readonly string[], ms = 0): EvalResult {
  const top = ranked.map((u) => u.replace(/#.*$/, ''));
  const found = query.expect.filter((url) => top.slice(0, 5).includes(url)).length;
  const rank = top.slice(0, 10).findIndex((u) => query.expect.includes(u));
  return {
    ...query,
    top: top.slice(0, 5),
    recall: found / query.expect.length,
    top1: query.expect.includes(top[0] ?? '') ? 1 : 0,
    rr: rank >= 0 ? 1 / (rank + 1) : 0,
    ms,
  };
}

/** Every query set of a content folder: queries*.json and questions*.json (sorted by name). */
export function querySetFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^(?:queries|questions)[\w-]*\.json$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}
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
  return page.$$eval(
    'section[aria-label="Suchergebnisse"] ol > li a',
    (links, max) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).slice(0, max as number),
    n,
  );
}

export async function evaluate(page: Page, baseUrl: string, queries: readonly EvalQuery[]): Promise<EvalResult[]> {
  await page.goto(`${baseUrl}/suche/`);
  const results: EvalResult[] = [];
  for (const query of queries) {
    const started = Date.now();
    const top = await topResults(page, query.q, 10);
    results.push(score(query, top, Date.now() - started));
  }
  return results;
}

export interface KindFigures {
  recall: number;
  top1: number;
  mrr: number;
  queries: number;
}

export interface Summary {
  overall: number;
  top1: number;
  mrr: number;
  byKind: ({ kind: string } & KindFigures)[];
}

function figures(rs: readonly EvalResult[]): KindFigures {
  const mean = (f: (r: EvalResult) => number) => (rs.length === 0 ? 1 : rs.reduce((s, r) => s + f(r), 0) / rs.length);
  return { recall: mean((r) => r.recall), top1: mean((r) => r.top1), mrr: mean((r) => r.rr), queries: rs.length };
}

export function summarize(results: readonly EvalResult[]): Summary {
  const kinds = [...new Set([...KINDS, ...results.map((r) => r.kind)])].filter((k) => results.some((r) => r.kind === k));
  const all = figures(results);
  return { overall: all.recall, top1: all.top1, mrr: all.mrr, byKind: kinds.map((kind) => ({ kind, ...figures(results.filter((r) => r.kind === kind)) })) };
}

/** A plain-text table of recall@5, top-1 and MRR per kind, with the misses listed below it. */
export function report(label: string, results: readonly EvalResult[]): string {
  const s = summarize(results);
  const row = (name: string, f: { recall: number; top1: number; mrr: number }, n: number) =>
    `  ${name.padEnd(16)} ${f.recall.toFixed(3)}     ${f.top1.toFixed(3)}  ${f.mrr.toFixed(3)}  (${n})`;
  const lines = [
    `${label} (${results.length} Anfragen)`,
    `  ${'Art'.padEnd(16)} recall@5  top-1  MRR`,
    ...s.byKind.map((k) => row(k.kind, k, k.queries)),
    row('gesamt', { recall: s.overall, top1: s.top1, mrr: s.mrr }, results.length),
  ];
  const misses = results.filter((r) => r.recall < 1 || (r.top1 < 1 && ['question', 'case', 'date'].includes(r.kind)));
  if (misses.length > 0) {
    lines.push('  nicht gefunden:');
    for (const m of misses)
      lines.push(`    [${m.kind}] „${m.q}“ erwartet ${m.expect.filter((u) => !m.top.includes(u)).join(', ')}; Treffer: ${m.top.join(', ') || '–'}`);
  }
  return lines.join('\n');
}

/**
 * Problems with the targets (empty when met): recall@5 overall and per kind; for the question
 * kinds (question, case, date) also top-1.
 */
export interface Targets {
  overall: number;
  perKind: number;
  top1: number;
  /** Kinds held to another recall@5 than `perKind`. */
  kinds?: Record<string, number>;
}

export function shortfalls(
  results: readonly EvalResult[],
  targets: Targets = { overall: TARGET_OVERALL, perKind: TARGET_PER_KIND, top1: TARGET_TOP1 },
): string[] {
  const s = summarize(results);
  const out: string[] = [];
  if (s.overall < targets.overall) out.push(`gesamt ${s.overall.toFixed(3)} < ${targets.overall}`);
  for (const k of s.byKind) {
    const floor = targets.kinds?.[k.kind] ?? targets.perKind;
    if (k.recall < floor) out.push(`${k.kind} ${k.recall.toFixed(3)} < ${floor}`);
    if (['question', 'case', 'date'].includes(k.kind) && k.top1 < targets.top1) out.push(`${k.kind} top-1 ${k.top1.toFixed(3)} < ${targets.top1}`);
  }
  return out;
}
