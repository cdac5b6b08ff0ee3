/**
 * Stage "versions": the page of the version that is current on the build date is the
 * document's own page (`/checklisten/<slug>/`); its version URL (`…/v<N>/`) gets the same file
 * instead of a second render. Half of all document pages are such copies, so this saves about a
 * third of the build of a large knowledge base. The copy runs after indexing, so search never
 * lists the same version twice.
 *
 * The copy is a hard link where the file system allows it: the same bytes are stored once
 * (`du`, `tar` and `rsync -H` keep it that way; a plain copy of dist/ duplicates them, which is
 * harmless). Where linking fails (another file system), the file is copied.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentSet } from '../model/types.ts';
import { currentIndexOn } from '../model/validity.ts';
import { docUrl, versionUrl } from '../site/urls.ts';

/** Version numbers whose page is a copy of the document page: the current one, or the first while none applies yet. */
export function copiedVersion(validFroms: readonly string[], date: string): number {
  return currentIndexOn(validFroms, date) + 1;
}

export function writeCurrentVersionCopies(outDir: string, content: ContentSet, date: string): number {
  let copies = 0;
  for (const doc of [...content.checklists, ...content.guidelines]) {
    const version = copiedVersion(
      doc.versions.map((v) => v.data.validFrom),
      date,
    );
    const source = join(outDir, docUrl(doc.kind, doc.slug), 'index.html');
    const target = join(outDir, versionUrl(doc.kind, doc.slug, version));
    if (!existsSync(source)) throw new Error(`${docUrl(doc.kind, doc.slug)} fehlt im Build`);
    mkdirSync(target, { recursive: true });
    try {
      linkSync(source, join(target, 'index.html'));
    } catch {
      copyFileSync(source, join(target, 'index.html'));
    }
    copies += 1;
  }
  return copies;
}
