/**
 * Connects the authors' folders to Astro's content layer. Validation is not done here: the
 * schemas in src/schemas run in `npm run check` (and before every build) with messages for
 * authors; Astro only compiles the MDX bodies.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentRoot } from './config/env.ts';

const root = contentRoot();
const mdx = (folder: string) => defineCollection({ loader: glob({ pattern: '**/*.mdx', base: join(root, folder) }) });

export const collections = {
  checklists: mdx('checklists'),
  guidelines: mdx('content/guidelines'),
  briefings: mdx('content/briefings'),
  tracks: mdx('content/tracks'),
};
