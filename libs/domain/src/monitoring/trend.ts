import { relativeChangePercent, sortByDate, type DatedValue } from './thresholds';

/**
 * Small summaries for the "what moved this period" overview. A period's change is measured from the
 * value as it stood when the period began — the latest observation before `fromDate` — to the
 * latest one in the period. For a monthly series and a one-month window that compares this month
 * with last month, which is what a reader means by "moved this month"; only when the series starts
 * inside the window is its first observation there the starting point.
 */
export interface PeriodChange<T extends DatedValue> {
  first: T;
  last: T;
  /** last - first. */
  change: number;
  /** The relative change in percent; null when `first` is 0. */
  percent: number | null;
  /** How many observations fall within the window (both ends included). */
  observationsInWindow: number;
}

/** The change over [fromDate, toDate] (YYYY-MM-DD, both included); null when no observation falls in it. */
export function changeOverPeriod<T extends DatedValue>(observations: readonly T[], fromDate: string, toDate: string): PeriodChange<T> | null {
  const sorted = sortByDate(observations);
  const inWindow = sorted.filter((o) => o.date >= fromDate && o.date <= toDate);
  if (inWindow.length === 0) return null;
  // Strictly before: a monthly figure dated on the window's first day is the window's own news.
  const before = sorted.filter((o) => o.date < fromDate);
  const first = before.length > 0 ? before[before.length - 1] : inWindow[0];
  const last = inWindow[inWindow.length - 1];
  return { first, last, change: last.value - first.value, percent: relativeChangePercent(first.value, last.value), observationsInWindow: inWindow.length };
}

/** The latest observation, or null for an empty series. */
export function latest<T extends DatedValue>(observations: readonly T[]): T | null {
  const sorted = sortByDate(observations);
  return sorted.length > 0 ? sorted[sorted.length - 1] : null;
}
