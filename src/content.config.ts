/**
 * Connects the authors' folders to Astro's content layer. Validation is not done here: the
 * schemas in src/schemas run in `npm run check` (and before every build) with messages for
 * authors; the loader only renders the bodies (see src/content/loader.ts).
 */
import { defineCollection } from 'astro:content';
import { lotseLoader } from './content/loader.ts';

export const collections = {
  checklists: defineCollection({ loader: lotseLoader('checklists') }),
  guidelines: defineCollection({ loader: lotseLoader('content/guidelines') }),
  briefings: defineCollection({ loader: lotseLoader('content/briefings') }),
  tracks: defineCollection({ loader: lotseLoader('content/tracks') }),
};
