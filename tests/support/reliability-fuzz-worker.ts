/**
 * Worker thread for the fuzz test: writes each corrupted variant into a scratch content root,
 * runs the real validator in-process and reports the diagnostics. It runs in a worker so that
 * the test can stop it if a variant makes the validator hang (a synchronous endless loop cannot
 * be interrupted any other way).
 */
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { validateContent } from '../../src/model/validate.ts';

export interface FuzzVariant {
  id: number;
  /** Path of the corrupted file inside the content root. */
  target: string;
  text: string;
}

export type FuzzMessage =
  | { type: 'start'; id: number }
  | {
      type: 'result';
      id: number;
      ms: number;
      errors: number;
      warnings: string[];
      diagnostics: { file: string; line: number; column: number; field: string; problem: string; fix: string; severity: string }[];
    }
  | { type: 'crash'; id: number; ms: number; error: string };

const { root, variants } = workerData as { root: string; variants: FuzzVariant[] };
const post = (message: FuzzMessage) => parentPort?.postMessage(message);
// Node warnings (e.g. from the YAML library) would appear in the author's terminal between the messages.
let warnings: string[] = [];
process.on('warning', (warning) => warnings.push(warning.message));

for (const variant of variants) {
  const abs = join(root, variant.target);
  const original = existsSync(abs) ? readFileSync(abs) : undefined;
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, variant.text);
  post({ type: 'start', id: variant.id });
  const started = performance.now();
  warnings = [];
  try {
    const result = validateContent(root, { includeDrafts: false, strict: false });
    post({ type: 'result', id: variant.id, ms: performance.now() - started, errors: result.errors, warnings, diagnostics: result.diagnostics });
  } catch (error) {
    const text = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 6).join('\n') ?? ''}` : String(error);
    post({ type: 'crash', id: variant.id, ms: performance.now() - started, error: text });
  } finally {
    if (original) writeFileSync(abs, original);
    else rmSync(abs, { force: true });
  }
}
