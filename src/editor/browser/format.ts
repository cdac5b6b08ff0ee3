/**
 * How the editor reads and writes Lotse files. Decap's own YAML writer would re-quote and reorder
 * every frontmatter; these formats keep the file as the author wrote it: untouched fields keep
 * their exact text (quotes, brackets, comments), a changed field keeps the style of the value it
 * replaces, and a new field goes where the schema puts it. New files use the house style of
 * `npm run new` (src/editorial/new/templates.ts).
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node, Pair } from 'yaml';
import { frontmatterYaml } from '../../editorial/new/templates.ts';

/** Data keys the editor adds that are never written into a file. */
export const EDITOR_ONLY = new Set(['body', 'lotseSource', 'docSlug', 'version', 'lotseAffected']);

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function mdxFromFile(text: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(text);
  if (!match) return { body: text };
  const yaml = match[1] ?? '';
  const data = (parseDocument(yaml).toJS() ?? {}) as Record<string, unknown>;
  return { ...data, body: text.slice(match[0].length), lotseSource: yaml };
}

/** Decap leaves empty optional fields as '', [] or null; a person would not write them. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A YAML node for `value` in the style of `like` (the value it replaces, or the house style). */
function styled(doc: Document, value: unknown, like: unknown): Node {
  const node = doc.createNode(value) as Node;
  if (isScalar(like) && isScalar(node) && typeof value === 'string') node.type = like.type;
  if (isSeq(like) && isSeq(node)) {
    node.flow = like.flow;
    const first = like.items[0];
    if (isScalar(first)) for (const item of node.items) if (isScalar(item) && typeof item.value === 'string') item.type = first.type;
  }
  return node;
}

/** Applies `next` to the parsed document `doc`, keeping every untouched node as written. */
export function applyFields(doc: Document, next: Record<string, unknown>, order: readonly string[]): void {
  const map = doc.contents as YAMLMap;
  const before = (doc.toJS() ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(before)) if (!(key in next)) map.delete(key);
  for (const [key, value] of Object.entries(next)) {
    if (isEmpty(value) || deepEqual(before[key], value)) continue;
    const old = map.get(key, true);
    if (old !== undefined) {
      map.set(key, styled(doc, value, old));
      continue;
    }
    // New field: after the present field that comes last before it in schema order (as the
    // content model lists the fields); at the start when none does.
    const pair = new Pair(doc.createNode(key), styled(doc, value, houseStyle(doc, key)));
    const rank = order.indexOf(key);
    let at = 0;
    let best = -1;
    map.items.forEach((item, i) => {
      const r = order.indexOf(isScalar(item.key) ? String(item.key.value) : '');
      if (r >= 0 && r < rank && r > best) {
        best = r;
        at = i + 1;
      }
    });
    if (rank < 0) at = map.items.length;
    map.items.splice(at, 0, pair);
  }
}

/** The style `npm run new` would give a new field (lists of citations in quotes and brackets). */
function houseStyle(doc: Document, key: string): Node | undefined {
  const sample = parseDocument(frontmatterYaml({ [key]: ['x'] })).get(key, true) as Node | undefined;
  if (['changes', 'confirm'].includes(key)) {
    const seq = new YAMLSeq();
    seq.add(Object.assign(new Scalar('x'), { type: Scalar.QUOTE_DOUBLE }));
    return seq;
  }
  if (['title', 'summary', 'owner', 'approvedBy'].includes(key)) return Object.assign(new Scalar('x'), { type: Scalar.QUOTE_DOUBLE });
  void doc;
  return sample;
}

/** Only the fields a file holds: editor-only keys and empty optional values removed. */
export function fileFields(data: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))];
  for (const key of keys) {
    // Lines of a text box (widgets.ts): blank lines are no entries.
    const value = Array.isArray(data[key])
      ? (data[key] as unknown[]).filter((v) => typeof v !== 'string' || v.trim() !== '').map((v) => (typeof v === 'string' ? v.trimEnd() : v))
      : data[key];
    if (!EDITOR_ONLY.has(key) && !isEmpty(value)) out[key] = value;
  }
  return out;
}

export function mdxToFile(data: Record<string, unknown>, order: readonly string[]): string {
  const fields = fileFields(data, order);
  // The switch „Entwurf“ off is no reason to write `draft: false` into a file that never had it.
  const hadDraft = typeof data.lotseSource === 'string' && /^draft:/m.test(data.lotseSource);
  if (fields.draft === false && !hadDraft) delete fields.draft;
  const body = typeof data.body === 'string' ? data.body : '';
  let yaml: string;
  if (typeof data.lotseSource === 'string') {
    const doc = parseDocument(data.lotseSource);
    applyFields(doc, fields, order);
    yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  } else {
    yaml = frontmatterYaml(fields);
  }
  return `---\n${yaml}---\n${body.startsWith('\n') || body === '' ? body : `\n${body}`}`;
}

/**
 * The glossary is a YAML list; Decap edits a file as a map of fields, so the list becomes
 * `{ entries }`. The parsed document is kept, so that comments and untouched entries survive.
 */
let glossaryDoc: Document | undefined;

export function glossaryFromFile(text: string): Record<string, unknown> {
  glossaryDoc = parseDocument(text);
  return { entries: glossaryDoc.toJS() ?? [] };
}

export function glossaryToFile(data: Record<string, unknown>, entryOrder: readonly string[]): string {
  const entries = ((data.entries as Record<string, unknown>[] | undefined) ?? []).map((e) => fileFields(e, entryOrder));
  const doc = glossaryDoc ?? parseDocument('[]');
  if (!isSeq(doc.contents)) doc.contents = new YAMLSeq() as never;
  const seq = doc.contents as unknown as YAMLSeq;
  const old = (doc.toJS() ?? []) as unknown[];
  entries.forEach((entry, i) => {
    if (deepEqual(old[i], entry)) return;
    const node = seq.items[i];
    if (isMap(node)) {
      const sub = parseDocument('{}');
      sub.contents = node as never;
      applyFields(sub, entry, entryOrder);
    } else {
      seq.items[i] = doc.createNode(entry) as never;
    }
  });
  seq.items.splice(entries.length);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
