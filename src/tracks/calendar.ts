/**
 * Calendar math of the onboarding plan, on ISO days (`YYYY-MM-DD`) only, so the result never
 * depends on the browser's time zone. Week 1 begins on the Monday of the start week; a start
 * on Saturday or Sunday begins the plan on the following Monday (nobody's first working day is
 * a weekend, and counting the week just ending would make week 1 look overdue on day one).
 * Pure: used at build time, in the browser and in unit tests.
 */
import { addDays, daysBetween } from '../model/day.ts';

function toDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export function isoWeekday(day: string): number {
  return toDate(day).getUTCDay() || 7;
}

export function mondayOf(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** The Monday on which week 1 of the plan begins. */
export function planMonday(startDate: string): string {
  return isoWeekday(startDate) >= 6 ? addDays(mondayOf(startDate), 7) : mondayOf(startDate);
}

/** ISO 8601 calendar week: the week belongs to the year of its Thursday. */
export function isoWeek(day: string): { year: number; week: number } {
  const thursday = toDate(addDays(day, 4 - isoWeekday(day)));
  const year = thursday.getUTCFullYear();
  const firstThursday = toDate(addDays(`${year}-01-04`, 4 - isoWeekday(`${year}-01-04`)));
  return { year, week: 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000)) };
}

export interface PlanWeek {
  /** 1-based week of the plan. */
  number: number;
  monday: string;
  friday: string;
  /** ISO calendar week (KW) of that week. */
  kw: number;
}

export function planWeek(startDate: string, number: number): PlanWeek {
  const monday = addDays(planMonday(startDate), (number - 1) * 7);
  return { number, monday, friday: addDays(monday, 4), kw: isoWeek(monday).week };
}

/**
 * The plan week `today` falls into: 1 in the first week, 0 or less before the start, more than
 * the track's length after its end. Weekends belong to the week before them.
 */
export function weekNumberOn(startDate: string, today: string): number {
  const days = daysBetween(planMonday(startDate), today);
  return Math.floor(days / 7) + 1;
}

/**
 * Week `number` of a track that begins `offset` plan weeks after the reader's start (a track
 * with `after`, src/tracks/order.ts): its week 1 is plan week `offset + 1`. `number` stays the
 * track's own week.
 */
export function trackWeek(startDate: string, offset: number, number: number): PlanWeek {
  return { ...planWeek(startDate, offset + number), number };
}

/** The track's own week `today` falls into (0 or less: it has not begun; more than its length: over). */
export function trackWeekNumberOn(startDate: string, offset: number, today: string): number {
  return weekNumberOn(startDate, today) - offset;
}

const dm = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.`;

/** `09.02.–13.02.2026`, or `29.12.2025–02.01.2026` across a year end. */
export function weekRangeText(week: PlanWeek): string {
  const from = week.monday.slice(0, 4) === week.friday.slice(0, 4) ? dm(week.monday) : `${dm(week.monday)}${week.monday.slice(0, 4)}`;
  return `${from}–${dm(week.friday)}${week.friday.slice(0, 4)}`;
}

/** `Woche 2: 09.02.–13.02.2026` */
export function weekLabel(week: PlanWeek): string {
  return `Woche ${week.number}: ${weekRangeText(week)}`;
}
