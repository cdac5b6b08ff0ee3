/**
 * Reads author files (MDX with YAML frontmatter, and YAML registries) and keeps enough of
 * the YAML syntax tree to point every message at the line and column of the field.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Report } from './diagnostics.ts';

export type FieldPath = readonly (string | number)[];

export interface YamlSource {
  /** Path as shown to authors (relative to the working directory). */
  file: string;
  data: unknown;
  /** Line and column (1-based, in the file) of the field, or of its nearest existing parent. */
  locate(path: FieldPath): { line: number; column: number };
}

export interface MdxSource extends YamlSource {
  body: string;
  /** 1-based file line on which the body starts. */
  bodyLine: number;
}

const MAX_YAML_ERRORS = 3;

const YAML_FIXES: Record<string, string> = {
  BAD_INDENT: 'Einrückung mit Leerzeichen angleichen (keine Tabulatoren)',
  TAB_AS_INDENT: 'Tabulatoren durch Leerzeichen ersetzen',
  MISSING_CHAR: 'fehlendes Zeichen ergänzen, z. B. schließende Klammer oder Anführungszeichen',
  MULTILINE_IMPLICIT_KEY: 'nach jedem Feldnamen einen Doppelpunkt und ein Leerzeichen setzen',
  BLOCK_AS_IMPLICIT_KEY: 'nach jedem Feldnamen einen Doppelpunkt und ein Leerzeichen setzen',
  UNEXPECTED_TOKEN: 'Werte mit „:“, „#“, „[“ oder „{“ in Anführungszeichen setzen',
};

/** Parses YAML text that starts at `firstLine` of `file`; YAML errors go to the report. */
export function parseYaml(text: string, file: string, firstLine: number, report: Report): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // After the first few, YAML errors are consequences of the first (one "{" can yield thousands).
    for (const error of doc.errors.slice(0, MAX_YAML_ERRORS)) {
      const pos = lineCounter.linePos(error.pos[0]);
      const line = pos.line + firstLine - 1;
      if (error.code === 'DUPLICATE_KEY') {
        report.error({ file, line, column: pos.col, ...duplicateKey(text, error.pos, firstLine) });
        continue;
      }
      report.error({
        file,
        line,
        column: pos.col,
        field: 'yaml',
        problem: `YAML-Syntaxfehler: ${firstSentence(error.message)}`,
        fix: YAML_FIXES[error.code] ?? 'Zeile prüfen: Einrückung, „Feld: Wert“ und Anführungszeichen bei Werten mit Sonderzeichen',
      });
    }
    return undefined;
  }
  // Aliases (*name) are never needed in Lotse content and can expand exponentially ("billion
  // laughs"); keys that are lists or maps (`? [a]: x`) have no field name. Both are refused.
  let refused = 0;
  const refuse = (offset: number | undefined, problem: string, fix: string) => {
    const pos = lineCounter.linePos(offset ?? 0);
    report.error({ file, line: pos.line + firstLine - 1, column: pos.col, field: 'yaml', problem, fix });
    return ++refused >= MAX_YAML_ERRORS ? visit.BREAK : undefined;
  };
  visit(doc, {
    Alias: (_, node) =>
      refuse(
        node.range?.[0],
        `YAML-Verweis „*${node.source}“ ist nicht erlaubt`,
        'den Wert ausschreiben statt mit &name und *name auf eine andere Stelle zu verweisen',
      ),
    Pair: (_, pair) =>
      pair.key !== null && !isScalar(pair.key)
        ? refuse(
            rangeStart(pair.key),
            'ein Feldname ist hier eine Liste oder Feldgruppe',
            'je Zeile „name: wert“ schreiben; „?“, „[“ und „{“ vor dem Doppelpunkt entfernen',
          )
        : undefined,
  });
  if (refused > 0) return undefined;
  return {
    file,
    data: doc.toJS() ?? {},
    locate: (path) => {
      const offset = offsetOf(doc, path);
      if (offset === undefined) return { line: firstLine, column: 1 };
      const pos = lineCounter.linePos(offset);
      return { line: pos.line + firstLine - 1, column: pos.col };
    },
  };
}

/**
 * „Map keys must be unique“ names neither the field nor the first occurrence: both are read from
 * the text (the error points at the second key).
 */
function duplicateKey(text: string, [start]: [number, number], firstLine: number): { field: string; problem: string; fix: string } {
  const key = (/^(["']?)([^\n]*?)\1\s*:(?:\s|$)/.exec(text.slice(start))?.[2] || '?').slice(0, 60);
  const indent = start - text.lastIndexOf('\n', start - 1) - 1;
  // The first occurrence: upwards through the same mapping (same indentation, up to its item dash).
  const before = text.slice(0, start).split('\n');
  before.pop();
  let at = '';
  for (let i = before.length - 1; i >= 0; i--) {
    const line = before[i];
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const m = /^( *)(- )?(["']?)(.*?)\3\s*:(?:\s|$)/.exec(line);
    if (m && m[1].length + (m[2] ? 2 : 0) === indent && m[4] === key) {
      at = ` (schon in Zeile ${i + firstLine})`;
      break;
    }
    if (line.length - line.trimStart().length < indent) break;
  }
  return {
    field: key,
    problem: `Feld „${key}“ steht zweimal${at}`,
    fix: `eine der beiden Zeilen „${key}: …“ löschen und den richtigen Wert behalten; jedes Feld darf je Dokument (oder je Eintrag) nur einmal vorkommen`,
  };
}

function firstSentence(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function offsetOf(doc: Document, path: FieldPath): number | undefined {
  let node: unknown = doc.contents;
  let best: number | undefined = rangeStart(node);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) return best;
      node = pair.value;
      best = rangeStart(pair.value) ?? rangeStart(pair.key) ?? best;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      best = rangeStart(node) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : undefined;
}

export function readYamlFile(absPath: string, file: string, report: Report): YamlSource | undefined {
  return parseYaml(readFileSync(absPath, 'utf8'), file, 1, report);
}

/** Splits an MDX file into frontmatter and body. The file must start with a `---` line. */
export function readMdxFile(absPath: string, file: string, report: Report): MdxSource | undefined {
  return parseMdxText(readFileSync(absPath, 'utf8'), file, report);
}

/** `readMdxFile` on text that is not on disk yet (the browser editor checks before it saves). */
export function parseMdxText(raw: string, file: string, report: Report): MdxSource | undefined {
  const text = raw.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    report.error({
      file,
      line: 1,
      column: 1,
      field: 'frontmatter',
      problem: 'die Datei beginnt nicht mit einer Frontmatter',
      fix: 'in die erste Zeile „---“ schreiben, darunter die Felder, dann wieder „---“',
    });
    return undefined;
  }
  const end = lines.indexOf('---', 1) > 0 ? lines.indexOf('---', 1) : lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) {
    report.error({
      file,
      line: 1,
      column: 1,
      field: 'frontmatter',
      problem: 'die Frontmatter wird nicht mit „---“ geschlossen',
      fix: 'nach dem letzten Feld eine Zeile „---“ einfügen',
    });
    return undefined;
  }
  const yaml = parseYaml(lines.slice(1, end).join('\n'), file, 2, report);
  if (!yaml) return undefined;
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    report.error({
      file,
      line: 2,
      column: 1,
      field: 'frontmatter',
      problem: 'die Frontmatter ist keine Liste von Feldern „name: wert“',
      fix: 'je Zeile ein Feld „name: wert“ schreiben',
    });
    return undefined;
  }
  return { ...yaml, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}
