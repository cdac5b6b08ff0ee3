/**
 * Every page of the seed build passes the W3C Nu HTML checker (npm `vnu-jar`, run with the
 * system's Java) with 0 errors. html-validate covers the fast suite (tests/build/
 * reliability-html.test.ts); the Nu checker is the reference implementation of the HTML
 * standard and finds what a linter does not (duplicate ids across components, content models).
 * All pages go through a few JVM runs (a JVM start costs seconds, a page milliseconds); pages
 * that are hardlinks of each other (a document's current version) are checked once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { findProgram } from '../../scripts/system-requirements.ts';
import { repo } from '../support/build-site.ts';
import { reportMetrics } from '../support/metrics.ts';
import { builtSite } from '../support/reliability-sites.ts';

const VNU_JAR = join(repo, 'node_modules/vnu-jar/build/dist/vnu.jar');
/** Files per JVM run: few runs, command lines far below the kernel's limit. */
const BATCH = 2_000;

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

function htmlFiles(dist: string): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  for (const path of readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!path.endsWith('.html')) continue;
    const file = join(dist, path);
    const { ino, dev } = statSync(file);
    if (seen.has(`${dev}:${ino}`)) continue;
    seen.add(`${dev}:${ino}`);
    files.push(file);
  }
  return files;
}

function nuCheck(java: string, files: string[]): NuMessage[] {
  const messages: NuMessage[] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    const run = spawnSync(java, ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--exit-zero-always', ...files.slice(i, i + BATCH)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    assert.equal(run.status, 0, `vnu.jar: ${run.stderr.slice(0, 2000)}${run.error ?? ''}`);
    // --format json writes its report to stderr.
    messages.push(...(JSON.parse(run.stderr) as { messages: NuMessage[] }).messages);
  }
  return messages;
}

test('the Nu checker reports invalid HTML with page, line and message', () => {
  const java = findProgram('java');
  assert.ok(java, 'Java fehlt (scripts/system-requirements.ts installiert es)');
  const bad = join(mkdtempSync(join(tmpdir(), 'lotse-nu-')), 'kaputt.html');
  writeFileSync(
    bad,
    '<!doctype html><html lang="de"><head><title>T</title></head><body><main id="inhalt"><h2 id="inhalt">x</h2><ul><div>y</div></ul></main></body></html>',
  );
  const messages = nuCheck(java, [bad]);
  const texts = messages.map((m) => m.message).join('\n');
  assert.match(texts, /Duplicate ID/);
  assert.match(texts, /not allowed as child of element “ul”/);
});

test('every page of the seed site passes the W3C Nu HTML checker (0 errors)', (t) => {
  const java = findProgram('java');
  assert.ok(java, 'Java fehlt (scripts/system-requirements.ts installiert es)');
  const dist = builtSite('seed');
  const files = htmlFiles(dist);
  assert.ok(files.length > 100, `only ${files.length} pages`);
  const started = Date.now();
  const errors = nuCheck(java, files).filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error');
  t.diagnostic(`Nu checker: ${files.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s, ${errors.length} errors`);
  reportMetrics({ 'nu-pages': files.length, 'nu-errors': errors.length });
  const shown = errors
    .slice(0, 20)
    .map(
      (m) =>
        `${relative(dist, decodeURIComponent(new URL(m.url ?? 'file:///?').pathname))}:${m.lastLine ?? '?'} ${m.message}${m.extract ? `\n    ${m.extract.trim().slice(0, 160)}` : ''}`,
    );
  assert.equal(errors.length, 0, shown.join('\n'));
});
