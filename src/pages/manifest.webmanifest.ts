/**
 * The web app manifest: Lotse opens like an app on the service phone (issue 19). Name and
 * description come from content/site.yaml; the icons are the site's own mark (public/icons/,
 * drawn from public/favicon.svg by scripts/make-icons.ts).
 */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../site/model';

export const GET: APIRoute = () => {
  const { site } = getSiteModel().content;
  const manifest = {
    name: `Lotse – ${site.name}`,
    short_name: 'Lotse',
    description: `Checklisten, Leitfäden, Rechtsänderungen und Einarbeitung der ${site.name}`,
    lang: 'de',
    dir: 'ltr',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5394',
    icons: [
      { src: '/icons/lotse-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/lotse-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/lotse-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
