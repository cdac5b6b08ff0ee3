/** Public URLs of CONTENT-MODEL.md, in one place. */
import type { DocKind, VersionedKind } from '../model/types.ts';
import { KINDS, kindByRefPrefix, REF_PREFIX_PATTERN } from '../kinds/registry.ts';

/** URL section and names per kind, from src/kinds/registry.ts; `plural` is the navigation label. */
export const SECTION = Object.fromEntries(
  KINDS.map((k) => [k.id, { path: k.urlSection, label: k.label, plural: k.id === 'track' ? 'Einarbeitung' : k.plural, refPrefix: k.refPrefix }]),
) as Record<DocKind, { path: string; label: string; plural: string; refPrefix: string }>;

const REF = new RegExp(`^(${REF_PREFIX_PATTERN})\\/([a-z0-9-]+)(?:@v(\\d+))?$`);

export function docUrl(kind: DocKind, slug: string): string {
  return `${SECTION[kind].path}${slug}/`;
}

export function versionUrl(kind: VersionedKind, slug: string, version: number): string {
  return `${docUrl(kind, slug)}v${version}/`;
}

export function compareUrl(kind: VersionedKind, slug: string, from: number, to: number): string {
  return `${docUrl(kind, slug)}vergleich/v${from}-v${to}/`;
}

/** `checklists/<slug>@v2` → kind, slug and pinned version. */
export function parseRef(ref: string): { kind: DocKind; slug: string; version?: number } | undefined {
  const match = REF.exec(ref);
  if (!match) return undefined;
  return { kind: kindByRefPrefix(match[1])!.id as DocKind, slug: match[2], ...(match[3] ? { version: Number(match[3]) } : {}) };
}

export function refUrl(ref: string): string | undefined {
  const parsed = parseRef(ref);
  if (!parsed) return undefined;
  if (parsed.version && (parsed.kind === 'checklist' || parsed.kind === 'guideline')) return versionUrl(parsed.kind, parsed.slug, parsed.version);
  return docUrl(parsed.kind, parsed.slug);
}
