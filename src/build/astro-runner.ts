/**
 * Runs the Astro CLI with the Node that runs Lotse (Node 24 from the devDependency).
 *
 * `npm run build` starts Astro before the content check has finished, so that both run at once.
 * Astro's output is held back until the check has passed (`release()`): when the content is
 * invalid, the author sees Lotse's messages only, never Astro's reaction to the same problem,
 * and `stop()` ends Astro before anything is swapped in.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../config/env.ts';

export interface AstroRun {
  /** Exit code (1 when killed by a signal). */
  readonly exited: Promise<number>;
  /** Writes the output held back so far and passes on everything that follows. */
  release(): void;
  /** Ends Astro and drops its output. */
  stop(): Promise<number>;
}

export function startAstro(args: string[], env: NodeJS.ProcessEnv): AstroRun {
  const bin = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    from.on('data', (chunk: Buffer) => {
      if (held) held.push([to, chunk]);
      else to.write(chunk);
    });
  }
  const exited = new Promise<number>((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
  return {
    exited,
    release() {
      for (const [to, chunk] of held ?? []) to.write(chunk);
      held = undefined;
    },
    stop() {
      held = [];
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
