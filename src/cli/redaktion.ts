/**
 * `npm run redaktion`: the browser editor on this PC. Starts Decap's proxy (decap-server, which
 * writes into the working copy) and serves /redaktion/editor/ on a loopback port; the check
 * context is read fresh from the working copy on every page load, so a new version counts at
 * once. Nothing listens beyond 127.0.0.1.
 *
 *   npm run redaktion [-- --port 4322 --proxy-port 8081 --root <content folder>]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { redaktionPorts, repoRoot, useContentRoot } from '../config/env.ts';
import { decapInstalled, editorAssetsFor, lintBody } from '../editor/serve.ts';
import { ensureSystem } from '../../scripts/system-requirements.ts';
import { runCli } from './run-cli.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

runCli(async () => {
  const { values } = parseArgs({ options: { port: { type: 'string' }, 'proxy-port': { type: 'string' }, root: { type: 'string' } }, strict: true });
  const root = useContentRoot(values.root);
  const defaults = redaktionPorts();
  const port = values.port ? Number(values.port) : defaults.page;
  const proxyPort = values['proxy-port'] ? Number(values['proxy-port']) : defaults.proxy;
  // System programs beyond Node (none today; scripts/system-requirements.ts owns the list).
  const missing = ensureSystem('redaktion');
  if (missing) {
    console.error(missing);
    return 1;
  }
  if (!decapInstalled()) {
    console.error('node_modules/decap-cms — der Editor ist nicht installiert. Fix: npm install ausführen.');
    return 1;
  }
  if (!existsSync(join(root, 'content')) && !existsSync(join(root, 'checklists'))) {
    console.error(`${root} — hier liegen keine Inhalte (content/, checklists/). Fix: npm run redaktion im Lotse-Ordner starten oder --root angeben.`);
    return 1;
  }
  const proxy = spawn(process.execPath, [join(repoRoot, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(proxyPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const assets = await editorAssetsFor(root, `http://127.0.0.1:${proxyPort}/api/v1`);
  // The policy of deploy/nginx.conf for /redaktion/editor/, with the local proxy instead of GitLab:
  // the editor is tested under the same restrictions it has in production.
  const csp = `default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' blob: http://127.0.0.1:${proxyPort}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-src 'none'; frame-ancestors 'none'`;
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': csp });
    res.end(body);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/' || url.pathname === '/redaktion/editor') {
      res.writeHead(302, { location: '/redaktion/editor/' });
      return res.end();
    }
    if (url.pathname === '/redaktion/editor/lint' && req.method === 'POST') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => send(res, 200, TYPES['.json'], JSON.stringify(lintBody(body))));
      return;
    }
    if (!url.pathname.startsWith('/redaktion/editor/')) return send(res, 404, TYPES['.html'], 'Nicht gefunden');
    const name = normalize(url.pathname.slice('/redaktion/editor/'.length) || 'index.html');
    if (name.startsWith('..') || name.includes('/')) return send(res, 404, TYPES['.html'], 'Nicht gefunden');
    try {
      if (name === 'context.json') return send(res, 200, TYPES['.json'], assets.context());
      if (name === 'config.json') return send(res, 200, TYPES['.json'], assets.config());
      const file = join(assets.dir, name);
      send(res, 200, TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream', readFileSync(file));
    } catch {
      send(res, 404, TYPES['.html'], 'Nicht gefunden');
    }
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  console.log(`Lotse-Redaktion: http://127.0.0.1:${port}/redaktion/editor/ (Inhalte: ${root}; Speicherdienst auf Port ${proxyPort}). Beenden mit Strg+C.`);
  const stop = () => {
    proxy.kill();
    server.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return await new Promise<number>((resolve) =>
    proxy.once('exit', (code) => {
      server.close();
      resolve(code === null || code === 0 ? 0 : 1);
    }),
  );
});
