/** getStaticPaths helpers shared by the checklist and guideline routes. */
import type { VersionedKind } from '../model/types.ts';
import { getSiteModel } from './model.ts';

export function docsOf(kind: VersionedKind) {
  const { content } = getSiteModel();
  return kind === 'checklist' ? content.checklists : content.guidelines;
}

export function documentPaths(kind: VersionedKind) {
  return docsOf(kind).map((doc) => ({ params: { slug: doc.slug }, props: { doc } }));
}

export function versionPaths(kind: VersionedKind) {
  return docsOf(kind).flatMap((doc) => doc.versions.map((version) => ({ params: { slug: doc.slug, version: `v${version.version}` }, props: { doc, version } })));
}
