/**
 * `/api/neu.json`: the data behind "Neu für Sie" on the start page – briefings by publication
 * day and major versions (v2 and later) by validFrom, from one year before the build on, future
 * ones included. Compact keys, described in src/briefings/new-for-you.ts.
 */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../../site/model';
import { docUrl, versionUrl } from '../../site/urls';
import { newForYouData } from '../../briefings/new-for-you';
import { statusFacts } from '../../model/briefing-status';

export const GET: APIRoute = () => {
  const model = getSiteModel();
  const bySlug = new Map(model.content.briefings.map((b) => [b.slug, b]));
  const data = newForYouData(
    model.content.briefings,
    model.docs,
    model.date,
    {
      briefing: (slug) => docUrl('briefing', slug),
      version: (kind, slug, version) => versionUrl(kind, slug, version),
    },
    (slug) => statusFacts(bySlug.get(slug)!, model.content.briefings),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
