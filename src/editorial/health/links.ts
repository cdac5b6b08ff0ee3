/**
 * Which checklists and guidelines something else points to: a track (`modules[].read`), a
 * briefing (`affects`), or a Markdown link in the body of any other document
 * (`[Text](/checklisten/<slug>/)`, also `…/v2/` and reference-style `[x]: /leitfaeden/<slug>/`).
 * A document's links to itself do not count. One pass over all bodies.
 */
import type { ContentSet } from '../../model/types.ts';

const BODY_LINK = /(?:\]\(\s*|^\s*\[[^\]]+\]:\s*)<?\/(checklisten|leitfaeden)\/([a-z0-9]+(?:-[a-z0-9]+)*)\//gm;
const PREFIX: Record<string, string> = { checklisten: 'checklists', leitfaeden: 'guidelines' };

/** References (`checklists/<slug>`) of documents a body links to. */
export function bodyLinks(body: string): string[] {
  return [...body.matchAll(BODY_LINK)].map((m) => `${PREFIX[m[1]]}/${m[2]}`);
}

/** Every `checklists/<slug>` and `guidelines/<slug>` that another document or a track links to. */
export function linkedDocuments(content: ContentSet): Set<string> {
  const linked = new Set<string>();
  const add = (from: string, ref: string) => {
    const base = ref.split('@')[0];
    if (base !== from) linked.add(base);
  };
  for (const track of content.tracks) {
    for (const module of track.data.modules) module.read?.forEach((ref) => add(track.ref, ref));
    bodyLinks(track.body).forEach((ref) => add(track.ref, ref));
  }
  for (const briefing of content.briefings) {
    briefing.data.affects?.forEach((ref) => add(briefing.ref, ref));
    bodyLinks(briefing.body).forEach((ref) => add(briefing.ref, ref));
  }
  for (const doc of [...content.checklists, ...content.guidelines]) {
    for (const version of doc.versions) bodyLinks(version.body).forEach((ref) => add(doc.ref, ref));
  }
  return linked;
}
