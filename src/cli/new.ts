/**
 * `npm run new`: scaffolds a checklist, guideline, briefing or track, or a new version of an
 * existing checklist or guideline. In a terminal it asks for whatever the flags leave open;
 * with `--yes` (or without a terminal) it takes defaults and fails with a message for anything
 * missing, so scripts and tests drive it by flags. The written file is validated like
 * `npm run check`; if it would not pass, it is removed again and the messages are shown.
 *
 *   npm run new -- --type checklist --title "…" --summary "…" --team aufenthalt --yes
 *   npm run new -- --type version --doc checklists/<slug> --valid-from 2026-07-01 --changes "…" --yes
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate, useContentRoot } from '../config/env.ts';
import { createCitationChecker } from '../model/citation-check.ts';
import { formatDiagnostic } from '../model/diagnostics.ts';
import { displayPath, loadContent } from '../model/load.ts';
import { validateContent } from '../model/validate.ts';
import { docUrl } from '../site/urls.ts';
import { questionsFor, type NewContext } from '../editorial/new/new-questions.ts';
import { latestVersion, parseDocRef, renderNewVersion } from '../editorial/new/new-version.ts';
import { collect, flagMessage, InputEnded, streamPrompter, type Answers } from '../editorial/new/prompt.ts';
import { newDocumentPath, renderNewDocument, type NewKind } from '../editorial/new/templates.ts';
import { KINDS as DOC_KINDS, kindFromWord, type KindId } from '../kinds/registry.ts';
import { runCli } from './run-cli.ts';

type Kind = KindId | 'version';
const KINDS: Kind[] = [...DOC_KINDS.map((k) => k.id), 'version'];
const KIND_LABEL = { ...Object.fromEntries(DOC_KINDS.map((k) => [k.id, k.label])), version: 'Neue Fassung' } as Record<Kind, string>;

/** `--type` and the interactive answer take the English id or the German word (Checkliste, Leitfaden, Rechtsänderung, Einarbeitungspfad, Fassung). */
function kindOf(word: string | undefined): Kind | undefined {
  if (!word) return undefined;
  if (/^(version|neue fassung|fassung)$/i.test(word.trim())) return 'version';
  return kindFromWord(word)?.id;
}

const USAGE = `Neues Dokument anlegen: npm run new [-- Angaben]
  --type Checkliste|Leitfaden|Rechtsänderung|Einarbeitungspfad|Fassung (oder checklist|guideline|briefing|track|version)
  Alle: --title --slug --summary --team (mehrfach oder mit Komma) --owner --draft
  Checkliste/Leitfaden: --valid-from --review-due --legal-basis (mehrfach)
  Rechtsänderung: --published --effective --supersedes --until --legal-basis --affects --source-title --source-url
  Einarbeitungspfad: --after --weeks --read
  Alle außer Fassung: --confirm (mehrfach; örtliche Angaben, die noch zu bestätigen sind)
  Neue Fassung: --doc checklists/<slug> (oder --slug) --valid-from --changes (mehrfach) --change-type major|minor --briefing <slug> --review-due
  --root <Ordner>  Inhalte in einem anderen Ordner (sonst LOTSE_CONTENT_DIR oder dieses Repository)
  --yes            nichts fragen, Vorgaben übernehmen      --interactive  fragen, auch ohne Terminal`;

const str = (v: Answers[string]) => (Array.isArray(v) ? v[0] : v) ?? '';
const list = (v: Answers[string]) => (Array.isArray(v) ? v : v ? [v] : []);

runCli(async () => {
  const listFlags = ['team', 'legal-basis', 'affects', 'supersedes', 'confirm', 'source-title', 'source-url', 'read', 'changes'];
  const stringFlags = [
    'type',
    'slug',
    'title',
    'summary',
    'owner',
    'valid-from',
    'review-due',
    'published',
    'effective',
    'until',
    'after',
    'weeks',
    'doc',
    'change-type',
    'briefing',
    'root',
  ];
  let flags: Record<string, string | string[] | boolean | undefined>;
  try {
    flags = parseArgs({
      args: process.argv.slice(2),
      options: {
        ...Object.fromEntries(stringFlags.map((f) => [f, { type: 'string' as const }])),
        ...Object.fromEntries(listFlags.map((f) => [f, { type: 'string' as const, multiple: true }])),
        draft: { type: 'boolean' },
        yes: { type: 'boolean', short: 'y' },
        interactive: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1] ?? '?';
    console.error(`${option} — unbekannte oder unvollständige Angabe. Fix: npm run new -- --help zeigt alle Angaben.`);
    return 1;
  }
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const root = useContentRoot(typeof flags.root === 'string' ? flags.root : undefined);
  const interactive = Boolean(flags.interactive) || (!flags.yes && Boolean(process.stdin.isTTY));
  const prompter = interactive ? streamPrompter(process.stdin, process.stdout) : undefined;
  try {
    let type = flags.type as string | undefined;
    while (!kindOf(type)) {
      if (!prompter) {
        console.error(
          flagMessage('type', {
            problem: type ? `„${type}“ ist keine Dokumentart` : 'Angabe fehlt',
            fix: `--type ${KINDS.map((k) => KIND_LABEL[k]).join('|')} angeben (oder ${KINDS.join('|')})`,
          }),
        );
        return 1;
      }
      type = await prompter.ask(`Was anlegen? ${KINDS.map((k) => KIND_LABEL[k]).join(', ')}: `);
    }
    const kind = kindOf(type) as Kind;
    const { content } = loadContent(root, { includeDrafts: true, skipBodies: true });
    const context: NewContext = {
      root,
      content,
      schemaContext: { teamIds: content.teams.map((t) => t.id), checkCitation: createCitationChecker(content.laws) },
      date: buildDate(),
    };
    if (kind === 'version' && !flags.doc && typeof flags.slug === 'string') flags.doc = docForSlug(content, flags.slug);

    const { answers, errors } = await collect(questionsFor(kind, context), flags, prompter, (line) => console.log(line));
    if (errors.length > 0) {
      for (const e of errors) console.error(e);
      console.error(`\nNichts angelegt: ${errors.length} Angabe${errors.length === 1 ? '' : 'n'} fehlen oder sind ungültig. Hilfe: npm run new -- --help`);
      return 1;
    }
    const { file, text, url } = kind === 'version' ? planVersion(root, answers) : planDocument(root, kind, answers);
    return writeAndCheck(root, file, text, url, kind === 'checklist' || kind === 'guideline' || kind === 'version');
  } catch (error) {
    if (error instanceof InputEnded) {
      console.error(`\n${error.message}. Nichts angelegt.`);
      return 1;
    }
    throw error;
  } finally {
    prompter?.close();
  }
});

function docForSlug(content: ReturnType<typeof loadContent>['content'], slug: string): string {
  const found = [...content.checklists, ...content.guidelines].filter((d) => d.slug === slug).map((d) => d.ref);
  return found.length === 1 ? found[0] : `checklists/${slug}`;
}

function planDocument(root: string, kind: NewKind, a: Answers) {
  const titles = list(a.sourceTitle);
  const text = renderNewDocument({
    kind,
    slug: str(a.slug),
    title: str(a.title),
    summary: str(a.summary),
    teams: list(a.teams),
    owner: str(a.owner),
    legalBasis: list(a.legalBasis),
    draft: str(a.draft) === 'ja',
    validFrom: str(a.validFrom),
    reviewDue: str(a.reviewDue),
    published: str(a.published),
    effective: str(a.effective),
    affects: list(a.affects),
    supersedes: list(a.supersedes),
    until: str(a.until) || undefined,
    after: str(a.after) || undefined,
    confirm: list(a.confirm),
    sources: titles.map((title, i) => ({ title, url: list(a.sourceUrl)[i] })),
    weeks: Number(str(a.weeks) || 1),
    read: list(a.read),
  });
  return { file: newDocumentPath(root, kind, str(a.slug)), text, url: docUrl(kind, str(a.slug)) };
}

function planVersion(root: string, a: Answers) {
  const { kind, slug } = parseDocRef(str(a.doc))!;
  const latest = latestVersion(root, kind, slug)!;
  const text = renderNewVersion(latest.text, {
    validFrom: str(a.validFrom),
    changes: list(a.changes),
    changeType: str(a.changeType) === 'minor' ? 'minor' : 'major',
    ...(a.briefing ? { briefing: str(a.briefing) } : {}),
    reviewDue: str(a.reviewDue),
    draft: str(a.draft) === 'ja',
  });
  return { file: join(latest.dir, `v${latest.version + 1}.mdx`), text, url: `${docUrl(kind, slug)}v${latest.version + 1}/` };
}

/** Writes the file, validates the content set with it, and removes it again if it has errors. */
function writeAndCheck(root: string, file: string, text: string, url: string, versioned: boolean): number {
  if (existsSync(file)) {
    console.error(`${displayPath(file)}:1:1 datei — die Datei gibt es schon. Fix: einen anderen Slug wählen.`);
    return 1;
  }
  const createdDir = !existsSync(dirname(file));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  const shown = displayPath(file);
  const result = validateContent(root, { includeDrafts: true, strict: false });
  const own = result.diagnostics.filter((d) => d.file === shown);
  if (own.some((d) => d.severity === 'error')) {
    rmSync(createdDir ? dirname(file) : file, { recursive: true, force: true });
    for (const d of own) console.error(formatDiagnostic(d));
    console.error(`\nNichts angelegt: die Datei hätte npm run check nicht bestanden.`);
    return 1;
  }
  console.log(`\nAngelegt: ${shown}`);
  if (own.length > 0) console.log('npm run check meldet zu dieser Datei (Warnungen, kein Fehler):');
  for (const d of own) console.log(formatDiagnostic(d));
  console.log(`\nSo geht es weiter:
  1. Text schreiben: ${shown}
  2. Vorschau: npm run dev, dann http://localhost:4321${url}
  3. Prüfen: npm run check${versioned ? '\n  4. Freigabe: eine zweite Stelle prüft die Fassung und trägt sich unter „Freigegeben von“ (approvedBy) ein (Vier-Augen-Prinzip).' : ''}`);
  return 0;
}
