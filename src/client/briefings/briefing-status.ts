/**
 * Re-evaluates briefing status in the browser (CONTENT-MODEL.md, "The reference date"): every
 * `[data-briefing-status]` element carries the status facts of its briefing (effective, until,
 * superseders); on a day other than the build day its badge, status line, notice and
 * `data-state` are rewritten with the same rule (src/model/briefing-status.ts) and words
 * (src/briefings/status-view.ts) as the build used.
 */
import type { StatusFacts } from '../../model/briefing-status.ts';
import { statusBadgeClass, statusView, type Segment } from '../../briefings/status-view.ts';

function segments(list: Segment[]): (Node | string)[] {
  return list.map((s) => {
    if (typeof s === 'string') return s;
    const a = document.createElement('a');
    a.href = s.href;
    a.textContent = s.text;
    return a;
  });
}

export function refreshBriefingStatus(today: string, root: ParentNode = document): void {
  for (const holder of root.querySelectorAll<HTMLElement>('[data-briefing-status]')) {
    let facts: StatusFacts;
    try {
      facts = JSON.parse(holder.dataset.briefingStatus ?? '') as StatusFacts;
    } catch {
      continue;
    }
    const view = statusView(facts, today);
    if (holder.dataset.state === view.status) continue;
    holder.dataset.state = view.status;
    for (const badge of holder.querySelectorAll<HTMLElement>('[data-bstatus-badge]')) {
      badge.className = statusBadgeClass(view.status);
      badge.dataset.bstatusBadge = view.status;
      badge.textContent = view.label;
    }
    // The facts table: „<dd>abgelöst – seit … durch …</dd>“, the same as the build writes.
    for (const dd of holder.querySelectorAll<HTMLElement>('[data-bstatus-fact] > dd'))
      dd.replaceChildren(view.label, ...(view.line.length > 0 ? [' – ', ...segments(view.line)] : []));
    for (const line of holder.querySelectorAll<HTMLElement>('[data-bstatus-line]')) line.replaceChildren(...segments(view.line));
    // „Betroffen von …“ names a briefing's status only once it has ended (abgelöst, ausgelaufen).
    for (const slot of holder.querySelectorAll<HTMLElement>('[data-bstatus-ended]')) {
      if (view.status !== 'superseded' && view.status !== 'expired') {
        slot.replaceChildren();
        continue;
      }
      const badge = document.createElement('span');
      badge.className = statusBadgeClass(view.status);
      badge.dataset.bstatusBadge = view.status;
      badge.textContent = view.label;
      slot.replaceChildren(' ', badge, ' ', ...segments(view.line));
    }
    for (const slot of holder.querySelectorAll<HTMLElement>('[data-bstatus-notice]')) {
      slot.replaceChildren();
      if (!view.notice) continue;
      const box = document.createElement('div');
      box.className = `notice notice-${view.notice.tone}`;
      box.setAttribute('role', 'note');
      box.dataset.notice = 'briefing-status';
      const title = document.createElement('p');
      title.className = 'notice-title';
      title.textContent = view.notice.title;
      box.append(
        title,
        ...view.notice.lines.map((line) => {
          const p = document.createElement('p');
          p.append(...segments(line));
          return p;
        }),
      );
      slot.append(box);
    }
  }
}
