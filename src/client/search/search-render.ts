/**
 * Turns search hits into list items (shared by the quick search in the header and /suche/):
 * title as link, type, version and validity in words (never colour alone), an excerpt with the
 * found words marked. Built with DOM methods; only <mark> from the excerpt becomes markup.
 */
import type { Hit, Outcome, PagefindData, SearchEngine } from '../../search/browser/engine.ts';
import { citationExcerpt, cleanText, tidyExcerpt } from '../../search/browser/excerpt.ts';
import { fold } from '../../search/analysis/fold.ts';
import { germanQueryDate } from '../../search/analysis/query-date.ts';
import { corrections, lengthsFor } from '../../search/analysis/spelling.ts';

export interface ResultView {
  url: string;
  title: string;
  type: string;
  status: 'current' | 'announced' | 'superseded' | 'expired';
  validity: string;
  version?: string;
  team?: string;
  excerpt: string;
}

const STATUS_TEXT: Record<ResultView['status'], string> = {
  current: 'aktuell gültig',
  announced: 'angekündigt',
  superseded: 'nicht mehr gültig',
  expired: 'nicht mehr gültig (abgelaufen)',
};

export async function view(engine: SearchEngine, outcome: Outcome, hit: Hit): Promise<ResultView> {
  const data: PagefindData = await engine.data(hit.result);
  const meta = data.meta ?? {};
  const status = (['current', 'announced', 'superseded', 'expired'].includes(meta.status) ? meta.status : 'current') as ResultView['status'];
  const cited = outcome.plan.citation && hit.why.has('citation') ? citationExcerpt(data.content, outcome.plan.citation.provisions) : undefined;
  return {
    url: hit.url ?? data.url,
    title: cleanText(meta.title ?? data.url),
    type: meta.typ ?? 'Seite',
    status,
    validity: meta.gueltigkeit ?? '',
    version: meta.fassung,
    team: meta.team,
    excerpt: cited ?? tidyExcerpt(data.excerpt ?? ''),
  };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Sets excerpt HTML that may contain only text and <mark>; anything else is shown as text. */
function setExcerpt(node: HTMLElement, html: string): void {
  if (/<(?!\/?mark>)/i.test(html)) node.textContent = html.replace(/<\/?mark>/g, '');
  else node.innerHTML = html;
}

function statusBadge(v: ResultView): HTMLElement {
  // Expired briefings look like superseded versions (same badge style); the text says which.
  return el(
    'span',
    `badge badge-${v.status === 'expired' ? 'superseded' : v.status}`,
    v.status === 'superseded' && v.version ? `${STATUS_TEXT[v.status]} (${v.version})` : STATUS_TEXT[v.status],
  );
}

/** One result of /suche/: heading with link, facts line, excerpt. */
export function pageItem(v: ResultView): HTMLLIElement {
  const li = el('li', `sr-item sr-${v.status}`);
  const h = el('h2', 'sr-title');
  const a = el('a', undefined, v.title);
  a.href = v.url;
  h.append(a);
  const facts = el('p', 'sr-facts');
  facts.append(el('span', 'sr-type', v.type), ' ', statusBadge(v));
  const details = [v.version && v.status !== 'superseded' ? `Fassung ${v.version}` : '', v.validity, v.team ?? ''].filter(Boolean);
  if (details.length > 0) facts.append(' ', el('span', 'sr-details', details.join(' · ')));
  const excerpt = el('p', 'sr-excerpt');
  setExcerpt(excerpt, v.excerpt);
  li.append(h, facts, excerpt);
  return li;
}

/** One result of the quick search: a single link with title and facts. */
export function quickItem(v: ResultView): HTMLLIElement {
  const li = el('li', 'sr-quick-item');
  const a = el('a', 'sr-quick-link');
  a.href = v.url;
  a.append(el('span', 'sr-quick-title', v.title), el('span', 'sr-quick-facts', `${v.type} · ${STATUS_TEXT[v.status]}${v.validity ? ` · ${v.validity}` : ''}`));
  li.append(a);
  return li;
}

/** "12 Treffer für „Duldung“" plus notes on spelling and expansions. */
export function summaryText(outcome: Outcome, count: number): string {
  const q = outcome.plan.raw.trim();
  const found = count === 0 ? `Keine Treffer für „${q}“.` : `${count} ${count === 1 ? 'Treffer' : 'Treffer'} für „${q}“.`;
  const notes: string[] = [];
  if (outcome.corrected.length > 0 && count > 0) notes.push(`Auch gesucht: ${outcome.corrected.map((c) => `„${c.to}“`).join(', ')}.`);
  const expansions = outcome.plan.groups.flatMap((g) =>
    g.alternatives.filter((a) => !a.lazy && (a.why === 'abbreviation' || a.why === 'synonym')).map((a) => a.words.join(' ')),
  );
  if (expansions.length > 0 && count > 0)
    notes.push(
      `Einbezogen: ${expansions
        .slice(0, 4)
        .map((e) => `„${e}“`)
        .join(', ')}.`,
    );
  if (outcome.plan.citation && count > 0) notes.push(`Dokumente, die ${outcome.plan.citation.text} zitieren.`);
  return [found, ...notes].join(' ');
}

export interface Suggestion {
  label: string;
  href: string;
  note?: string;
}

/** Suggestions for an empty result: other spellings and glossary terms close to the query. */
export async function suggestions(engine: SearchEngine, outcome: Outcome): Promise<Suggestion[]> {
  const { lexicon, vocabulary } = engine;
  const out: Suggestion[] = [];
  for (const group of outcome.plan.groups) {
    const word = group.alternatives[0].words[0];
    if (!word || word.length < 6) continue;
    const lists = await Promise.all(lengthsFor(word).map((n) => vocabulary(n).catch(() => [])));
    for (const c of corrections(word, lists.flat(), 1))
      out.push({ label: c.word, href: `/suche/?q=${encodeURIComponent(outcome.plan.raw.replace(word, c.word))}`, note: 'andere Schreibweise' });
  }
  const q = fold(outcome.plan.raw);
  if (q.length >= 3) {
    for (const entry of lexicon.glossary) {
      const forms = [entry.term, ...entry.abbr, ...entry.synonyms].map(fold);
      if (forms.some((f) => f.startsWith(q.slice(0, 4)) || (q.length >= 5 && f.includes(q.slice(0, 5)))))
        out.push({ label: entry.term, href: entry.url, note: 'Glossar' });
      if (out.length >= 6) break;
    }
  }
  return out;
}

/**
 * For a query that names a day: which versions the list shows, and the way to everything that
 * applied then (/stand/?datum=…, the site's "Was galt am …?" page).
 */
export function dateNote(outcome: Outcome): { text: string; label: string; href: string } | undefined {
  const d = outcome.plan.date;
  if (!d) return undefined;
  const day = d.date.split('-').reverse().join('.');
  const named = germanQueryDate(d);
  const text =
    d.precision === 'day'
      ? `Gezeigt werden die Fassungen, die am ${day} galten.`
      : `Gezeigt werden die Fassungen, die am ${day} galten (Stichtag für „${named}“).`;
  return { text, label: `Was galt am ${day}? Alle Dokumente`, href: `/stand/?datum=${d.date}` };
}
