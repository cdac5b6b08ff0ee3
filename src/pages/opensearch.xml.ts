/** OpenSearch description, so that browsers can use Lotse as a search engine. */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../site/model';
import { escapeHtml } from '../site/escape-html';

export const GET: APIRoute = ({ site }) => {
  const { content } = getSiteModel();
  const base = (site?.href ?? 'http://localhost:4321/').replace(/\/$/, '');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Lotse ${escapeHtml(content.site.shortName)}</ShortName>
  <Description>Suche in Checklisten, Leitfäden und Rechtsänderungen der ${escapeHtml(content.site.name)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>de-DE</Language>
  <Image height="32" width="32" type="image/svg+xml">${base}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${base}/suche/?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
