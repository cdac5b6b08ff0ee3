/**
 * Rules over the fields that order documents (CONTENT-MODEL.md): a briefing's `supersedes`
 * names existing briefings, never itself, without cycles, and `until` is not before
 * `effective`; a track's `after` names an existing track, never itself, without cycles.
 * Called by checkRules (src/model/rules.ts), so `npm run check` and the build report them.
 */
import type { Report } from './diagnostics.ts';
import type { ContentSet, SourceRef } from './types.ts';

interface Node extends SourceRef {
  slug: string;
  ref: string;
}

/** Slugs a reference list points to, for one kind (`briefings/` or `tracks/`); other kinds are skipped. */
function targetSlug(ref: string, prefix: string): string | undefined {
  return ref.startsWith(prefix) ? ref.slice(prefix.length).split('@')[0] : undefined;
}

/**
 * One error per cycle, at the field of the cycle's first member (in content order), naming the
 * whole chain: `a → b → a`.
 */
function reportCycles<T extends Node>(
  nodes: readonly T[],
  edges: (n: T) => { slug: string; index?: number }[],
  report: Report,
  field: (index?: number) => (string | number)[],
  fix: string,
): void {
  const bySlug = new Map(nodes.map((n) => [n.slug, n]));
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const visit = (node: T, path: T[]): void => {
    state.set(node.slug, 'open');
    for (const edge of edges(node)) {
      const next = bySlug.get(edge.slug);
      if (!next || next === node) continue;
      if (state.get(next.slug) === 'open') {
        const cycle = [...path.slice(path.indexOf(next)), node];
        const first = cycle.reduce((a, b) => (nodes.indexOf(a) <= nodes.indexOf(b) ? a : b));
        const key = cycle
          .map((c) => c.slug)
          .sort()
          .join(' ');
        if (reported.has(key)) continue;
        reported.add(key);
        const start = cycle.indexOf(first);
        const ordered = [...cycle.slice(start), ...cycle.slice(0, start), first];
        const firstEdge = edges(first).find((e) => e.slug === ordered[1].slug);
        const at = field(firstEdge?.index);
        const name = at.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('');
        report.error({ file: first.file, ...first.locate(at), field: name, problem: `Kreis: ${ordered.map((c) => c.ref).join(' → ')}`, fix });
      } else if (!state.has(next.slug)) visit(next, [...path, node]);
    }
    state.set(node.slug, 'done');
  };
  for (const node of nodes) if (!state.has(node.slug)) visit(node, []);
}

export function checkOrderRules(content: ContentSet, report: Report): void {
  const briefings = new Set(content.briefings.map((b) => b.slug));
  for (const b of content.briefings) {
    b.data.supersedes?.forEach((ref, i) => {
      const at = { file: b.file, ...b.locate(['supersedes', i]), field: `supersedes[${i}]` };
      const slug = targetSlug(ref, 'briefings/');
      if (slug === undefined) report.error({ ...at, problem: `„${ref}“ ist keine Rechtsänderung`, fix: 'nur briefings/<slug> eintragen' });
      else if (slug === b.slug)
        report.error({
          ...at,
          problem: 'die Rechtsänderung kann sich nicht selbst ablösen',
          fix: 'den Verweis entfernen oder die ältere Rechtsänderung eintragen',
        });
      else if (!briefings.has(slug))
        report.error({
          ...at,
          problem: `Rechtsänderung „${ref}“ gibt es nicht`,
          fix: `den Slug einer Datei in content/briefings/ eintragen, z. B. ${
            [...briefings]
              .filter((s) => s !== b.slug)
              .slice(0, 2)
              .map((s) => `briefings/${s}`)
              .join(', ') || 'briefings/<slug>'
          }`,
        });
    });
    const { until, effective } = b.data;
    if (until !== undefined && until < effective) {
      report.error({
        file: b.file,
        ...b.locate(['until']),
        field: 'until',
        problem: `${until} liegt vor effective (${effective})`,
        fix: `den letzten Geltungstag ab ${effective} eintragen oder until entfernen`,
      });
    }
  }
  reportCycles(
    content.briefings,
    (b) => (b.data.supersedes ?? []).map((ref, index) => ({ slug: targetSlug(ref, 'briefings/') ?? '', index })),
    report,
    (i) => ['supersedes', i ?? 0],
    'einen der Verweise entfernen: Eine Rechtsänderung löst nur ältere ab',
  );

  const tracks = new Set(content.tracks.map((t) => t.slug));
  for (const t of content.tracks) {
    const ref = t.data.after;
    if (ref === undefined) continue;
    const at = { file: t.file, ...t.locate(['after']), field: 'after' };
    const slug = targetSlug(ref, 'tracks/');
    if (slug === undefined)
      report.error({ ...at, problem: `„${ref}“ ist kein Einarbeitungspfad`, fix: 'after: tracks/<slug> schreiben, z. B. after: tracks/grundlagen' });
    else if (slug === t.slug)
      report.error({ ...at, problem: 'ein Pfad kann nicht auf sich selbst folgen', fix: 'after entfernen oder den vorherigen Pfad eintragen' });
    else if (!tracks.has(slug))
      report.error({
        ...at,
        problem: `Einarbeitungspfad „${ref}“ gibt es nicht`,
        fix: `einen Pfad aus content/tracks/ eintragen, z. B. ${
          [...tracks]
            .filter((s) => s !== t.slug)
            .slice(0, 2)
            .map((s) => `tracks/${s}`)
            .join(', ') || 'tracks/grundlagen'
        }`,
      });
  }
  reportCycles(
    content.tracks,
    (t) => (t.data.after ? [{ slug: targetSlug(t.data.after, 'tracks/') ?? '' }] : []),
    report,
    () => ['after'],
    'after bei einem der Pfade entfernen: Die Reihenfolge braucht einen Anfang',
  );
}
