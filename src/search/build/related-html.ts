/**
 * Turns an indexed page into the published one: puts "Verwandte Dokumente" in and drops the
 * search facets, which only the index needed (about 0.6 KB on every document page).
 * RelatedDocs.astro leaves an empty slot (`<div data-related-slot="<reference>" hidden></div>`);
 * the index stage, which computes the related documents for all pages at once (related.ts),
 * replaces each slot by the list, or removes it when there is nothing related.
 */
import { SECTION } from '../../site/urls.ts';
import { FACETS_ATTRIBUTE } from './pagefind.ts';
import { escapeHtml } from '../../site/escape-html.ts';
import { germanTypography } from '../../typography/german.ts';
import type { RelatedDocument } from './related.ts';

export const SLOT = /<div data-related-slot="([^"]*)" hidden(?:="")?><\/div>/g;

export function relatedSection(reference: string, related: readonly RelatedDocument[]): string {
  if (related.length === 0) return '';
  const id = `verwandt-${reference.replace(/[^a-z0-9]+/gi, '-')}`;
  const items = related
    .map(
      (d) =>
        `<li><a href="${escapeHtml(d.url)}">${escapeHtml(germanTypography(d.title))}</a> <span class="meta">(${escapeHtml(SECTION[d.type].label)})</span></li>`,
    )
    .join('');
  return `<section class="related-docs" aria-labelledby="${id}" data-related data-pagefind-ignore><h2 id="${id}">Verwandte Dokumente</h2><ul>${items}</ul></section>`;
}

/** The page with its slots filled, or undefined when it has none. */
export function fillRelatedSlots(html: string, relatedOf: (reference: string) => readonly RelatedDocument[]): string | undefined {
  if (!html.includes('data-related-slot=')) return undefined;
  return html.replace(SLOT, (_all, ref: string) => relatedSection(ref.replace(/&amp;/g, '&'), relatedOf(ref.replace(/&amp;/g, '&'))));
}

const FACETS = new RegExp(` ${FACETS_ATTRIBUTE}="[^"]*"`);

/** The page as published: related documents filled in, search facets removed. */
export function publishedPage(source: string, related: ReadonlyMap<string, readonly RelatedDocument[]>): string {
  return (fillRelatedSlots(source, (ref) => related.get(ref) ?? []) ?? source).replace(FACETS, '');
}
