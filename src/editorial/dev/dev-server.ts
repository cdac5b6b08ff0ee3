/**
 * Starts `npm run dev` (the authors' preview, drafts included) on a content folder and a free
 * port, for the dev-server tests and the preview-latency measurement. The server runs in its
 * own process group, so `stop()` ends npm, astro and vite together and nothing else.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../config/env.ts';

export interface DevServer {
  url: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('kein freier Port'))));
    });
  });
}

export async function startDevServer(options: { content: string; env?: Record<string, string>; timeoutMs?: number; extraArgs?: string[] }): Promise<DevServer> {
  const port = await freePort();
  const cache = mkdtempSync(join(tmpdir(), 'lotse-dev-cache-'));
  const child: ChildProcess = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1', ...(options.extraArgs ?? [])], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', LOTSE_CONTENT_DIR: options.content, LOTSE_CACHE_DIR: cache, ...options.env },
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += String(chunk)));
  child.stderr?.on('data', (chunk) => (log += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (running && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const killed = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5000))]);
      if (!killed && child.pid) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(cache, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (!running) break;
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`npm run dev ist nicht bereit geworden:\n${log}`);
}
