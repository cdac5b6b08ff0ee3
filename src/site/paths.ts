/**
 * getStaticPaths of the one route set for checklists and guidelines (src/pages/[section]/):
 * every path carries its URL section (`checklisten`, `leitfaeden`, from src/kinds/registry.ts)
 * and the kind, so a route file serves both kinds.
 */
import type { VersionedKind } from '../model/types.ts';
import { copyCurrentVersionPages } from '../config/env.ts';
import { currentIndexOn } from '../model/validity.ts';
import { getSiteModel } from './model.ts';
import { KINDS } from '../kinds/registry.ts';

/** The versioned kinds with their URL section without slashes: the `section` parameter of the routes. */
export const VERSIONED_SECTIONS = KINDS.filter((k) => k.versioned).map((k) => ({ kind: k.id as VersionedKind, section: k.urlSection.slice(1, -1) }));

/** Adds the section parameter and the kind to the paths of one kind. */
export function forEachSection<P extends { params: Record<string, string>; props: object }>(paths: (kind: VersionedKind) => P[]) {
  return VERSIONED_SECTIONS.flatMap(({ kind, section }) => paths(kind).map((p) => ({ ...p, params: { ...p.params, section }, props: { ...p.props, kind } })));
}

export function docsOf(kind: VersionedKind) {
  const { content } = getSiteModel();
  return kind === 'checklist' ? content.checklists : content.guidelines;
}

export function documentPaths(kind: VersionedKind) {
  return docsOf(kind).map((doc) => ({ params: { slug: doc.slug }, props: { doc } }));
}

/**
 * One page per version. A production build (src/cli/build.ts sets LOTSE_COPY_CURRENT_VERSION=1)
 * leaves out the version that is current on the build date: its page is a copy of the
 * document page (src/build/current-version-copies.ts).
 */
export function versionPaths(kind: VersionedKind) {
  const { date } = getSiteModel();
  const skipCurrent = copyCurrentVersionPages();
  return docsOf(kind).flatMap((doc) => {
    const copied = skipCurrent
      ? currentIndexOn(
          doc.versions.map((v) => v.data.validFrom),
          date,
        ) + 1
      : 0;
    return doc.versions
      .filter((version) => version.version !== copied)
      .map((version) => ({ params: { slug: doc.slug, version: `v${version.version}` }, props: { doc, version } }));
  });
}
