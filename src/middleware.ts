/**
 * `npm run dev` only: typography of legal German (src/typography/german.ts) on every page the
 * dev server renders, as the build's "typography" stage (src/typography/stage.ts) does for the
 * built pages. In a build this middleware passes pages through untouched: typesetting there
 * happens once, after the render, where it does not add to Astro's memory.
 */
import { defineMiddleware } from 'astro:middleware';
import { typesetHtml } from './typography/german.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!import.meta.env.DEV) return response;
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = typesetHtml(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
