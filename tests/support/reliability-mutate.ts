/**
 * Corrupts real author files at random, reproducibly: the same seed always yields the same
 * variants, so a failure found in CI can be replayed with `LOTSE_FUZZ_SEED=<seed>`.
 * Frontmatter mutations imitate what authors and editors really do (a deleted line, a stray
 * colon, a tab, a German date, a missing quote) plus hostile input (YAML tags and aliases,
 * `__proto__`, deep nesting, huge values, control characters).
 */

export type Random = () => number;

/** mulberry32: tiny, fast and good enough to pick mutations. */
export function prng(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const int = (rnd: Random, max: number): number => Math.floor(rnd() * max);

/** Characters that mean something in YAML or MDX, or that editors smuggle in by copy and paste. */
const HOSTILE_CHARS = [
  ':',
  ': ',
  '-',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '\t',
  '\n',
  '\\',
  ',',
  '?',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u0000',
  '\u202e',
  '<',
  '---',
];

const HOSTILE_VALUES = [
  '',
  'null',
  '~',
  '[]',
  '{}',
  '[[[[[[[[]]]]]]]]',
  '12',
  '-1',
  '0',
  '1.5',
  '1e400',
  '.inf',
  '-.nan',
  '0x1F',
  '0o17',
  'yes',
  'no',
  'on',
  'true',
  '2024-13-45',
  '2024-02-30',
  '27.06.2024',
  '2024-6-1',
  '2024-06-27T10:00:00Z',
  '"',
  "'",
  '&anker wert',
  '*anker',
  '!!binary aGFsbG8=',
  '!!js/function "function () { return 1 }"',
  '!!python/object:os.system ls',
  '!<tag:yaml.org,2002:int> x',
  '|',
  '>-',
  '"\\u0000"',
  '%YAML 1.2',
  '? frage',
  '@wert',
  '`code`',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '{{ vorlage }}',
  '[a, b',
  '{a: 1',
  '"nicht geschlossen',
  '- eins\n- zwei',
  'x'.repeat(20_000),
  '['.repeat(3_000) + ']'.repeat(3_000),
  '{a: '.repeat(1_000) + '1' + '}'.repeat(1_000),
  '§ 81 Abs. 4 AufenthG',
  '[§ 999 AufenthG]',
  '[checklists/gibt-es-nicht]',
  '[vertrieb]',
  '[{ title: x, url: "ftp://x" }]',
  'Ünïcödé ✓ 🚀',
];

const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '<<',
  '',
  ' ',
  '? ',
  'Title',
  'titel',
  'validfrom',
  'legal basis',
  '"quoted"',
  '0',
];

const HOSTILE_LINES = [
  '__proto__: { polluted: true }',
  'constructor: { prototype: { polluted: true } }',
  '<<: { title: Zusammengeführt }',
  // Billion laughs: the YAML parser must refuse to expand aliases without end.
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'selbst: &s [*s]',
  '%TAG ! tag:example.org,2000:',
  '--- !!set',
  '...',
  'title: Zweiter Titel',
  '# nur ein Kommentar',
  '\t',
  'draft: true',
  'draft: ja',
];

const BODY_SNIPPETS = [
  '<5 Jahre',
  '{x}',
  '}',
  '<abbr>offen',
  '</div>',
  '<!-- Kommentar -->',
  '<script>alert(1)</script>',
  '<iframe src="https://example.org"></iframe>',
  '<span onclick="alert(1)">x</span>',
  '[x](javascript:alert(1))',
  'import x from "y";',
  'export const a = 1;',
  '<a href={"x"}>x</a>',
  '- [ ]',
  '- [x] erledigt',
  '\n## Überschrift\n',
  '| a | b |\n|---|',
  '```\nnicht geschlossen',
  '> **Merke:**',
  '\\',
  '&nbsp;',
  '&#0;',
  '\u0000',
  '<',
  '{',
  '<br>',
  '<img src=x>',
];

/** One edit of the frontmatter (a list of YAML lines); returns a short description for reports. */
const FRONTMATTER_OPS: ((lines: string[], rnd: Random) => string)[] = [
  (lines, rnd) => {
    const i = int(rnd, lines.length);
    return `delete line ${i + 2}: ${JSON.stringify(lines.splice(i, 1)[0]?.slice(0, 40))}`;
  },
  (lines, rnd) => {
    const i = int(rnd, lines.length);
    lines.splice(i, 0, lines[i] ?? '');
    return `duplicate line ${i + 2}`;
  },
  (lines, rnd) => {
    const i = int(rnd, lines.length);
    const j = int(rnd, lines.length);
    [lines[i], lines[j]] = [lines[j], lines[i]];
    return `swap lines ${i + 2} and ${j + 2}`;
  },
  (lines, rnd) => {
    const i = int(rnd, lines.length);
    const at = int(rnd, (lines[i] ?? '').length + 1);
    const char = pick(rnd, HOSTILE_CHARS);
    lines[i] = `${(lines[i] ?? '').slice(0, at)}${char}${(lines[i] ?? '').slice(at)}`;
    return `insert ${JSON.stringify(char)} in line ${i + 2} at ${at + 1}`;
  },
  (lines, rnd) => {
    const i = int(rnd, lines.length);
    const line = lines[i] ?? '';
    const at = int(rnd, line.length + 1);
    const n = 1 + int(rnd, 6);
    lines[i] = line.slice(0, at) + line.slice(at + n);
    return `delete ${n} chars in line ${i + 2} at ${at + 1}`;
  },
  (lines, rnd) => {
    const i = int(rnd, lines.length);
    const how = pick(rnd, ['  ', ' ', '\t', 'unindent']);
    lines[i] = how === 'unindent' ? (lines[i] ?? '').trimStart() : how + (lines[i] ?? '');
    return `indent line ${i + 2} with ${JSON.stringify(how)}`;
  },
  (lines, rnd) => {
    const keyed = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*-?\s*[A-Za-z_]+:/.test(l));
    if (keyed.length === 0) return 'no key line';
    const [line, i] = pick(rnd, keyed);
    const value = pick(rnd, HOSTILE_VALUES);
    lines[i] = line.replace(/^(\s*-?\s*[A-Za-z_]+:).*$/, `$1 ${value}`);
    return `value of line ${i + 2} := ${JSON.stringify(value.slice(0, 30))}`;
  },
  (lines, rnd) => {
    const keyed = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*-?\s*[A-Za-z_]+:/.test(l));
    if (keyed.length === 0) return 'no key line';
    const [line, i] = pick(rnd, keyed);
    const key = pick(rnd, HOSTILE_KEYS);
    lines[i] = line.replace(/^(\s*-?\s*)[A-Za-z_]+:/, `$1${key}:`);
    return `key of line ${i + 2} := ${JSON.stringify(key)}`;
  },
  (lines, rnd) => {
    const i = int(rnd, lines.length + 1);
    const line = pick(rnd, HOSTILE_LINES);
    lines.splice(i, 0, ...line.split('\n'));
    return `insert line ${i + 2}: ${JSON.stringify(line.slice(0, 30))}`;
  },
  (lines, rnd) => {
    const i = int(rnd, lines.length);
    lines.length = i;
    return `truncate frontmatter after line ${i + 1}`;
  },
];

export interface MutationResult {
  text: string;
  ops: string[];
}

/** Splits a file into frontmatter lines and the rest; a YAML registry is all frontmatter. */
function frontmatterSpan(lines: string[], wholeFileIsYaml: boolean): { start: number; end: number } {
  if (wholeFileIsYaml) return { start: 0, end: lines.length };
  const end = lines.indexOf('---', 1);
  return { start: 1, end: end > 0 ? end : lines.length };
}

/** Applies 1–3 frontmatter edits, sometimes also damaging the `---` fences or the encoding. */
export function mutateFrontmatter(text: string, rnd: Random, wholeFileIsYaml = false): MutationResult {
  const lines = text.split('\n');
  const { start, end } = frontmatterSpan(lines, wholeFileIsYaml);
  const yaml = lines.slice(start, end);
  const ops: string[] = [];
  for (let n = 1 + int(rnd, 3); n > 0; n--) ops.push(pick(rnd, FRONTMATTER_OPS)(yaml, rnd));
  let out = [...lines.slice(0, start), ...yaml, ...lines.slice(end)];
  const extra = rnd();
  if (!wholeFileIsYaml && extra < 0.04) {
    out = out.slice(1);
    ops.push('drop opening ---');
  } else if (!wholeFileIsYaml && extra < 0.08) {
    out.splice(start + yaml.length, 1);
    ops.push('drop closing ---');
  }
  let result = out.join('\n');
  const encoding = rnd();
  if (encoding < 0.05) {
    result = result.replace(/\n/g, '\r\n');
    ops.push('CRLF line endings');
  } else if (encoding < 0.08) {
    result = `\ufeff${result}`;
    ops.push('byte order mark');
  }
  return { text: result, ops };
}

/** Inserts MDX-hostile text into the body (after the frontmatter). */
export function mutateBody(text: string, rnd: Random): MutationResult {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  const bodyStart = end > 0 ? end + 1 : 0;
  const ops: string[] = [];
  for (let n = 1 + int(rnd, 2); n > 0; n--) {
    const i = bodyStart + int(rnd, Math.max(1, lines.length - bodyStart));
    const snippet = pick(rnd, BODY_SNIPPETS);
    const line = lines[i] ?? '';
    const at = int(rnd, line.length + 1);
    lines[i] = line.slice(0, at) + snippet + line.slice(at);
    ops.push(`body line ${i + 1}: insert ${JSON.stringify(snippet.slice(0, 30))}`);
  }
  return { text: lines.join('\n'), ops };
}
