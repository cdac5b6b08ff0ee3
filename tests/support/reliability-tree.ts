/** Byte-level snapshots of a folder tree, to prove that a build left `dist/` untouched or reproduced it. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Relative path → sha256 of every file; directories end in `/` so that empty ones count too. */
export function snapshotTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const abs = join(dir, rel);
    if (statSync(abs).isDirectory()) out.set(`${rel}/`, 'dir');
    else out.set(rel, createHash('sha256').update(readFileSync(abs)).digest('hex'));
  }
  return out;
}

/** Human-readable differences between two snapshots (missing, added, changed paths). */
export function diffSnapshots(before: Map<string, string>, after: Map<string, string>): string[] {
  const diffs: string[] = [];
  for (const [path, hash] of before) {
    if (!after.has(path)) diffs.push(`- ${path}`);
    else if (after.get(path) !== hash) diffs.push(`~ ${path}`);
  }
  for (const path of after.keys()) if (!before.has(path)) diffs.push(`+ ${path}`);
  return diffs;
}

/** The first differing bytes of two files, with some context, to find the cause of a difference. */
export function firstDifference(a: string, b: string, context = 80): string {
  const x = readFileSync(a, 'latin1');
  const y = readFileSync(b, 'latin1');
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const show = (s: string) => JSON.stringify(Buffer.from(s.slice(Math.max(0, i - context), i + context), 'latin1').toString('utf8'));
  return `at byte ${i}:\n    A: ${show(x)}\n    B: ${show(y)}`;
}
