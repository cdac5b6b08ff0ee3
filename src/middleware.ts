/**
 * Typography of legal German for the interface as well as the content: every rendered page's
 * text passes through src/typography/german.ts (no-break space after § and before €, German
 * quotes, one date form), so no "§" stands alone at a line end in a title, a list or a notice
 * either. Only HTML pages; JSON and feeds are data.
 */
import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './typography/german.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = typesetHtml(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
