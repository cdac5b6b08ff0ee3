/**
 * Starts nginx with the production configuration (deploy/nginx.conf) on a free loopback port,
 * serving a built dist/: the browser tests then see the site exactly as it will be served.
 * Everything nginx writes (pid, logs, temp files) stays in a temporary prefix folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findProgram } from '../../scripts/system-requirements.ts';
import { repo } from './build-site.ts';

export function nginxBinary(): string {
  const found = findProgram('nginx');
  if (!found)
    throw new Error(
      'nginx nicht gefunden. Fix: "npm run test:full" installiert es auf Debian als root; sonst "apt-get install -y nginx" ausführen oder NGINX_PATH setzen.',
    );
  return found;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** deploy/nginx.conf with listen address and root replaced (the lines marked "lotse-test"). */
export function siteConfig(dist: string, port: number): string {
  const text = readFileSync(join(repo, 'deploy/nginx.conf'), 'utf8');
  const out = text
    .replace(/^\s*listen .*# lotse-test: listen$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*root .*# lotse-test: root$/m, `    root ${dist};`);
  if (!out.includes(`127.0.0.1:${port}`) || !out.includes(`root ${dist};`))
    throw new Error('deploy/nginx.conf: die Zeilen „# lotse-test: listen“ und „# lotse-test: root“ fehlen');
  return out;
}

function mainConfig(prefix: string): string {
  const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find((p) => existsSync(p));
  return [
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    'daemon off;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 128; }',
    'http {',
    mimeTypes ? `  include ${mimeTypes};` : '',
    '  default_type application/octet-stream;',
    `  access_log ${prefix}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`),
    `  include ${prefix}/lotse.conf;`,
    '}',
  ].join('\n');
}

export interface RunningNginx {
  url: string;
  prefix: string;
  stop(): Promise<void>;
}

/** `nginx -t` on the production configuration; returns the output (exit 0 expected). */
export function testConfig(dist: string): { status: number | null; output: string } {
  const prefix = mkdtempSync(join(tmpdir(), 'lotse-nginx-t-'));
  try {
    writeFileSync(join(prefix, 'lotse.conf'), siteConfig(dist, 8_080));
    writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix));
    const run = spawnSync(nginxBinary(), ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], { encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

export async function startNginx(dist: string): Promise<RunningNginx> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'lotse-nginx-'));
  writeFileSync(join(prefix, 'lotse.conf'), siteConfig(dist, port));
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix));
  const child: ChildProcess = spawn(nginxBinary(), ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx beendet (Code ${child.exitCode}):\n${output}\n${readLog(prefix)}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx antwortet nicht auf ${url}:\n${output}\n${readLog(prefix)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    prefix,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => {
          rmSync(prefix, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGQUIT');
      }),
  };
}

function readLog(prefix: string): string {
  const log = join(prefix, 'error.log');
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}
