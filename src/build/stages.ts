/**
 * The stages after Astro has rendered the pages into the temporary folder. Each stage reads and
 * writes only inside `outDir`; if one throws, the build stops and `dist/` stays untouched.
 */
import { indexSite } from '../search/index-site.ts';

export interface Stage {
  name: string;
  run(outDir: string): Promise<void> | void;
}

export const postBuildStages: Stage[] = [{ name: 'index', run: indexSite }];
