/** `/api/stand.json`: versions' start days per document, loaded on demand by /stand/. */
import type { APIRoute } from 'astro';
import { standExport } from '../../site/export';

export const GET: APIRoute = () => new Response(JSON.stringify(standExport()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
