/**
 * The stages after Astro has rendered the pages into the temporary folder. Each stage reads and
 * writes only inside `outDir`; if one throws, the build stops and `dist/` stays untouched.
 */
import type { ContentSet } from '../model/types.ts';
import type { SearchPreparation } from '../search/build/prepare.ts';
import { indexSite } from '../search/build/index-site.ts';
import { writeCurrentVersionCopies } from './current-version-copies.ts';
import { writeServiceWorker } from '../offline/worker-stage.ts';
import { writeBuildEditor } from '../editor/build-stage.ts';
import { typesetPages } from '../typography/stage.ts';

export interface StageContext {
  content: ContentSet;
  /** Reference date of the build. */
  date: string;
  /** The content-only part of search, started while Astro rendered. */
  prepared?: Promise<SearchPreparation>;
}

export interface Stage {
  name: string;
  run(outDir: string, context: StageContext): Promise<void> | void;
}

/**
 * In order; "typography" comes first so that search indexes the pages as readers see them,
 * "versions" must follow "index" so that copies are never indexed, and "offline" comes last so
 * that the precache hashes the files as they are served.
 */
export const postBuildStages: Stage[] = [
  { name: 'typography', run: async (outDir) => void (await typesetPages(outDir)) },
  { name: 'index', run: (outDir, context) => indexSite(outDir, context) },
  { name: 'versions', run: (outDir, { content, date }) => void writeCurrentVersionCopies(outDir, content, date) },
  { name: 'offline', run: async (outDir) => void (await writeServiceWorker(outDir)) },
  // After "offline": the editor is for team leads online and is never precached for readers.
  { name: 'editor', run: (outDir, { content }) => writeBuildEditor(outDir, content) },
];
