/** The validated content set that pages, search and exports are built from. */
import type { BriefingFrontmatter } from '../schemas/briefing.ts';
import type { GlossaryEntry, Law, SiteSettings, Team } from '../schemas/registries.ts';
import type { TrackFrontmatter } from '../schemas/track.ts';
import type { VersionFrontmatter } from '../schemas/versioned.ts';

export type VersionedKind = 'checklist' | 'guideline';
export type DocKind = VersionedKind | 'briefing' | 'track';

export interface SourceRef {
  /** Path shown to authors, relative to the working directory. */
  file: string;
  absPath: string;
  /** Id of the entry in the Astro content collection (path below the collection folder, no extension). */
  entryId: string;
  body: string;
  bodyLine: number;
  /** Links in the body to pages of this site, with their position (empty when bodies were skipped). */
  links?: readonly { url: string; line: number; column: number }[];
  /** Line and column of a frontmatter field, for messages about this file. */
  locate(path: readonly (string | number)[]): { line: number; column: number };
}

export interface DocVersion extends SourceRef {
  kind: VersionedKind;
  slug: string;
  version: number;
  data: VersionFrontmatter;
}

export interface VersionedDoc {
  kind: VersionedKind;
  slug: string;
  /** `checklists/<slug>` or `guidelines/<slug>`. */
  ref: string;
  /** Sorted by version number, 1..N. */
  versions: DocVersion[];
}

export interface Briefing extends SourceRef {
  kind: 'briefing';
  slug: string;
  ref: string;
  data: BriefingFrontmatter;
}

export interface Track extends SourceRef {
  kind: 'track';
  slug: string;
  ref: string;
  data: TrackFrontmatter;
}

export interface ContentSet {
  root: string;
  site: SiteSettings;
  teams: Team[];
  laws: Law[];
  glossary: GlossaryEntry[];
  /** Where the glossary was read from, so that rules can point at the line of an entry. */
  glossarySource?: Pick<SourceRef, 'file' | 'locate'>;
  checklists: VersionedDoc[];
  guidelines: VersionedDoc[];
  briefings: Briefing[];
  tracks: Track[];
}
