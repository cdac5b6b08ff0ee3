/**
 * KERN's token layer defines about 540 custom properties (every colour, size and type token, light
 * and dark); Lotse's stylesheet reads about 220 of them. This PostCSS step (run by Vite on
 * src/styles/lotse.scss, see astro.config.mjs) removes the declarations of `--kern-*` properties
 * that nothing reads: not a `var()` in any kept declaration (followed through chains of tokens
 * that refer to tokens) and not named anywhere in Lotse's scripts, components or pages. The rules
 * and values a page uses are untouched, so the look is byte for byte the same; the stylesheet
 * every page loads gets smaller.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of PostCSS's node API this step uses (PostCSS comes with Vite). */
interface Declaration {
  prop: string;
  value: string;
  remove(): void;
}
interface Container {
  nodes?: unknown[];
  walkDecls(callback: (decl: Declaration) => void): void;
  walkRules(callback: (rule: Container & { remove(): void }) => void): void;
  walkAtRules(callback: (rule: Container & { remove(): void; params: string }) => void): void;
}

const PREFIX = '--kern-';
const REFERENCE = /var\(\s*(--[\w-]+)/g;

const references = (value: string): string[] => [...value.matchAll(REFERENCE)].map((m) => m[1] as string);

/** Every `--kern-*` name written in Lotse's own sources outside the stylesheets (scripts may set or read one). */
export function tokensNamedInSources(srcDir: string): Set<string> {
  const names = new Set<string>();
  for (const rel of readdirSync(srcDir, { recursive: true, encoding: 'utf8' })) {
    if (rel.startsWith('styles') || !/\.(ts|astro|mjs|js)$/.test(rel)) continue;
    for (const m of readFileSync(join(srcDir, rel), 'utf8').matchAll(/--kern-[\w-]+/g)) names.add(m[0]);
  }
  return names;
}

/**
 * Removes the declarations of unread `--kern-*` properties from a stylesheet's tree, then the
 * rules and at-rules left empty. Returns how many declarations it removed.
 */
export function pruneTokens(root: Container, keep: ReadonlySet<string> = new Set()): number {
  const tokens: Declaration[] = [];
  const read = new Set<string>(keep);
  root.walkDecls((decl) => {
    if (decl.prop.startsWith(PREFIX)) tokens.push(decl);
    else for (const name of references(decl.value)) read.add(name);
  });
  // Follow chains: a read token makes the tokens its value refers to read as well.
  let grew = true;
  while (grew) {
    grew = false;
    for (const decl of tokens) {
      if (!read.has(decl.prop)) continue;
      for (const name of references(decl.value)) {
        if (read.has(name)) continue;
        read.add(name);
        grew = true;
      }
    }
  }
  let removed = 0;
  for (const decl of tokens) {
    if (read.has(decl.prop)) continue;
    decl.remove();
    removed += 1;
  }
  root.walkRules((rule) => {
    if ((rule.nodes?.length ?? 0) === 0) rule.remove();
  });
  root.walkAtRules((rule) => {
    if (rule.nodes && rule.nodes.length === 0) rule.remove();
  });
  return removed;
}

/** The PostCSS plugin for Vite's `css.postcss.plugins`. */
export function pruneTokensPlugin(srcDir: string) {
  const keep = tokensNamedInSources(srcDir);
  return {
    postcssPlugin: 'lotse-prune-kern-tokens',
    OnceExit(root: Container) {
      pruneTokens(root, keep);
    },
  };
}
