/**
 * Preload (`NODE_OPTIONS=--import …/shifted-clock.ts`) that moves the process clock 400 days
 * ahead: a build that reads "today" anywhere instead of BUILD_DATE then differs from one built
 * with the real clock. Child processes (Astro) inherit it through NODE_OPTIONS.
 */
const SHIFT_MS = 400 * 24 * 60 * 60 * 1000;
const RealDate = Date;

class ShiftedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + SHIFT_MS);
    else super(...(args as [string]));
  }
  static now(): number {
    return RealDate.now() + SHIFT_MS;
  }
}

globalThis.Date = ShiftedDate as DateConstructor;
