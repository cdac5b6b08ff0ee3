/**
 * Connects the authors' folders to Astro's content layer. Validation is not done here: the
 * schemas in src/schemas run in `npm run check` (and before every build) with messages for
 * authors; the loader only renders the bodies (see src/content/loader.ts). One collection per
 * kind of src/kinds/registry.ts, named by its reference prefix.
 */
import { defineCollection } from 'astro:content';
import { lotseLoader } from './content/loader.ts';
import { folderPath, KINDS } from './kinds/registry.ts';

export const collections = Object.fromEntries(KINDS.map((k) => [k.refPrefix, defineCollection({ loader: lotseLoader(folderPath(k)) })])) as Record<
  'checklists' | 'guidelines' | 'briefings' | 'tracks',
  ReturnType<typeof defineCollection>
>;
