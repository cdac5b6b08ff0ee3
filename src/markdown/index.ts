/**
 * The Markdown transforms of Lotse, registered with Astro's default (Sätteri) processor in
 * astro.config.mjs. Sätteri ignores remark/rehype plugins, so every transform here is a Sätteri
 * plugin; tests/build proves in the built HTML that each one ran.
 *
 * Order matters: citations are linked before glossary abbreviations are explained, so that an
 * abbreviation such as "AufenthG" inside a citation stays part of the link. Heading ids come
 * next, from the final heading text, and before Astro's own heading-ids plugin, which keeps them.
 * Typography runs last: its no-break spaces would otherwise stop the citation and abbreviation
 * patterns, and ids stay what they were without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { contentRoot, repoRoot } from '../config/env.ts';
import { headingOf } from '../norms/norms.ts';
import { lawRefs } from '../model/citation-check.ts';
import type { GlossaryEntry, Law } from '../schemas/registries.ts';
import { checklistItems } from './checklist-items.ts';
import { citationLinks } from './citation-links.ts';
import { glossaryAbbr } from './glossary-abbr.ts';
import { headingIds } from './heading-ids.ts';
import { typography } from './typography.ts';

/** Registry YAML of the content root, falling back to the repository's defaults (as load.ts does). */
function registry<T>(name: string, fallback: T): T {
  for (const dir of [contentRoot(), repoRoot]) {
    const file = join(dir, 'content', name);
    if (existsSync(file)) return (parse(readFileSync(file, 'utf8')) as T) ?? fallback;
    if (name === 'glossary.yaml') return fallback;
  }
  return fallback;
}

/** Glossary abbreviations with all their meanings (ZAB has two). */
export function abbreviationEntries(glossary: readonly GlossaryEntry[]): { abbr: string; expansions: string[] }[] {
  const byAbbr = new Map<string, string[]>();
  for (const entry of glossary) for (const abbr of entry.abbr ?? []) byAbbr.set(abbr, [...(byAbbr.get(abbr) ?? []), entry.term]);
  return [...byAbbr].map(([abbr, expansions]) => ({ abbr, expansions }));
}

export function markdownPlugins() {
  const checklistsDir = `${contentRoot()}${sep}checklists${sep}`;
  const isChecklist = (url: URL | undefined) => url !== undefined && fileURLToPath(url).startsWith(checklistsDir);
  const laws = registry<Law[]>('laws.yaml', []);
  const glossary = registry<GlossaryEntry[]>('glossary.yaml', []);
  return {
    hastPlugins: [
      checklistItems({ appliesTo: isChecklist }),
      citationLinks({ laws: lawRefs(laws), headingOf }),
      glossaryAbbr({ entries: abbreviationEntries(glossary) }),
      headingIds(),
      typography(),
    ],
  };
}
