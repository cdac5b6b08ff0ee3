/**
 * /einarbeitung/: start date, and per track card how far the reader is (only for tracks they
 * work on; the others say "noch nicht begonnen").
 */
import { countText, myTracks, percent, trackStatus } from '../tracks/status.ts';
import { initStartForm } from './tracks-dates.ts';
import { onChange, pagePayload, progress, start, versionDay } from './tracks-store.ts';

const payload = pagePayload();

function render(): void {
  if (!payload) return;
  const p = progress();
  const day = versionDay(payload);
  const mine = myTracks(payload.tracks, p);
  for (const card of document.querySelectorAll<HTMLElement>('[data-track-card]')) {
    const track = payload.tracks.find((t) => t.slug === card.dataset.trackCard);
    const out = card.querySelector<HTMLElement>('[data-track-card-progress]');
    if (!track || !out) continue;
    if (!mine.includes(track)) {
      out.textContent = 'Noch nicht begonnen.';
      continue;
    }
    const status = trackStatus(track, p, day);
    out.textContent = `Ihr Fortschritt: ${countText(status)} (${percent(status)} %)${status.rereads > 0 ? ` – ${status.rereads} neu lesen` : ''}.`;
  }
  const summary = document.querySelector<HTMLElement>('[data-overview-summary]');
  if (summary && mine.length > 0) {
    summary.textContent = `Sie arbeiten an ${mine.length === 1 ? 'einem Pfad' : `${mine.length} Pfaden`}: ${mine.map((t) => `${t.title} (${countText(trackStatus(t, p, day))})`).join('; ')}.`;
  }
}

start();
initStartForm();
onChange(render);
render();
