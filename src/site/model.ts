/**
 * The site as the pages see it: the validated content of the content root plus everything
 * derived from it as of the build's reference date. Built once per build process; in
 * `npm run build` from the content the build has already checked (model-snapshot.ts).
 */
import { buildDate, contentRoot, includeDrafts, modelSnapshotFile } from '../config/env.ts';
import { formatDiagnostic } from '../model/diagnostics.ts';
import type { Briefing, ContentSet, DocVersion, Track, VersionedDoc } from '../model/types.ts';
import { validateContent } from '../model/validate.ts';
import { currentOf, validityOf, type Validity } from '../model/validity.ts';
import { readSnapshot } from './model-snapshot.ts';
import { parseRef } from './urls.ts';

export interface SiteModel {
  content: ContentSet;
  /** Reference date (BUILD_DATE or today). */
  date: string;
  docs: VersionedDoc[];
  byRef: Map<string, VersionedDoc | Briefing | Track>;
}

let cached: SiteModel | undefined;

export function getSiteModel(): SiteModel {
  if (cached) return cached;
  const content = snapshotContent() ?? checkedContent();
  const docs = [...content.checklists, ...content.guidelines];
  const byRef = new Map<string, VersionedDoc | Briefing | Track>();
  for (const item of [...docs, ...content.briefings, ...content.tracks]) byRef.set(item.ref, item);
  cached = { content, date: buildDate(), docs, byRef };
  return cached;
}

/** The content as `npm run build` checked it (model-snapshot.ts), when it hands it over. */
function snapshotContent(): ContentSet | undefined {
  const file = modelSnapshotFile();
  return file ? readSnapshot(file) : undefined;
}

function checkedContent(): ContentSet {
  const result = validateContent(contentRoot(), { includeDrafts: includeDrafts(), strict: false, skipBodies: true });
  if (result.errors > 0) {
    const messages = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw new Error(`Inhalte sind ungültig (npm run check zeigt alle Probleme):\n${messages.join('\n')}`);
  }
  return result.content;
}

export function validFroms(doc: VersionedDoc): string[] {
  return doc.versions.map((v) => v.data.validFrom);
}

export function validityOfVersion(doc: VersionedDoc, version: DocVersion, date: string): Validity {
  return validityOf(validFroms(doc), doc.versions.indexOf(version), date);
}

/** The version that applies on `date`; when none applies yet, the first (announced) one. */
export function currentVersion(doc: VersionedDoc, date: string): DocVersion {
  return currentOf(doc.versions, date);
}

/** Versions announced after the current one (validFrom after `date`). */
export function announcedVersions(doc: VersionedDoc, date: string): DocVersion[] {
  return doc.versions.filter((v) => v.data.validFrom > date);
}

export function resolveRef(model: SiteModel, ref: string): VersionedDoc | Briefing | Track | undefined {
  const parsed = parseRef(ref);
  return parsed ? model.byRef.get(ref.split('@')[0]) : undefined;
}

export function teamName(model: SiteModel, id: string): string {
  return model.content.teams.find((t) => t.id === id)?.name ?? id;
}
