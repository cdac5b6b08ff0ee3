/**
 * The briefing status in words and links (badge, one-line status, notice), for the build and
 * the browser alike: src/components/BriefingStatus*.astro render it at build time,
 * src/client/briefings/briefing-status.ts renders the same structure again for the day the page is read.
 * The rule itself is src/model/briefing-status.ts; this module only words it. Browser-safe.
 */
import { BRIEFING_STATUS_LABEL, statusOn, type BriefingStatus, type StatusFacts, type Superseder } from '../model/briefing-status.ts';
import { germanDate } from '../model/day.ts';

export type Segment = string | { href: string; text: string };

export interface StatusNotice {
  tone: 'bad' | 'warn' | 'info';
  title: string;
  lines: Segment[][];
}

export interface StatusView {
  status: BriefingStatus;
  label: string;
  /**
   * What the badge does not say, for lists and the facts table: „abgelöst seit 01.01.2026 durch …“,
   * „galt bis …“, „befristet bis …“, „wird ab … abgelöst durch …“; empty for a plain status.
   */
  line: Segment[];
  /** The notice on the briefing's own page, when there is something to warn about. */
  notice?: StatusNotice;
}

const link = (s: Superseder): Segment => ({ href: `/rechtsaenderungen/${s.slug}/`, text: s.title });

function joined(list: Superseder[]): Segment[] {
  return list.flatMap((s, i) => (i === 0 ? [link(s)] : [i === list.length - 1 ? ' und ' : ', ', link(s)]));
}

export function statusView(facts: StatusFacts, date: string): StatusView {
  const s = statusOn(facts, date);
  const label = BRIEFING_STATUS_LABEL[s.status];
  const until = facts.until ? germanDate(facts.until) : '';
  switch (s.status) {
    case 'superseded':
      return {
        status: s.status,
        label,
        line: [`seit ${germanDate(s.since)} durch `, ...joined(s.by)],
        notice: {
          tone: 'bad',
          title: 'Abgelöst: Diese Rechtsänderung gilt nicht mehr.',
          lines: [[`Seit ${germanDate(s.since)} abgelöst durch `, ...joined(s.by), '. Sie bleibt zum Nachlesen veröffentlicht.']],
        },
      };
    case 'expired':
      return {
        status: s.status,
        label,
        line: [`galt bis ${until}`],
        notice: {
          tone: 'bad',
          title: 'Ausgelaufen: Diese befristete Regelung gilt nicht mehr.',
          lines: [[`Sie galt bis einschließlich ${until}. Sie bleibt zum Nachlesen veröffentlicht.`]],
        },
      };
    default: {
      const line: Segment[] = [];
      if (facts.until) line.push(`befristet bis ${until}`);
      if (s.next) line.push(`${line.length > 0 ? ', ' : ''}wird ab ${germanDate(s.next.effective)} abgelöst durch `, link(s.next));
      const lines: Segment[][] = [];
      if (facts.until) lines.push([`Befristete Regelung: gilt bis einschließlich ${until}, danach ist sie ausgelaufen.`]);
      if (s.next) lines.push([`Ab ${germanDate(s.next.effective)} abgelöst durch `, link(s.next), '.']);
      return {
        status: s.status,
        label,
        line,
        ...(lines.length > 0 ? { notice: { tone: s.next ? 'warn' : 'info', title: s.next ? 'Wird abgelöst' : 'Befristet', lines } } : {}),
      };
    }
  }
}

/** The status in the address of a filtered timeline (?status=abgeloest): German, without umlauts. */
export const STATUS_PARAM: Record<BriefingStatus, string> = {
  announced: 'angekuendigt',
  'in-force': 'in-kraft',
  superseded: 'abgeloest',
  expired: 'ausgelaufen',
};

/** The CSS class of the badge (the words say the status; colour only repeats it). */
export function statusBadgeClass(status: BriefingStatus): string {
  return `badge badge-${status === 'in-force' ? 'inforce' : status}`;
}
