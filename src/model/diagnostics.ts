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
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
  );
}

/** Collects diagnostics; the single sink every validation step writes to. */
export class Report {
  readonly items: Diagnostic[] = [];
  add(d: Diagnostic): void {
    this.items.push(d);
  }
  error(d: Omit<Diagnostic, 'severity'>): void {
    this.items.push({ ...d, severity: 'error' });
  }
  warning(d: Omit<Diagnostic, 'severity'>): void {
    this.items.push({ ...d, severity: 'warning' });
  }
  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }
  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }
}
