/**
 * Runs the site's Markdown transforms over tests/fixtures/markdown/<case>/input.md and
 * compares with output.html. `UPDATE=1 node --test tests/unit/markdown-fixtures.test.ts`
 * rewrites the expectations; review the diff before committing it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToHtml } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { citationLinks } from '../../src/markdown/citation-links.ts';
import { glossaryAbbr } from '../../src/markdown/glossary-abbr.ts';
import { headingOf } from '../../src/norms/norms.ts';
import type { LawRef } from '../../src/norms/types.ts';

const fixtures = fileURLToPath(new URL('../fixtures/markdown/', import.meta.url));
const laws = parseYaml(readFileSync(new URL('../../content/laws.yaml', import.meta.url), 'utf8')) as LawRef[];

/** A fixed glossary, so fixtures do not change when content/glossary.yaml does. */
const fixtureGlossary = [
  { abbr: 'AE', expansions: ['Aufenthaltserlaubnis'] },
  { abbr: 'NE', expansions: ['Niederlassungserlaubnis'] },
  { abbr: 'ABH', expansions: ['Ausländerbehörde'] },
  { abbr: 'ZAB', expansions: ['Zentralstelle für ausländisches Bildungswesen'] },
  { abbr: 'ZAB', expansions: ['Zentrale Ausländerbehörde'] },
  { abbr: 'AufenthG', expansions: ['Aufenthaltsgesetz'] },
];

/** The transforms in the order the site runs them: citations first, then abbreviations. */
function render(markdown: string): string {
  const { html } = markdownToHtml(markdown, {
    hastPlugins: [citationLinks({ laws, headingOf }), glossaryAbbr({ entries: fixtureGlossary })],
    features: { smartPunctuation: true }, // as in Astro
  });
  return html;
}

for (const name of readdirSync(fixtures).sort()) {
  const input = join(fixtures, name, 'input.md');
  if (!existsSync(input)) continue;
  test(`fixture ${name}: the transforms turn input.md into output.html`, () => {
    const actual = render(readFileSync(input, 'utf8'));
    const expectedPath = join(fixtures, name, 'output.html');
    if (process.env.UPDATE === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
    assert.equal(actual, readFileSync(expectedPath, 'utf8'));
  });
}
