/**
 * Which paragraphs exist in the consolidated law texts, and their headings, from the
 * JSON written by scripts/import-laws.ts into ./data/. Laws without a data file are
 * not checked: `provisionExists` answers true for them; ask `hasNormData` first where
 * the difference matters.
 *
 * Data is read synchronously with fs on first use. When a bundler has moved this module
 * away from ./data/ (Astro/Vite build output), the data is looked up under
 * <cwd>/src/norms/data instead; `loadNormData(dir)` sets the folder explicitly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../config/env.ts';
import { formatParagraph } from './links.ts';
import type { Provision } from './types.ts';

export interface ParagraphData {
  heading: string | null;
  repealed: boolean;
}

export interface LawData {
  abbr: string;
  title: string;
  source: { repository?: string; commit?: string; date?: string; file?: string };
  paragraphs: Record<string, ParagraphData>;
}

export type ProvisionCheck = { ok: true; repealed: boolean; checked: boolean } | { ok: false; problem: string; expected: string };

let byAbbr: Map<string, LawData> | undefined;

function defaultDir(): string {
  const beside = fileURLToPath(new URL('./data/', import.meta.url));
  return existsSync(beside) ? beside : resolve(repoRoot, 'src/norms/data');
}

/** Loads (or reloads) the norm data from `dir`. */
export function loadNormData(dir: string = defaultDir()): Map<string, LawData> {
  byAbbr = new Map();
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const law = JSON.parse(readFileSync(join(dir, name), 'utf8')) as LawData;
    byAbbr.set(law.abbr, law);
  }
  return byAbbr;
}

/** Uses norm data handed over instead of reading ./data/ (the browser editor has no file system). */
export function useNormData(laws: readonly LawData[]): void {
  byAbbr = new Map(laws.map((law) => [law.abbr, law]));
}

function data(): Map<string, LawData> {
  return byAbbr ?? loadNormData();
}

export function hasNormData(lawAbbr: string): boolean {
  return data().has(lawAbbr);
}

export function lawData(lawAbbr: string): LawData | undefined {
  return data().get(lawAbbr);
}

function paragraphOf(p: Pick<Provision, 'law' | 'paragraph'>): ParagraphData | undefined {
  return data().get(p.law)?.paragraphs[p.paragraph];
}

/**
 * Whether the paragraph (and the end of a range) appears in the law text, repealed
 * paragraphs included: a briefing on a repeal cites the repealed paragraph.
 */
export function provisionExists(p: Provision): boolean {
  if (!hasNormData(p.law)) return true;
  return paragraphOf(p) !== undefined && (p.paragraphTo === undefined || paragraphOf({ law: p.law, paragraph: p.paragraphTo }) !== undefined);
}

/** The paragraph heading ("Beantragung des Aufenthaltstitels"), if the law gives one. */
export function headingOf(p: Pick<Provision, 'law' | 'paragraph'>): string | undefined {
  return paragraphOf(p)?.heading ?? undefined;
}

/** `provisionExists` with a reason, for author-facing errors. */
export function checkProvision(p: Provision): ProvisionCheck {
  const law = data().get(p.law);
  if (!law) return { ok: true, repealed: false, checked: false };
  const asOf = law.source.date ? ` (as of ${law.source.date})` : '';
  for (const paragraph of [p.paragraph, p.paragraphTo]) {
    if (paragraph !== undefined && law.paragraphs[paragraph] === undefined) {
      const missing = formatParagraph({ ...p, paragraph });
      return {
        ok: false,
        problem: `${missing} does not exist in the consolidated text${asOf}`,
        expected: `a ${p.unit === '§' ? 'paragraph' : 'article'} of ${law.abbr} that exists; check the number`,
      };
    }
  }
  return { ok: true, repealed: law.paragraphs[p.paragraph]?.repealed === true, checked: true };
}
