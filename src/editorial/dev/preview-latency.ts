/**
 * How fast the preview shows an edit: starts `npm run dev` on a copy of a content set, loads a
 * page, changes a line of the MDX file, and polls the page until the new text is served.
 *
 *   node src/editorial/dev/preview-latency.ts [content folder] [runs] [-- extra astro dev arguments]
 *
 * prints every measurement and the median. The folder defaults to tests/fixtures/editorial;
 * it is copied to a temporary folder, so the original is never edited.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot, environment } from '../../config/env.ts';
import { startDevServer, type DevServer } from './dev-server.ts';

export interface EditTarget {
  /** The MDX file to edit. */
  file: string;
  /** Page path that renders it. */
  path: string;
  /** Text in the file after which a marker is inserted. */
  anchor: string;
}

/** Milliseconds from writing the file to the first response that contains the new text. */
export async function measureEdit(server: DevServer, target: EditTarget, marker: string, timeoutMs = 15_000): Promise<number> {
  const original = readFileSync(target.file, 'utf8');
  if (!original.includes(target.anchor)) throw new Error(`${target.file} enthält „${target.anchor}“ nicht`);
  writeFileSync(target.file, original.replace(target.anchor, `${target.anchor} ${marker}`));
  const started = performance.now();
  try {
    while (performance.now() - started < timeoutMs) {
      const html = await (await fetch(`${server.url}${target.path}`)).text();
      if (html.includes(marker)) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`„${marker}“ erschien nicht innerhalb von ${timeoutMs} ms auf ${target.path}`);
  } finally {
    writeFileSync(target.file, original);
  }
}

/** Edits the target `runs` times (after one page load to warm up) and returns each latency. */
export async function measurePreviewLatency(server: DevServer, target: EditTarget, runs: number): Promise<number[]> {
  await (await fetch(`${server.url}${target.path}`)).text();
  const results: number[] = [];
  for (let run = 1; run <= runs; run++) {
    results.push(await measureEdit(server, target, `VORSCHAU${run}X${Date.now()}`));
    // Let the watcher settle on the restored file before the next edit.
    await new Promise((r) => setTimeout(r, 300));
    await (await fetch(`${server.url}${target.path}`)).text();
  }
  return results;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

if (import.meta.main) {
  const positional = process.argv.slice(2, process.argv.includes('--') ? process.argv.indexOf('--') : undefined);
  const source = resolve(positional[0] ?? join(repoRoot, 'tests/fixtures/editorial'));
  const runs = Number(positional[1] ?? 5);
  const copy = mkdtempSync(join(tmpdir(), 'lotse-preview-'));
  cpSync(source, copy, { recursive: true });
  const dashes = process.argv.indexOf('--');
  const extraArgs = dashes > 0 ? process.argv.slice(dashes + 1) : [];
  const server = await startDevServer({ content: copy, env: { BUILD_DATE: environment().BUILD_DATE ?? '2026-11-25' }, extraArgs }).catch((error: unknown) => {
    rmSync(copy, { recursive: true, force: true });
    throw error;
  });
  try {
    const target = {
      file: join(copy, 'checklists/verlaengerung/v2.mdx'),
      path: '/checklisten/verlaengerung/',
      anchor: 'Neue Nachweise nach der Reform anfordern',
    };
    const results = await measurePreviewLatency(server, target, runs);
    console.log(`Vorschau-Latenz (Speichern → neuer Text ausgeliefert), ${runs} Messungen: ${results.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
    console.log(`Median ${Math.round(median(results))} ms, Maximum ${Math.round(Math.max(...results))} ms`);
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : String(error)}\nLetzte Ausgabe von npm run dev:\n${server.output().split('\n').slice(-25).join('\n')}`,
    );
    process.exitCode = 1;
  } finally {
    await server.stop();
    rmSync(copy, { recursive: true, force: true });
  }
}
