/**
 * Content-layer loader for the authors' MDX files. Bodies are compiled straight to HTML by
 * Astro's Markdown processor (Sätteri, with Lotse's transforms) instead of becoming one
 * JavaScript module per document: authors' files are MDX without JSX or expressions (the
 * content check rejects both), so the HTML is the same, and skipping a bundled module per
 * document more than halves the build of a large knowledge base (see README, "Leistung").
 *
 * Entries keep a digest of their source; an unchanged file is not rendered again when Astro's
 * content cache is warm (incremental rebuilds). In `npm run dev` the watcher re-renders a file
 * when it is saved.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { contentRoot } from '../config/env.ts';

/** `---` frontmatter and body; a broken frontmatter yields empty data (the content check reports it). */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { data: {}, body: text };
  let data: Record<string, unknown> = {};
  try {
    const parsed = parse(match[1]) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    // reported by `npm run check`, which runs before every build
  }
  return { data, body: text.slice(match[0].length) };
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx') && !name.split(sep).some((part) => part.startsWith('.')))
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

export function lotseLoader(folder: string): Loader {
  return {
    name: 'lotse-mdx',
    load: async (context: LoaderContext) => {
      const base = join(contentRoot(), folder);
      const idOf = (file: string) => relative(base, file).split(sep).join('/').replace(/\.mdx$/, '');
      const update = async (file: string) => {
        const text = readFileSync(file, 'utf8');
        const id = idOf(file);
        const digest = context.generateDigest(text);
        if (context.store.get(id)?.digest === digest) return;
        const { data, body } = splitFrontmatter(text);
        const rendered = await context.renderMarkdown(body, { fileURL: pathToFileURL(file) });
        context.store.set({ id, data, body, digest, rendered, filePath: relative(process.cwd(), file) });
      };
      const files = mdxFiles(base);
      const ids = new Set(files.map(idOf));
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      for (const file of files) await update(file);

      context.watcher?.add(base);
      const inside = (file: string) => file.startsWith(`${base}${sep}`) && file.endsWith('.mdx');
      // Editors write a file in several steps; read it once the writes have settled, and one file
      // at a time, so a save is never rendered from a half-written file or overtaken by an older one.
      const timers = new Map<string, ReturnType<typeof setTimeout>>();
      let queue = Promise.resolve();
      const settle = (file: string) => {
        clearTimeout(timers.get(file));
        timers.set(file, setTimeout(() => {
          timers.delete(file);
          queue = queue.then(() => update(file)).catch((error: unknown) => context.logger.warn(`${file}: ${String(error)}`));
        }, 40));
      };
      context.watcher?.on('change', (file) => inside(file) && settle(file));
      context.watcher?.on('add', (file) => inside(file) && settle(file));
      context.watcher?.on('unlink', (file) => inside(file) && context.store.delete(idOf(file)));
    },
  };
}
