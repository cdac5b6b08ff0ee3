/**
 * Collects the answers of `npm run new` from flags and, where flags are missing and a person
 * sits at a terminal, from questions. Both paths run the same checks, so a script gets exactly
 * the message a person would see: `--flag — problem. Fix: action.`
 */
import { createInterface } from 'node:readline';

export interface Problem {
  problem: string;
  fix: string;
}

export type Value = string | string[];
export type Answers = Record<string, Value | undefined>;

export interface Question {
  key: string;
  /** Command-line flag without dashes. */
  flag: string;
  /** The question, German. */
  prompt: string;
  required: boolean;
  /** Several values: `--flag a --flag b`; `split` also accepts `--flag a,b`. */
  list?: boolean;
  split?: boolean;
  /** Yes/no question; the flag has no value. */
  boolean?: boolean;
  /** Only asked when this holds for the answers so far. */
  when?: (answers: Answers) => boolean;
  default?: (answers: Answers) => Value | undefined;
  check?: (value: Value, answers: Answers) => Problem | undefined;
  /** Shown in the message when the value is missing. */
  example: string;
}

export interface Prompter {
  ask(question: string): Promise<string>;
  close(): void;
}

export class InputEnded extends Error {}

/** Questions on a terminal (or on any stream, for tests): one line per answer. */
export function streamPrompter(input: NodeJS.ReadableStream & { isTTY?: boolean }, output: NodeJS.WritableStream): Prompter {
  const rl = createInterface({ input, output, terminal: Boolean(input.isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question) {
      output.write(question);
      const next = await lines.next();
      if (next.done) throw new InputEnded('Eingabe beendet, bevor alle Fragen beantwortet waren');
      return String(next.value).trim();
    },
    close: () => rl.close(),
  };
}

const YES = /^(j|ja|y|yes)$/i;
const NO = /^(n|nein|no)$/i;

export const flagMessage = (flag: string, p: Problem) => `--${flag} — ${p.problem.replace(/[.\s]+$/, '')}. Fix: ${p.fix.replace(/[.\s]+$/, '')}.`;

function fromFlag(q: Question, raw: unknown): Value | undefined {
  if (raw === undefined) return undefined;
  if (q.boolean) return raw ? 'ja' : 'nein';
  const values = (Array.isArray(raw) ? raw : [raw]).map(String);
  if (!q.list) return values.at(-1);
  return q.split
    ? values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean)
    : values;
}

function parseAnswer(q: Question, text: string): Value {
  if (q.list)
    return q.split
      ? text
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : text
        ? [text]
        : [];
  return text;
}

const show = (v: Value | undefined) => (Array.isArray(v) ? v.join(', ') : (v ?? ''));
const isEmpty = (v: Value | undefined) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Answers every question: flag value, else (interactive) the person's answer, else the default.
 * Returns the answers, or the messages of every missing or invalid value when not interactive.
 */
export async function collect(
  questions: Question[],
  flags: Record<string, unknown>,
  prompter: Prompter | undefined,
  log: (line: string) => void,
): Promise<{ answers: Answers; errors: string[] }> {
  const answers: Answers = {};
  const errors: string[] = [];
  for (const q of questions) {
    if (q.when && !q.when(answers)) continue;
    let value = fromFlag(q, flags[q.flag]);
    let problem = value !== undefined ? validate(q, value, answers) : undefined;
    if (value !== undefined && !problem) {
      answers[q.key] = value;
      continue;
    }
    if (!prompter) {
      value ??= q.default?.(answers);
      problem ??= value === undefined ? undefined : validate(q, value, answers);
      if (problem) errors.push(flagMessage(q.flag, problem));
      else if (isEmpty(value) && q.required)
        errors.push(
          flagMessage(q.flag, { problem: 'Angabe fehlt', fix: `--${q.flag} ${q.example} angeben oder npm run new ohne diese Angabe im Terminal starten` }),
        );
      else answers[q.key] = value;
      continue;
    }
    if (problem) log(`  ✗ ${flagMessage(q.flag, problem)}`);
    answers[q.key] = await askUntilValid(q, answers, prompter, log);
  }
  return { answers, errors };
}

async function askUntilValid(q: Question, answers: Answers, prompter: Prompter, log: (line: string) => void): Promise<Value | undefined> {
  const fallback = q.default?.(answers);
  for (;;) {
    const hint = q.boolean
      ? ` (j/n)${fallback ? ` [${fallback}]` : ''}`
      : !isEmpty(fallback)
        ? ` [${show(fallback)}]`
        : q.required
          ? ''
          : ' (leer lassen: keine Angabe)';
    if (q.list && !q.split && !q.boolean) return askLines(q, answers, prompter, log);
    const text = await prompter.ask(`${q.prompt}${hint}: `);
    let value: Value | undefined = text === '' ? fallback : parseAnswer(q, text);
    if (q.boolean) value = YES.test(String(value ?? '')) ? 'ja' : NO.test(String(value ?? '')) || value === undefined ? 'nein' : String(value);
    if (isEmpty(value)) {
      if (!q.required) return undefined;
      log(`  ✗ Angabe fehlt. Beispiel: ${q.example}`);
      continue;
    }
    const problem = validate(q, value!, answers);
    if (!problem) return value;
    log(`  ✗ ${problem.problem.replace(/[.\s]+$/, '')}. Fix: ${problem.fix.replace(/[.\s]+$/, '')}.`);
  }
}

/** Lists whose entries may contain commas (citations, change notes): one entry per line. */
async function askLines(q: Question, answers: Answers, prompter: Prompter, log: (line: string) => void): Promise<Value | undefined> {
  const values: string[] = [];
  const fallback = q.default?.(answers);
  log(`${q.prompt} – je Zeile ein Eintrag, leere Zeile beendet${!isEmpty(fallback) ? ` (leer lassen übernimmt: ${show(fallback)})` : ''}:`);
  for (;;) {
    const text = await prompter.ask(`  ${values.length + 1}. `);
    if (text === '') {
      if (values.length === 0 && !isEmpty(fallback)) return fallback;
      if (values.length === 0 && q.required) {
        log(`  ✗ Mindestens ein Eintrag nötig. Beispiel: ${q.example}`);
        continue;
      }
      return values.length > 0 ? values : undefined;
    }
    const problem = validate(q, [...values, text], answers);
    if (problem) log(`  ✗ ${problem.problem.replace(/[.\s]+$/, '')}. Fix: ${problem.fix.replace(/[.\s]+$/, '')}.`);
    else values.push(text);
  }
}

function validate(q: Question, value: Value, answers: Answers): Problem | undefined {
  if (q.boolean && !['ja', 'nein'].includes(String(value)))
    return { problem: `„${String(value)}“ ist keine Antwort auf eine Ja/Nein-Frage`, fix: '„j“ oder „n“ eingeben' };
  return q.check?.(value, answers);
}
