/**
 * Checks an MDX body before Astro sees it: syntax errors (`<5 Jahre`, `{` in prose) become
 * author messages with the escape to write, and active content (raw `<script>`, `<iframe>`,
 * inline event handlers, `javascript:` links) is rejected, so content can never run code in a
 * reader's browser.
 */
import { defineMdastPlugin, mdxToJs } from 'satteri';
import type { Report } from './diagnostics.ts';

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'style', 'form', 'base', 'meta', 'link']);

export interface BodyFacts {
  taskItems: number;
  /** Links to pages of this site (`/leitfaeden/gebuehren/`), checked against the content set by rules.ts. */
  links: BodyLink[];
  /** False when the body did not compile; structural checks are then meaningless. */
  compiled: boolean;
}

export interface BodyLink {
  url: string;
  line: number;
  column: number;
}

export function lintMdxBody(body: string, file: string, bodyLine: number, report: Report): BodyFacts {
  const facts: BodyFacts = { taskItems: 0, links: [], compiled: true };
  const at = (pos: { line: number; column: number } | undefined) => ({ line: (pos?.line ?? 1) + bodyLine - 1, column: pos?.column ?? 1 });
  const guard = defineMdastPlugin({
    name: 'lotse-content-guard',
    options: { position: true },
    mdxJsxFlowElement(node) {
      checkElement(node.name, node.attributes, node.position?.start);
    },
    mdxJsxTextElement(node) {
      checkElement(node.name, node.attributes, node.position?.start);
    },
    html(node) {
      if (/<\s*(script|iframe)/i.test(node.value) || /\son[a-z]+\s*=/i.test(node.value)) {
        report.error({
          file,
          ...at(node.position?.start),
          field: 'mdx',
          problem: 'aktiver HTML-Inhalt (Skript, iframe oder Event-Handler) ist nicht erlaubt',
          fix: 'den HTML-Block entfernen und den Inhalt als Markdown schreiben',
        });
      }
    },
    link(node) {
      checkUrl(node.url, node.position?.start);
      if (node.url.startsWith('/')) facts.links.push({ url: node.url, ...at(node.position?.start) });
    },
    definition(node) {
      checkUrl(node.url, node.position?.start);
      if (node.url.startsWith('/')) facts.links.push({ url: node.url, ...at(node.position?.start) });
    },
    image(node) {
      checkUrl(node.url, node.position?.start);
    },
    mdxTextExpression(node) {
      expression(node.position?.start);
    },
    mdxFlowExpression(node) {
      expression(node.position?.start);
    },
    mdxjsEsm(node) {
      report.error({
        file,
        ...at(node.position?.start),
        field: 'mdx',
        problem: 'import/export-Anweisungen sind in Inhalten nicht erlaubt',
        fix: 'die Zeile entfernen; Inhalte werden als Markdown geschrieben',
      });
    },
    listItem(node) {
      if (typeof node.checked === 'boolean') facts.taskItems += 1;
    },
  });
  function checkUrl(url: string, pos: { line: number; column: number } | undefined) {
    if (isActiveUrl(url)) {
      report.error({
        file,
        ...at(pos),
        field: 'mdx',
        problem: `Link auf „${printable(url).slice(0, 40)}“ ist nicht erlaubt`,
        fix: 'nur Links auf http(s)-Adressen oder Seiten von Lotse setzen',
      });
    }
  }
  function expression(pos: { line: number; column: number } | undefined) {
    report.error({
      file,
      ...at(pos),
      field: 'mdx',
      problem: 'geschweifte Klammern „{…}“ werden in MDX als Programmcode gelesen',
      fix: '„\\{“ und „\\}“ schreiben oder runde Klammern verwenden',
    });
  }
  function checkElement(name: string | null | undefined, attributes: readonly unknown[], pos: { line: number; column: number } | undefined) {
    const tag = (name ?? '').toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) {
      report.error({
        file,
        ...at(pos),
        field: 'mdx',
        problem: `das Element <${tag}> ist in Inhalten nicht erlaubt`,
        fix: `<${tag}> entfernen; Inhalte werden als Markdown geschrieben`,
      });
    }
    for (const attribute of attributes as { type: string; name?: string; value?: unknown }[]) {
      const attrName = attribute.name ?? '';
      if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
        report.error({
          file,
          ...at(pos),
          field: 'mdx',
          problem: `das Attribut ${attrName ? `„${attrName}“ ` : ''}ist in geschweiften Klammern geschrieben und würde als Programmcode ausgeführt`,
          fix: 'den Wert in Anführungszeichen schreiben („name="wert"“) oder das Attribut entfernen',
        });
        continue;
      }
      if (/^style$/i.test(attrName)) {
        report.error({
          file,
          ...at(pos),
          field: 'mdx',
          problem: 'das Attribut „style“ ist nicht erlaubt (die Sicherheitsrichtlinie der Seite blockiert eingebettete Styles)',
          fix: 'das Attribut style entfernen; Gestaltung kommt aus dem Layout',
        });
      }
      if (/^on/i.test(attrName)) {
        report.error({ file, ...at(pos), field: 'mdx', problem: `Event-Handler „${attrName}“ ist nicht erlaubt`, fix: `das Attribut ${attrName} entfernen` });
      }
      if (typeof attribute.value === 'string' && isActiveUrl(attribute.value)) {
        report.error({
          file,
          ...at(pos),
          field: 'mdx',
          problem: 'javascript:-Adressen sind nicht erlaubt',
          fix: 'eine http(s)-Adresse oder eine Seite von Lotse verlinken',
        });
      }
    }
  }
  try {
    mdxToJs(body, { mdastPlugins: [guard] });
  } catch (error) {
    facts.compiled = false;
    report.error({ file, ...mdxErrorPosition(error, bodyLine), field: 'mdx', ...explainMdxError(String((error as Error).message ?? error)) });
  }
  return facts;
}

/**
 * A URL a browser would run as code: its scheme, read the way browsers read it (leading control
 * characters and spaces dropped, tabs and line breaks removed anywhere), is javascript:, vbscript:
 * or data:.
 */
export function isActiveUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const normalized = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^(javascript|vbscript|data):/i.test(normalized);
}

/** Shows control characters in a message as `\t`-style escapes instead of printing them raw. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f]/g, (c) => (c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function mdxErrorPosition(error: unknown, bodyLine: number): { line: number; column: number } {
  const match = /^(\d+):(\d+)/.exec(String((error as Error).message ?? ''));
  return match ? { line: Number(match[1]) + bodyLine - 1, column: Number(match[2]) } : { line: bodyLine, column: 1 };
}

function explainMdxError(message: string): { problem: string; fix: string } {
  const text = message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
  if (/after `<`/.test(text)) {
    return {
      problem: 'ein „<“ im Text wird in MDX als Beginn eines Elements gelesen',
      fix: '„\\<“ schreiben (z. B. „\\<5 Jahre“) oder in Worten „unter 5 Jahren“',
    };
  }
  if (/brace|expression/i.test(text)) {
    return {
      problem: 'eine geschweifte Klammer „{“ wird in MDX als Ausdruck gelesen',
      fix: '„\\{“ und „\\}“ schreiben oder die Klammern durch runde ersetzen',
    };
  }
  if (/closing tag|end tag|Expected a closing/i.test(text)) {
    return { problem: `ein Element ist nicht geschlossen (${text})`, fix: 'das Element schließen oder „<“ als „\\<“ schreiben' };
  }
  return { problem: `MDX-Syntaxfehler: ${text}`, fix: 'die Stelle prüfen; Sonderzeichen „<“, „{“, „}“ mit „\\“ schützen' };
}
