/** getStaticPaths helpers shared by the checklist and guideline routes. */
import type { VersionedKind } from '../model/types.ts';
import { copyCurrentVersionPages } from '../config/env.ts';
import { currentIndexOn } from '../model/validity.ts';
import { getSiteModel } from './model.ts';

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
    const copied = skipCurrent ? currentIndexOn(doc.versions.map((v) => v.data.validFrom), date) + 1 : 0;
    return doc.versions.filter((version) => version.version !== copied).map((version) => ({ params: { slug: doc.slug, version: `v${version.version}` }, props: { doc, version } }));
  });
}
