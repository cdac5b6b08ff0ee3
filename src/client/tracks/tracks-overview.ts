/**
 * /einarbeitung/: start date, and per track card how far the reader is (only for tracks they
 * work on; the others say "noch nicht begonnen"). The track data (/einarbeitung/daten.json) is
 * fetched only when the reader works on a track; everyone else loads nothing more.
 */
import { countText, myTracks, percent, trackStatus } from '../../tracks/status.ts';
import { initStartForm } from './tracks-dates.ts';
import { onChange, progress, sharedTracks, start, versionDay } from './tracks-store.ts';

const cards = [...document.querySelectorAll<HTMLElement>('[data-track-card]')];
const cardOutput = (card: HTMLElement) => card.querySelector<HTMLElement>('[data-track-card-progress]');

async function render(): Promise<void> {
  const following = new Set(progress().tracks);
  for (const card of cards) {
    const out = cardOutput(card);
    if (out && !following.has(card.dataset.trackCard ?? '')) out.textContent = 'Noch nicht begonnen.';
  }
  if (!cards.some((card) => following.has(card.dataset.trackCard ?? ''))) return;
  const payload = await sharedTracks();
  if (!payload) return;
  const p = progress();
  const day = versionDay(payload);
  const mine = myTracks(payload.tracks, p);
  for (const card of cards) {
    const track = mine.find((t) => t.slug === card.dataset.trackCard);
    const out = cardOutput(card);
    if (!track || !out) continue;
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
onChange(() => void render());
void render();
