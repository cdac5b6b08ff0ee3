/** The whole validation: load every file, then the cross-document rules. */
import { loadContent, type LoadOptions } from './load.ts';
import { checkRules, type RuleOptions } from './rules.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import type { ContentSet } from './types.ts';

export interface ValidationResult {
  content: ContentSet;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

export function validateContent(root: string, options: LoadOptions & RuleOptions): ValidationResult {
  const { content, report } = loadContent(root, options);
  checkRules(content, report, options);
  const diagnostics = sortDiagnostics(report.items);
  return { content, diagnostics, errors: report.errors.length, warnings: report.warnings.length };
}
