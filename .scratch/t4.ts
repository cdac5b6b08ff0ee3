import { markdownToHtml } from 'satteri';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { citationLinks } from '../src/markdown/citation-links.ts';
import { glossaryAbbr } from '../src/markdown/glossary-abbr.ts';
import { checklistItems } from '../src/markdown/checklist-items.ts';
import { headingOf } from '../src/citations/norms.ts';
const laws = parse(readFileSync('content/laws.yaml', 'utf8'));
const src = `## Unterlagen\n\n- [ ] AE-Antrag nach § 8 AufenthG\n  Hinweis: Fiktion nach § 81 Abs. 4\n  AufenthG gilt.\n`;
for (const order of ['checklist-first', 'checklist-last']) {
  const c = checklistItems({ appliesTo: () => true });
  const rest = [citationLinks({ laws, headingOf }), glossaryAbbr({ entries: [{ abbr: 'AE', expansions: ['Aufenthaltserlaubnis'] }] })];
  const r = markdownToHtml(src, { hastPlugins: order === 'checklist-first' ? [c, ...rest] : [...rest, c] });
  console.log(order, r.html, r.data);
}
