/** Runs the Astro CLI with the Node that runs Lotse (Node 24 from the devDependency). */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../config/env.ts';

export function runAstro(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const bin = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}
