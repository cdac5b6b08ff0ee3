/**
 * Draws the app icons in public/icons/ from the site's mark (public/favicon.svg) with sharp.
 * Run once when the mark changes: `npx node scripts/make-icons.ts`; the PNGs are committed, so a
 * build needs no image tooling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const root = join(import.meta.dirname, '..');
const mark = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
// Maskable icons keep their content inside the inner 80 % ("safe zone"): the mark on a full-bleed
// square in the mark's own blue.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#0b5394"/><g transform="translate(4 4)">${mark.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '')}</g></svg>`;

for (const size of [192, 512]) {
  await sharp(Buffer.from(mark), { density: 1200 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(join(root, `public/icons/lotse-${size}.png`));
}
await sharp(Buffer.from(maskable), { density: 1200 }).resize(512, 512).png({ compressionLevel: 9 }).toFile(join(root, 'public/icons/lotse-maskable-512.png'));
console.log('public/icons/: lotse-192.png, lotse-512.png, lotse-maskable-512.png');
