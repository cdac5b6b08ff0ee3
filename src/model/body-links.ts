/**
 * Links in MDX bodies to documents of this site (`[Gebühren](/leitfaeden/gebuehren/)`) must lead
 * to a document — and a version — of the content set, like references in the frontmatter. Other
 * site paths (`/glossar/`, `/suche/?q=…`) are left to the link check over the built site.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config/env.ts';
import { KINDS } from '../kinds/registry.ts';
import type { Report } from './diagnostics.ts';
import type { ContentSet, SourceRef } from './types.ts';

/** URL section (`checklisten`) → reference prefix (`checklists`), from src/kinds/registry.ts. */
const SECTIONS: Record<string, string> = Object.fromEntries(KINDS.map((k) => [k.urlSection.replace(/\//g, ''), k.refPrefix]));

/** Sections served by the one route set of the versioned kinds (src/pages/[section]/). */
const SHARED_ROUTES = new Set(KINDS.filter((k) => k.versioned).map((k) => k.urlSection.replace(/\//g, '')));

/**
 * Fixed pages inside a section (`/checklisten/team/…`, `/rechtsaenderungen/archiv/…`) are not
 * document slugs: the static names in the section's route folder, or in the shared one.
 */
function fixedSegments(section: string): Set<string> {
  const dirs = [section, ...(SHARED_ROUTES.has(section) ? ['[section]'] : [])].map((d) => join(repoRoot, 'src', 'pages', d)).filter((d) => existsSync(d));
  return new Set(
    dirs
      .flatMap((dir) => readdirSync(dir))
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\.(astro|ts|md|mdx)$/, '')),
  );
}

export function checkBodyLinks(content: ContentSet, targets: Map<string, number>, report: Report): void {
  const fixed = new Map(Object.keys(SECTIONS).map((section) => [section, fixedSegments(section)]));
  const sources: SourceRef[] = [...[...content.checklists, ...content.guidelines].flatMap((d) => d.versions), ...content.briefings, ...content.tracks];
  for (const source of sources) {
    for (const link of source.links ?? []) {
      const match = /^\/([a-z]+)\/([^/?#]+)\/?(?:(v\d+)\/)?/.exec(link.url);
      if (!match || !SECTIONS[match[1]] || fixed.get(match[1])?.has(match[2])) continue;
      const ref = `${SECTIONS[match[1]]}/${match[2]}`;
      const at = { file: source.file, line: link.line, column: link.column, field: 'mdx' };
      if (!targets.has(ref)) {
        report.error({
          ...at,
          problem: `Link „${link.url}“ führt zu keinem Dokument (${ref} gibt es nicht)`,
          fix: `den Slug prüfen; vorhanden sind z. B. ${
            [...targets.keys()]
              .filter((k) => k.startsWith(SECTIONS[match[1]]))
              .slice(0, 3)
              .join(', ') || 'keine Dokumente dieses Typs'
          }`,
        });
      } else if (match[3] && Number(match[3].slice(1)) > (targets.get(ref) ?? 0)) {
        report.error({
          ...at,
          problem: `Link „${link.url}“: ${ref} hat keine Fassung ${match[3]}`,
          fix: `auf /${match[1]}/${match[2]}/ (aktuelle Fassung) verlinken`,
        });
      }
    }
  }
}
