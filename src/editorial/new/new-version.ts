/**
 * A new version of a checklist or guideline: the latest version file is copied to v<N+1>
 * with its body and all other fields as they are; validFrom, the change note, the change type,
 * the briefing and reviewDue are set, and approvedBy is removed, because a new version needs
 * its own four-eyes approval. Comments and the layout of untouched fields are kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, isMap, Scalar, YAMLSeq } from 'yaml';
import { kind as kindInfo, kindByRefPrefix } from '../../kinds/registry.ts';
import type { VersionedKind } from '../../model/types.ts';

export interface LatestVersion {
  kind: VersionedKind;
  slug: string;
  dir: string;
  /** Highest version number present on disk. */
  version: number;
  file: string;
  text: string;
}

export interface VersionChange {
  validFrom: string;
  changes: string[];
  changeType: 'major' | 'minor';
  briefing?: string;
  reviewDue: string;
  draft: boolean;
}

/** `checklists/<slug>` → kind and slug; undefined for other references. */
export function parseDocRef(ref: string): { kind: VersionedKind; slug: string } | undefined {
  const match = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(ref.replace(/@v\d+$/, ''));
  const found = match ? kindByRefPrefix(match[1]) : undefined;
  if (!match || !found?.versioned) return undefined;
  return { kind: found.id as VersionedKind, slug: match[2] };
}

/** The highest-numbered version file of a document, read from disk (not from the validated set). */
export function latestVersion(root: string, kind: VersionedKind, slug: string): LatestVersion | undefined {
  const dir = join(root, ...kindInfo(kind).folder, slug);
  if (!existsSync(dir)) return undefined;
  const numbers = readdirSync(dir)
    .map((name) => /^v([1-9]\d*)\.mdx$/.exec(name))
    .filter((m) => m !== null)
    .map((m) => Number(m[1]));
  if (numbers.length === 0) return undefined;
  const version = Math.max(...numbers);
  const file = join(dir, `v${version}.mdx`);
  return { kind, slug, dir, version, file, text: readFileSync(file, 'utf8') };
}

/** Splits `---\n<yaml>\n---\n<body>`; undefined when the file has no frontmatter. */
function splitFrontmatter(text: string): { yaml: string; rest: string } | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', rest: text.slice(match[0].length) };
}

/** The `validFrom` written in a version file, if it can be read. */
export function validFromOf(text: string): string | undefined {
  const parts = splitFrontmatter(text);
  const data = parts ? (parseDocument(parts.yaml).toJS() as Record<string, unknown> | null) : undefined;
  return typeof data?.validFrom === 'string' ? data.validFrom : undefined;
}

/** The text of v<N+1>: the latest version with the fields of `change` applied. */
export function renderNewVersion(previous: string, change: VersionChange): string {
  const parts = splitFrontmatter(previous);
  if (!parts) throw new Error('die bisherige Fassung beginnt nicht mit einer Frontmatter');
  const doc = parseDocument(parts.yaml);
  if (!isMap(doc.contents)) throw new Error('die Frontmatter der bisherigen Fassung ist keine Liste von Feldern');
  doc.set('validFrom', change.validFrom);
  doc.set('reviewDue', change.reviewDue);
  const changes = new YAMLSeq();
  for (const line of change.changes) changes.add(Object.assign(new Scalar(line), { type: Scalar.QUOTE_DOUBLE }));
  changes.flow = change.changes.length === 1;
  doc.set('changes', changes);
  doc.set('changeType', change.changeType);
  if (change.briefing) doc.set('briefing', change.briefing);
  else doc.delete('briefing');
  doc.delete('approvedBy');
  if (change.draft) doc.set('draft', true);
  else doc.delete('draft');
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${parts.rest}`;
}
