/** Public URLs of CONTENT-MODEL.md, in one place. */
import type { DocKind, VersionedKind } from '../model/types.ts';

export const SECTION: Record<DocKind, { path: string; label: string; plural: string; refPrefix: string }> = {
  checklist: { path: '/checklisten/', label: 'Checkliste', plural: 'Checklisten', refPrefix: 'checklists' },
  guideline: { path: '/leitfaeden/', label: 'Leitfaden', plural: 'Leitfäden', refPrefix: 'guidelines' },
  briefing: { path: '/rechtsaenderungen/', label: 'Rechtsänderung', plural: 'Rechtsänderungen', refPrefix: 'briefings' },
  track: { path: '/einarbeitung/', label: 'Einarbeitungspfad', plural: 'Einarbeitung', refPrefix: 'tracks' },
};

const KIND_BY_PREFIX: Record<string, DocKind> = { checklists: 'checklist', guidelines: 'guideline', briefings: 'briefing', tracks: 'track' };

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
  const match = /^(checklists|guidelines|briefings|tracks)\/([a-z0-9-]+)(?:@v(\d+))?$/.exec(ref);
  if (!match) return undefined;
  return { kind: KIND_BY_PREFIX[match[1]], slug: match[2], ...(match[3] ? { version: Number(match[3]) } : {}) };
}

export function refUrl(ref: string): string | undefined {
  const parsed = parseRef(ref);
  if (!parsed) return undefined;
  if (parsed.version && (parsed.kind === 'checklist' || parsed.kind === 'guideline')) return versionUrl(parsed.kind, parsed.slug, parsed.version);
  return docUrl(parsed.kind, parsed.slug);
}
