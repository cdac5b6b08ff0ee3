/**
 * What a "clear message" is, as a checkable definition: `path:line:col field — problem. Fix:
 * action.` with a real position, a field, German text without leaked internals, and no stack.
 */
export const MESSAGE_LINE = /^(\S+):(\d+):(\d+) (.+?) — (.+)\. Fix: (.+)\.$/;
export const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
export const SUMMARY_LINE = /^\d+ Dokumente? geprüft in [\d.]+ s: (\d+) Fehler, (\d+) Warnung(?:en)?( \(--strict\))?\.$/;
const LEAKS = /\bundefined\b|\[object Object\]|\bNaN\b|ZodError|TypeError|RangeError|SyntaxError|Cannot read prop/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const MAX_MESSAGE = 1_000;
const MAX_FIELD = 80;

export interface MessageParts {
  file: string;
  line: number;
  column: number;
  field: string;
  problem: string;
  fix: string;
}

/** Problems with one diagnostic; `lineCount` bounds the line where the file's length is known. */
export function messageProblems(d: MessageParts, lineCount?: number): string[] {
  const problems: string[] = [];
  if (!d.file) problems.push('no file');
  if (!Number.isInteger(d.line) || d.line < 1) problems.push(`line ${d.line} is not a line number`);
  if (lineCount !== undefined && d.line > lineCount + 1) problems.push(`line ${d.line} lies after the end of the file (${lineCount} lines)`);
  if (!Number.isInteger(d.column) || d.column < 1) problems.push(`column ${d.column} is not a column`);
  if (!d.field.trim() || d.field.length > MAX_FIELD) problems.push(`field ${JSON.stringify(d.field.slice(0, 120))} is empty or too long`);
  for (const [name, text] of [
    ['field', d.field],
    ['problem', d.problem],
    ['fix', d.fix],
  ] as const) {
    if (name !== 'field' && (!text || text.trim().length < 3)) problems.push(`${name} is empty`);
    if (LEAKS.test(text)) problems.push(`${name} leaks internals: ${JSON.stringify(text.slice(0, 120))}`);
    if (CONTROL.test(text)) problems.push(`${name} prints a raw control character: ${JSON.stringify(text.slice(0, 120))}`);
    if (text.length > MAX_MESSAGE) problems.push(`${name} is ${text.length} characters long (echoes the whole value?)`);
  }
  return problems;
}

/** Problems with the whole output of `npm run check` (exit status included). */
export function cliOutputProblems(output: string, status: number | null): string[] {
  const problems: string[] = [];
  if (status !== 0 && status !== 1) problems.push(`exit status ${status} (expected 0 or 1; null means killed by the timeout)`);
  if (STACK_LINE.test(output)) problems.push('prints a stack trace');
  if (/unerwarteter Fehler/.test(output)) problems.push('ends in "unerwarteter Fehler" instead of an author message');
  const lines = output.split('\n').filter((l) => l.trim() !== '');
  const summary = SUMMARY_LINE.exec(lines.at(-1) ?? '');
  if (!summary) problems.push(`last line is not the summary: ${JSON.stringify(lines.at(-1)?.slice(0, 120))}`);
  else if (Number(summary[1]) > 0 !== (status === 1)) problems.push(`summary says ${summary[1]} errors but exit status is ${status}`);
  for (const line of lines.slice(0, -1)) {
    const m = MESSAGE_LINE.exec(line);
    if (!m) {
      problems.push(`not a message line: ${JSON.stringify(line.slice(0, 120))}`);
      continue;
    }
    problems.push(...messageProblems({ file: m[1], line: Number(m[2]), column: Number(m[3]), field: m[4], problem: m[5], fix: m[6] }));
  }
  return problems;
}
