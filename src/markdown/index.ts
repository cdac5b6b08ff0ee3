/**
 * The Markdown transforms of Lotse, registered with Astro's default (Sätteri) processor in
 * astro.config.mjs. Sätteri ignores remark/rehype plugins, so every transform here is a Sätteri
 * plugin; tests/build proves in the built HTML that each one ran.
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../config/env.ts';
import { checklistItems } from './checklist-items.ts';

export function markdownPlugins() {
  const checklistsDir = `${contentRoot()}${sep}checklists${sep}`;
  const isChecklist = (url: URL | undefined) => url !== undefined && fileURLToPath(url).startsWith(checklistsDir);
  return {
    hastPlugins: [checklistItems({ appliesTo: isChecklist })],
  };
}
