/**
 * Messages for authors, always in the form
 * `path:line:col field — problem. Fix: action.`
 * so that editors and terminals can jump to the place.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Frontmatter field path (`modules[2].week`), or a short label such as `mdx` or `datei`. */
  field: string;
  problem: string;
  fix: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const problem = d.problem.replace(/[.\s]+$/, '');
  const fix = d.fix.replace(/[.\s]+$/, '');
  const prefix = d.severity === 'warning' ? 'Warnung: ' : '';
  return `${d.file}:${d.line}:${d.column} ${d.field} — ${prefix}${problem}. Fix: ${fix}.`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field));
}

/** Collects diagnostics; the single sink every validation step writes to. */
export class Report {
  readonly items: Diagnostic[] = [];
  add(d: Diagnostic): void {
    this.items.push({ ...d, field: printable(d.field, 60), problem: shortenQuotes(printable(d.problem)), fix: shortenQuotes(printable(d.fix)) });
  }
  error(d: Omit<Diagnostic, 'severity'>): void {
    this.add({ ...d, severity: 'error' });
  }
  warning(d: Omit<Diagnostic, 'severity'>): void {
    this.add({ ...d, severity: 'warning' });
  }
  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }
  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }
}

/**
 * Messages echo what authors wrote; a value may hold line breaks or control characters (a YAML
 * escape such as "\\u0000") that would break the one-line format or the terminal.
 */
function printable(text: string, max = Infinity): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** A quoted value „…“ longer than 80 characters is shortened: the message must stay readable. */
function shortenQuotes(text: string): string {
  return text.replace(/„([^“]{81,})“/g, (_, inner: string) => `„${inner.slice(0, 60)}…“ (${inner.length} Zeichen)`);
}
