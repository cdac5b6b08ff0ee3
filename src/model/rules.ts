/**
 * Rules that span documents: references resolve, versions are numbered 1..N without gaps and
 * start on strictly rising days, change notes from v2 on, quiz answers and module weeks in
 * range, and the four-eyes principle. One place, plain TypeScript, unit-tested.
 */
import type { Report } from './diagnostics.ts';
import type { ContentSet, SourceRef, VersionedDoc } from './types.ts';
import { checkBodyLinks } from './body-links.ts';
import { checkOrderRules } from './order-rules.ts';
import { checkGlossary } from './glossary-check.ts';

/** Track slugs whose URL is taken by a page of its own. */
const RESERVED_TRACK_SLUGS = new Set(['stand']);

export interface RuleOptions {
  /** Four-eyes problems are errors instead of warnings (`npm run check -- --strict`). */
  strict: boolean;
}

/** All reference targets of a content set: `checklists/<slug>` → highest version number. */
export function referenceTargets(content: ContentSet): Map<string, number> {
  const targets = new Map<string, number>();
  for (const doc of [...content.checklists, ...content.guidelines]) targets.set(doc.ref, doc.versions.at(-1)?.version ?? 0);
  for (const b of content.briefings) targets.set(b.ref, 0);
  for (const t of content.tracks) targets.set(t.ref, 0);
  return targets;
}

export function checkRules(content: ContentSet, report: Report, options: RuleOptions): void {
  const targets = referenceTargets(content);
  const checkRef = (owner: SourceRef, path: (string | number)[], ref: string) => {
    const [base, pinned] = ref.split('@v');
    const at = owner.locate(path);
    const field = fieldName(path);
    if (!targets.has(base)) {
      report.error({
        file: owner.file,
        ...at,
        field,
        problem: `Verweis „${ref}“ führt zu keinem Dokument`,
        fix: `den Slug prüfen; vorhanden sind z. B. ${
          [...targets.keys()]
            .filter((k) => k.startsWith(base.split('/')[0]))
            .slice(0, 3)
            .join(', ') || 'keine Dokumente dieses Typs'
        }`,
      });
      return;
    }
    if (pinned !== undefined) {
      const max = targets.get(base) ?? 0;
      if (max === 0)
        report.error({ file: owner.file, ...at, field, problem: `„${base}“ hat keine Fassungen, „@v${pinned}“ passt nicht`, fix: `„@v${pinned}“ entfernen` });
      else if (Number(pinned) > max)
        report.error({
          file: owner.file,
          ...at,
          field,
          problem: `„${base}“ hat keine Fassung v${pinned} (höchste: v${max})`,
          fix: `auf „${base}@v${max}“ oder „${base}“ verweisen`,
        });
    }
  };

  for (const doc of [...content.checklists, ...content.guidelines]) checkVersions(doc, content, report, options);
  checkBodyLinks(content, targets, report);
  checkOrderRules(content, report);

  for (const b of content.briefings) {
    b.data.affects?.forEach((ref, i) => {
      checkRef(b, ['affects', i], ref);
      if (!/^(checklists|guidelines)\//.test(ref)) {
        report.error({
          file: b.file,
          ...b.locate(['affects', i]),
          field: `affects[${i}]`,
          problem: `„${ref}“ ist keine Checkliste und kein Leitfaden`,
          fix: 'nur checklists/<slug> oder guidelines/<slug> eintragen',
        });
      }
    });
  }
  for (const t of content.tracks) {
    if (RESERVED_TRACK_SLUGS.has(t.slug)) {
      report.error({
        file: t.file,
        line: 1,
        column: 1,
        field: 'slug',
        problem: `„${t.slug}“ ist als Adresse einer festen Seite (/einarbeitung/${t.slug}/) vergeben`,
        fix: `die Datei umbenennen, z. B. ${t.slug}-pfad.mdx`,
      });
    }
    t.data.modules.forEach((module, m) => {
      if (module.week > t.data.weeks) {
        report.error({
          file: t.file,
          ...t.locate(['modules', m, 'week']),
          field: `modules[${m}].week`,
          problem: `Woche ${module.week} liegt nach dem Ende des Pfads (weeks: ${t.data.weeks})`,
          fix: `eine Woche von 1 bis ${t.data.weeks} wählen oder weeks erhöhen`,
        });
      }
      module.read?.forEach((ref, r) => checkRef(t, ['modules', m, 'read', r], ref));
      module.quiz?.forEach((q, n) => {
        if (q.answer >= q.options.length) {
          report.error({
            file: t.file,
            ...t.locate(['modules', m, 'quiz', n, 'answer']),
            field: `modules[${m}].quiz[${n}].answer`,
            problem: `Antwort ${q.answer} gibt es nicht (nur ${q.options.length} Antworten, gezählt ab 0)`,
            fix: `eine Zahl von 0 bis ${q.options.length - 1} eintragen`,
          });
        }
      });
    });
  }
  checkGlossary(content, report);
  const glossary = content.glossarySource ?? { file: 'content/glossary.yaml', locate: () => ({ line: 1, column: 1 }) };
  content.glossary.forEach((entry, i) =>
    entry.see?.forEach((ref, s) => {
      if (!targets.has(ref.split('@v')[0])) {
        report.error({
          file: glossary.file,
          ...glossary.locate([i, 'see', s]),
          field: `[${i}].see[${s}]`,
          problem: `Verweis „${ref}“ im Eintrag „${entry.term}“ führt zu keinem Dokument`,
          fix: 'den Slug prüfen oder den Verweis entfernen',
        });
      }
    }),
  );
}

function checkVersions(doc: VersionedDoc, content: ContentSet, report: Report, options: RuleOptions): void {
  const briefingSlugs = new Set(content.briefings.map((b) => b.slug));
  doc.versions.forEach((v, i) => {
    const previous = doc.versions[i - 1];
    if (previous && v.data.validFrom <= previous.data.validFrom) {
      report.error({
        file: v.file,
        ...v.locate(['validFrom']),
        field: 'validFrom',
        problem: `${v.data.validFrom} liegt nicht nach validFrom der Fassung v${previous.version} (${previous.data.validFrom})`,
        fix: `ein Datum nach ${previous.data.validFrom} eintragen`,
      });
    }
    if (v.version >= 2 && !(v.data.changes && v.data.changes.length > 0)) {
      report.error({
        file: v.file,
        ...v.locate(['changes']),
        field: 'changes',
        problem: `ab v2 ist ein Änderungshinweis Pflicht`,
        fix: `changes: ["Was sich gegenüber v${v.version - 1} geändert hat"] ergänzen`,
      });
    }
    if (v.data.briefing && !briefingSlugs.has(v.data.briefing)) {
      report.error({
        file: v.file,
        ...v.locate(['briefing']),
        field: 'briefing',
        problem: `Rechtsänderung „${v.data.briefing}“ gibt es nicht`,
        fix: 'den Slug einer Datei in content/briefings/ eintragen',
      });
    }
    const fourEyes = fourEyesProblem(v.data.owner, v.data.approvedBy);
    if (fourEyes) {
      const d = { file: v.file, ...v.locate([v.data.approvedBy ? 'approvedBy' : 'owner']), field: 'approvedBy', ...fourEyes };
      if (options.strict) report.error(d);
      else report.warning(d);
    }
  });
}

/** Four-eyes principle: someone other than the owner approved the version. */
export function fourEyesProblem(owner: string, approvedBy: string | undefined): { problem: string; fix: string } | undefined {
  if (!approvedBy)
    return {
      problem: 'die Fassung ist nicht freigegeben (approvedBy fehlt)',
      fix: 'approvedBy: eine andere Stelle als owner eintragen, nachdem sie die Fassung geprüft hat',
    };
  if (approvedBy.trim().toLowerCase() === owner.trim().toLowerCase())
    return {
      problem: `freigegeben von der eigenen verantwortlichen Stelle („${owner}“)`,
      fix: 'die Freigabe durch eine zweite Stelle (Vier-Augen-Prinzip) eintragen',
    };
  return undefined;
}

function fieldName(path: (string | number)[]): string {
  return path.reduce<string>((label, key) => (typeof key === 'number' ? `${label}[${key}]` : label ? `${label}.${key}` : key), '');
}
