/** `/rechtsaenderungen/team/<id>/feed.xml`: one team's briefings as an Atom feed (linked from /teams/<id>/). */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../../../../site/model';
import { siteFeed } from '../../../../briefings/site-data';

export function getStaticPaths() {
  return getSiteModel().content.teams.map((team) => ({ params: { id: team.id } }));
}

export const GET: APIRoute = ({ site, params }) =>
  new Response(siteFeed(getSiteModel(), site, params.id), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
