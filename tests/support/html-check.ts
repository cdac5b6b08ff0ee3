/**
 * HTML validity of every built page with html-validate and the repository's .htmlvalidate.json
 * (the same configuration `npx html-validate "dist/**\/*.html"` uses).
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { repo } from './build-site.ts';
import type { SitePage } from './site-pages.ts';

export interface HtmlProblem {
  page: string;
  rule: string;
  message: string;
  /** CSS selector of the offending element (the built HTML is minified into one line). */
  selector: string;
}

export function createValidator(): HtmlValidate {
  return new HtmlValidate(new FileSystemConfigLoader());
}

export async function validatePages(pages: SitePage[], validator = createValidator()): Promise<HtmlProblem[]> {
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    // A file name inside the repository makes html-validate pick up the repository's configuration.
    const report = await validator.validateString(page.html, join(repo, 'dist', page.file));
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        problems.push({ page: page.url, rule: m.ruleId, message: m.message, selector: m.selector ?? '' });
      }
    }
  }
  return problems;
}
