/** The PostCSS step that drops KERN tokens no rule reads (src/styles/prune-tokens.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import postcss from 'postcss';
import { pruneTokens } from '../../src/styles/prune-tokens.ts';

const run = (css: string, keep: string[] = []) => {
  const root = postcss.parse(css);
  const removed = pruneTokens(root as never, new Set(keep));
  return { css: root.toString().replace(/\s+/g, ' ').trim(), removed };
};

test('a token read by a rule stays, with the tokens it refers to; unread tokens go', () => {
  const { css, removed } = run(`:root { --kern-a: var(--kern-b); --kern-b: #123; --kern-unused: 4px; --kern-chain: var(--kern-b); }
    p { color: var(--kern-a); }`);
  assert.equal(css, ':root { --kern-a: var(--kern-b); --kern-b: #123; } p { color: var(--kern-a); }');
  assert.equal(removed, 2);
});

test('dark-mode redefinitions of a read token stay; a media block left empty is removed', () => {
  const { css } =
    run(`:root { --kern-fg: #000; --kern-x: 1px; } @media (prefers-color-scheme: dark) { :root { --kern-fg: #fff; } } @media print { :root { --kern-x: 2px; } }
    body { color: var(--kern-fg); }`);
  assert.equal(css, ':root { --kern-fg: #000; } @media (prefers-color-scheme: dark) { :root { --kern-fg: #fff; } } body { color: var(--kern-fg); }');
});

test('tokens named in Lotse’s scripts stay even when no rule reads them; Lotse’s own properties are never touched', () => {
  const { css } = run(':root { --kern-set-by-script: 0; --line: #ccc; --kern-gone: 1; }', ['--kern-set-by-script']);
  assert.equal(css, ':root { --kern-set-by-script: 0; --line: #ccc; }');
});
