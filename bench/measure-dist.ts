/** Sizes of a built site: pages, dist/ size, largest page, median page weight, JS on a document page, index size. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DistFigures {
  pages: number;
  /** Bytes on disk, each file once (hard links counted once, as `du` does). */
  distMB: number;
  /** Bytes a copy without hard links would take (every URL its own file). */
  distUnlinkedMB: number;
  largestPageKB: number;
  largestPage: string;
  medianPageKB: number;
  docPageJsKB: number;
  searchIndexMB: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

const gz = (buffer: Buffer | string) => gzipSync(buffer, { level: 6 }).length;

/** Script and stylesheet files a page loads before any interaction (static imports followed). */
function assetsOf(dist: string, html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  const js = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  while (queue.length > 0) {
    const src = queue.shift()!;
    if (js.has(src) || !src.startsWith('/')) continue;
    js.add(src);
    let code = '';
    try {
      code = readFileSync(join(dist, src), 'utf8');
    } catch {
      continue;
    }
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      queue.push(new URL(m[1], `http://x${src}`).pathname);
    }
  }
  return { css, js: [...js] };
}

export function measureDist(dist: string, docPage: string): DistFigures {
  const files = walk(dist);
  const pages = files.filter((f) => f.endsWith('.html'));
  const sizeOf = new Map<string, number>();
  const weightOf = (asset: string) => {
    if (!sizeOf.has(asset)) {
      try {
        sizeOf.set(asset, gz(readFileSync(join(dist, asset))));
      } catch {
        sizeOf.set(asset, 0);
      }
    }
    return sizeOf.get(asset)!;
  };
  let largest = { size: 0, page: '' };
  const weights: number[] = [];
  for (const page of pages) {
    const html = readFileSync(page);
    if (html.length > largest.size) largest = { size: html.length, page: relative(dist, page) };
    const { css, js } = assetsOf(dist, html.toString('utf8'));
    weights.push(gz(html) + [...css, ...js].reduce((sum, a) => sum + weightOf(a), 0));
  }
  weights.sort((a, b) => a - b);
  const docHtml = readFileSync(join(dist, docPage, 'index.html'), 'utf8');
  const docJs = assetsOf(dist, docHtml).js.reduce((sum, a) => sum + weightOf(a), 0);
  const inodes = new Map<string, number>();
  let unlinked = 0;
  for (const f of files) {
    const st = statSync(f);
    inodes.set(`${st.dev}:${st.ino}`, st.size);
    unlinked += st.size;
  }
  const total = [...inodes.values()].reduce((sum, size) => sum + size, 0);
  const index = files.filter((f) => relative(dist, f).startsWith('pagefind')).reduce((sum, f) => sum + statSync(f).size, 0);
  return {
    pages: pages.length,
    distMB: total / 1e6,
    distUnlinkedMB: unlinked / 1e6,
    largestPageKB: largest.size / 1024,
    largestPage: largest.page,
    medianPageKB: (weights[Math.floor(weights.length / 2)] ?? 0) / 1024,
    docPageJsKB: docJs / 1024,
    searchIndexMB: index / 1e6,
  };
}
