/** `/api/dokumente.json`: every published document and version as data (CONTENT-MODEL.md). */
import type { APIRoute } from 'astro';
import { documentsExport } from '../../site/export';

export const GET: APIRoute = () => new Response(JSON.stringify(documentsExport(), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
