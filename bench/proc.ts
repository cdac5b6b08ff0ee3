/**
 * Runs a command and measures it like a person waiting for it: wall time, CPU time of the whole
 * process tree (children's user+system time from /proc/self/stat once they are reaped), and
 * peak memory of the tree (sum of RSS of all descendants, sampled every 50 ms).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  code: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakMemoryMB: number;
  output: string;
}

const TICKS = 100;

function childCpuTicks(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return Number(fields[13]) + Number(fields[14]);
}

function treeRssKB(root: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      parents.set(Number(entry), Number(stat[1]));
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [pid] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parents.get(p)) {
      if (p === root) {
        total += rss.get(pid) ?? 0;
        break;
      }
    }
  }
  return total;
}

export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean }): Promise<Measured> {
  return new Promise((resolve) => {
    const cpuBefore = childCpuTicks();
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKB(child.pid));
    }, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      // The exit event can come before the child is reaped; give the kernel a moment.
      setTimeout(() => resolve({ code: code ?? 1, wallSeconds, cpuSeconds: (childCpuTicks() - cpuBefore) / TICKS, peakMemoryMB: peak / 1024, output }), 20);
    });
  });
}
