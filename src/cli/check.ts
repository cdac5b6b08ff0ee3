/**
 * `npm run check [-- --strict] [-- --root <folder>]`: validates all content without building.
 * Prints every problem as `path:line:col field — problem. Fix: action.` and exits 1 on errors.
 */
import { includeDrafts, useContentRoot } from '../config/env.ts';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { validateContent } from '../model/validate.ts';
import { runCli } from './run-cli.ts';

runCli(() => {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  const rootIndex = args.indexOf('--root');
  const root = useContentRoot(rootIndex >= 0 ? args[rootIndex + 1] : undefined);
  const started = performance.now();
  const result = validateContent(root, { includeDrafts: includeDrafts() || args.includes('--drafts'), strict });
  for (const d of result.diagnostics) console.log(formatDiagnostic(d));
  const docs = result.content.checklists.length + result.content.guidelines.length + result.content.briefings.length + result.content.tracks.length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${docs === 1 ? '1 Dokument' : `${docs} Dokumente`} geprüft in ${seconds} s: ${result.errors} Fehler, ${result.warnings === 1 ? '1 Warnung' : `${result.warnings} Warnungen`}${strict ? ' (--strict)' : ''}.`,
  );
  return result.errors > 0 ? 1 : 0;
});
