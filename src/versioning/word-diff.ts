/**
 * Word-level difference of two plain texts, read as a lawyer reads them: an amount, a date or a
 * citation changes as a whole ("45.300 €" → "50.700 €", "§ 10 Abs. 1" → "§ 10 Abs. 3"), never
 * digit by digit; and a similarity measure that decides whether a removed and an added piece are
 * one changed piece or two unrelated ones.
 *
 * `wordDiff('seit acht Jahren', 'seit fünf Jahren')` →
 * `[{ type: 'same', text: 'seit ' }, { type: 'del', text: 'acht' }, { type: 'ins', text: 'fünf' }, { type: 'same', text: ' Jahren' }]`
 */
import { diffArrays } from 'diff';

export interface Part {
  type: 'same' | 'ins' | 'del';
  text: string;
}

const S = '[\\s\\u00a0]';
const UNIT = '(?:Abs\\.|Absatz|S\\.|Satz|Nr\\.|Nummer|Buchst\\.|UAbs\\.)';
/**
 * Tokens, longest first: citations ("§ 10 Abs. 3 Satz 2", "Art. 6 Abs. 1"), dates, amounts with
 * their unit, words, any other character; each with the spaces that follow it, so that spaces
 * are never what two texts have "in common".
 */
const TOKEN = new RegExp(
  `(?:${[
    `§§?${S}*\\d+[a-z]?(?:${S}+${UNIT}${S}*\\d+[a-z]?)*`,
    `Art\\.${S}*\\d+[a-z]?(?:${S}+${UNIT}${S}*\\d+[a-z]?)*`,
    '\\d{1,2}\\.\\d{1,2}\\.\\d{4}',
    `\\d+(?:[.,]\\d+)*(?:${S}?(?:€|EUR|Euro|%|Prozent)(?![\\p{L}]))?`,
    "[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*",
    `[^\\s\\u00a0]`,
  ].join('|')})${S}*|${S}+`,
  'gsu',
);

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function wordDiff(before: string, after: string): Part[] {
  const raw: Part[] = diffArrays(tokens(before), tokens(after), { comparator: (l, r) => l.trimEnd() === r.trimEnd() }).map((change) => ({
    type: change.added ? 'ins' : change.removed ? 'del' : 'same',
    text: change.value.join(''),
  }));
  return tidy(raw);
}

/**
 * Removed text before added text within a run of changes; the spaces that end a change belong
 * to the text around it, so "{+Eine …+}" is marked without the space before the next word.
 */
function tidy(parts: Part[]): Part[] {
  const out: Part[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    const space = del || ins ? /[\s\u00a0]*$/.exec(ins || del)![0] : '';
    const tail = space && (!del || del.endsWith(space)) && (!ins || ins.endsWith(space)) ? space : '';
    if (del) out.push({ type: 'del', text: del.slice(0, del.length - tail.length) });
    if (ins) out.push({ type: 'ins', text: ins.slice(0, ins.length - tail.length) });
    if (tail) out.push({ type: 'same', text: tail });
    del = ins = '';
  };
  for (const part of parts) {
    if (part.type === 'del') del += part.text;
    else if (part.type === 'ins') ins += part.text;
    else {
      flush();
      out.push({ ...part });
    }
  }
  flush();
  const merged: Part[] = [];
  for (const part of out) {
    const last = merged.at(-1);
    if (!part.text) continue;
    if (last && last.type === part.type) last.text += part.text;
    else merged.push(part);
  }
  return merged;
}

/** Lower-case word tokens; "§", numbers and words count, punctuation does not. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}§]+/gu) ?? [];
}

/**
 * Dice coefficient of the two texts' word multisets: 1 for the same words, 0 for none in common.
 * Cheap (linear) on purpose: it runs for every pair of removed/added items of one section.
 */
export function similarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 && right.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (left.length + right.length);
}
