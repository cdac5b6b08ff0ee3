/**
 * Safe by construction, checked on the built HTML: every page carries a Content-Security-Policy
 * without 'unsafe-inline' or 'unsafe-eval' for scripts, and nothing on the page needs one —
 * no inline scripts, inline styles or event handlers, no javascript: URLs, no frames or plugins.
 */
import type { HtmlElement } from 'html-validate';
import { describeElement, type SitePage } from './site-pages.ts';

export interface SecurityProblem {
  page: string;
  element: string;
  problem: string;
}

/** `default-src 'self'; script-src …` → directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Problems of a policy itself: what it would still allow that it must not. */
export function cspProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const scripts = csp.get('script-src') ?? csp.get('default-src');
  if (!scripts) problems.push('weder script-src noch default-src');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
    if (scripts?.includes(bad)) problems.push(`script-src erlaubt ${bad}`);
  }
  if ((csp.get('style-src') ?? csp.get('default-src'))?.includes("'unsafe-inline'")) problems.push("style-src erlaubt 'unsafe-inline'");
  if (!csp.get('object-src')?.includes("'none'")) problems.push("object-src ist nicht 'none'");
  if (!csp.has('base-uri')) problems.push('base-uri fehlt');
  for (const [name, sources] of csp) {
    if (sources.some((s) => /^(https?:)?\/\/|^[a-z0-9.-]+\.[a-z]{2,}$/i.test(s))) problems.push(`${name} erlaubt einen fremden Host`);
  }
  return problems;
}

/** Script types a browser does not execute (data islands); everything else must be a file. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);
const FORBIDDEN = ['iframe', 'frame', 'object', 'embed', 'base'];

/** Attribute values as the browser reads them: character references decoded. */
function decodeReferences(value: string): string {
  const named: Record<string, string> = { tab: '\t', newline: '\n', colon: ':', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (ref, body: string) => {
    if (body[0] === '#') return String.fromCodePoint(body[1].toLowerCase() === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
    return named[body.toLowerCase()] ?? ref;
  });
}

export function securityProblems(page: SitePage): SecurityProblem[] {
  const problems: SecurityProblem[] = [];
  const report = (element: HtmlElement, problem: string) => problems.push({ page: page.url, element: describeElement(element), problem });
  const meta = page.root
    .querySelectorAll('meta[http-equiv]')
    .filter((m) => String(m.getAttributeValue('http-equiv')).toLowerCase() === 'content-security-policy');
  const html = page.root.querySelector('html');
  if (meta.length === 0 && html) report(html, 'keine Content-Security-Policy (meta http-equiv)');
  for (const m of meta) for (const p of cspProblems(String(m.getAttributeValue('content') ?? ''))) report(m, p);
  for (const script of page.root.querySelectorAll('script')) {
    const type = String(script.getAttributeValue('type') ?? '').toLowerCase();
    if (!script.hasAttribute('src') && !DATA_SCRIPT_TYPES.has(type)) report(script, 'Inline-Skript (die CSP blockiert es; als Datei einbinden)');
  }
  for (const style of page.root.querySelectorAll('style')) report(style, 'Inline-<style> (die CSP blockiert es; als CSS-Datei einbinden)');
  for (const tag of FORBIDDEN) for (const el of page.root.querySelectorAll(tag)) report(el, `<${tag}> ist nicht erlaubt`);
  for (const el of page.root.querySelectorAll('*')) {
    for (const attribute of el.attributes) {
      const value = typeof attribute.value === 'string' ? decodeReferences(attribute.value) : '';
      if (/^on/i.test(attribute.key)) report(el, `Event-Handler-Attribut ${attribute.key}`);
      if (attribute.key.toLowerCase() === 'style') report(el, 'style-Attribut (die CSP blockiert Inline-Styles)');
      // Browsers drop control characters and whitespace before the scheme and tabs/newlines inside it.
      // eslint-disable-next-line no-control-regex
      if (/^(javascript|vbscript|data):/i.test(value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '')) && attribute.key !== 'content')
        report(el, `${attribute.key} mit aktiver Adresse`);
    }
  }
  return problems;
}
