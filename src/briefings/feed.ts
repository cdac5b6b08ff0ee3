/**
 * Atom feeds (RFC 4287) of the briefings: /rechtsaenderungen/feed.xml and one per team. Pure
 * string building; tests/build/briefings-feed.test.ts validates the output against the RFC's
 * RELAX NG schema (tests/schemas/atom-rfc4287.rng) with xmllint.
 *
 * Every entry carries the effective day three times, because feed readers show different
 * fields: in the title ("… – wirksam ab 12.06.2026"), in summary and content, and as the
 * extension element <lotse:effective>2026-06-12</lotse:effective> for programs.
 * Ids are tag URIs (RFC 4151) on the domain of the office's feedback address, so they stay the
 * same when the site moves to another host.
 */
import type { StatusFacts } from '../model/briefing-status.ts';
import type { Briefing } from '../model/types.ts';
import { statusView, type Segment } from './status-view.ts';
import { germanDate } from '../model/day.ts';
import { escapeHtml } from '../site/escape-html.ts';

export const LOTSE_NS = 'urn:x-lotse:rechtsaenderung';

export interface AtomLinkTarget {
  title: string;
  url: string;
}

export interface FeedContext {
  /** Absolute site URL without trailing slash, e.g. https://lotse.example.org */
  base: string;
  /** Domain for tag URIs, from the feedback e-mail address. */
  authority: string;
  teamName(id: string): string;
  /** Title and URL of an affected document, when it exists. */
  resolve(ref: string): AtomLinkTarget | undefined;
  /**
   * The status facts of a briefing (src/model/briefing-status.ts) and the day they are judged
   * on: each entry then states its status („abgelöst seit … durch …“) and carries
   * <lotse:status>. Without them the entries carry no status.
   */
  status?: { date: string; facts(b: Briefing): StatusFacts };
}

/** An ISO day as an RFC 3339 timestamp (start of the day, UTC). */
export function atomDate(day: string): string {
  return `${day}T00:00:00Z`;
}

/** The domain part of an e-mail address, lower case; "lotse.invalid" when there is none. */
export function tagAuthority(email: string): string {
  const domain = email.split('@')[1]?.trim().toLowerCase();
  return domain && /^[a-z0-9.-]+$/.test(domain) ? domain : 'lotse.invalid';
}

export function tagUri(authority: string, specific: string): string {
  return `tag:${authority},2026:lotse/${specific}`;
}

/** Last day the briefing changed: published or the latest correction (`updates`). */
export function lastChanged(briefing: Briefing): string {
  return [briefing.data.published, ...(briefing.data.updates ?? []).map((u) => u.date)].sort().at(-1) as string;
}

/** Status on the feed's reference date: the machine value, and a sentence for people (HTML). */
function entryStatus(b: Briefing, ctx: FeedContext): { status: string; text: string; html: string } | undefined {
  if (!ctx.status) return undefined;
  const view = statusView(ctx.status.facts(b), ctx.status.date);
  const plain = (s: Segment) => (typeof s === 'string' ? s : s.text);
  const html = (s: Segment) => (typeof s === 'string' ? escapeHtml(s) : `<a href="${escapeHtml(ctx.base + s.href)}">${escapeHtml(s.text)}</a>`);
  const rest = view.line.length > 0 ? ` – ${view.line.map(plain).join('')}` : '';
  const restHtml = view.line.length > 0 ? ` – ${view.line.map(html).join('')}` : '';
  const day = germanDate(ctx.status.date);
  return {
    status: view.status,
    text: `Stand ${day}: ${view.label}${rest}.`,
    html: `<p>Stand ${day}: <strong>${escapeHtml(view.label)}</strong>${restHtml}.</p>`,
  };
}

function list(items: string[]): string {
  return items.length === 0 ? '' : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

/** The entry body as HTML (escaped once more when written into the feed). */
function entryHtml(b: Briefing, ctx: FeedContext): string {
  const d = b.data;
  const h = escapeHtml;
  const affected = (d.affects ?? []).map((ref) => {
    const target = ctx.resolve(ref);
    return target ? `<a href="${h(ctx.base + target.url)}">${h(target.title)}</a>` : h(ref);
  });
  const parts = [
    entryStatus(b, ctx)?.html ?? '',
    `<p><strong>Wirksam ab ${germanDate(d.effective)}</strong> · veröffentlicht am ${germanDate(d.published)} · ${h(d.teams.map(ctx.teamName).join(', '))}</p>`,
    `<p>${h(d.summary)}</p>`,
    `<p>Geänderte Vorschriften:</p>${list(d.legalBasis.map(h))}`,
    affected.length > 0 ? `<p>Betroffene Dokumente:</p>${list(affected)}` : '',
    `<p>Quellen:</p>${list(d.sources.map((s) => `<a href="${h(s.url)}">${h(s.title)}</a>`))}`,
    d.updates && d.updates.length > 0 ? `<p>Nachträge:</p>${list(d.updates.map((u) => `${germanDate(u.date)}: ${h(u.note)}`))}` : '',
  ];
  return parts.filter(Boolean).join('');
}

export function briefingEntry(b: Briefing, ctx: FeedContext): string {
  const d = b.data;
  const url = `${ctx.base}/rechtsaenderungen/${b.slug}/`;
  const status = entryStatus(b, ctx);
  const categories = d.teams.map(
    (t) => `    <category term="${escapeHtml(t)}" label="${escapeHtml(ctx.teamName(t))}" scheme="${escapeHtml(`${ctx.base}/teams/`)}"/>`,
  );
  return [
    '  <entry>',
    `    <id>${escapeHtml(tagUri(ctx.authority, `rechtsaenderungen/${b.slug}`))}</id>`,
    `    <title>${escapeHtml(`${d.title} – wirksam ab ${germanDate(d.effective)}`)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeHtml(url)}"/>`,
    `    <published>${atomDate(d.published)}</published>`,
    `    <updated>${atomDate(lastChanged(b))}</updated>`,
    `    <lotse:effective>${d.effective}</lotse:effective>`,
    ...(d.until ? [`    <lotse:until>${d.until}</lotse:until>`] : []),
    ...(status ? [`    <lotse:status>${status.status}</lotse:status>`] : []),
    ...categories,
    `    <summary>${escapeHtml(`Wirksam ab ${germanDate(d.effective)}. ${status ? `${status.text} ` : ''}${d.summary}`)}</summary>`,
    `    <content type="html">${escapeHtml(entryHtml(b, ctx))}</content>`,
    '  </entry>',
  ].join('\n');
}

export interface FeedOptions {
  /** Path of the feed itself, e.g. /rechtsaenderungen/feed.xml */
  selfPath: string;
  /** Path of the HTML page the feed mirrors. */
  alternatePath: string;
  /** Specific part of the feed's tag URI, e.g. rechtsaenderungen or rechtsaenderungen/team/aufenthalt */
  idPath: string;
  title: string;
  subtitle: string;
  author: { name: string; email?: string };
  /** Used as <updated> when the feed has no entries. */
  fallbackUpdated: string;
}

/** Entries per feed: the newest publications; older ones are on /rechtsaenderungen/archiv/. */
export const FEED_LIMIT = 50;

/** The feed, newest publications first, at most FEED_LIMIT entries (feed readers keep what they saw). */
export function atomFeed(briefings: readonly Briefing[], ctx: FeedContext, options: FeedOptions): string {
  const sorted = [...briefings]
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || b.data.effective.localeCompare(a.data.effective) || a.slug.localeCompare(b.slug))
    .slice(0, FEED_LIMIT);
  const updated = sorted.map(lastChanged).sort().at(-1) ?? options.fallbackUpdated;
  const author = [
    `    <name>${escapeHtml(options.author.name)}</name>`,
    options.author.email ? `    <email>${escapeHtml(options.author.email)}</email>` : '',
  ].filter(Boolean);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:lotse="${LOTSE_NS}" xml:lang="de">`,
    `  <id>${escapeHtml(tagUri(ctx.authority, options.idPath))}</id>`,
    `  <title>${escapeHtml(options.title)}</title>`,
    `  <subtitle>${escapeHtml(options.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeHtml(ctx.base + options.selfPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeHtml(ctx.base + options.alternatePath)}"/>`,
    `  <updated>${atomDate(updated)}</updated>`,
    '  <author>',
    ...author,
    '  </author>',
    '  <generator>Lotse</generator>',
    ...sorted.map((b) => briefingEntry(b, ctx)),
    '</feed>',
    '',
  ].join('\n');
}
