/** `/rechtsaenderungen/feed.xml`: every briefing as an Atom feed (RFC 4287), with its effective day. */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../../site/model';
import { siteFeed } from '../../briefings/site-data';

export const GET: APIRoute = ({ site }) => new Response(siteFeed(getSiteModel(), site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
