/**
 * /einarbeitung/daten.json: every track's structure without quiz answers, for the start page's
 * "diese Woche" box (src/client/tracks/tracks-due.ts), which fetches it only when a reader has progress.
 */
import { getSiteModel } from '../../site/model.ts';
import { tracksPayload } from '../../tracks/build-data.ts';

export function GET(): Response {
  return new Response(JSON.stringify(tracksPayload(getSiteModel())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
