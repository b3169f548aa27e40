import type { MonitoringFieldError, MonitoringValidation } from './validation';

/**
 * Thresholds on an indicator series and the alerts they raise (issue 17).
 *
 * One alert per crossing, not one per observation beyond the line: a price that stays above its
 * threshold for a year is one event for the people watching it, and twelve identical alerts would
 * teach them to ignore the feed. So the series is read as runs: a crossing is the observation at which
 * the condition becomes true after being false (or the first observation, when it holds from the
 * start); while it keeps holding nothing new happens; when it stops and later holds again, that is a
 * new crossing.
 *
 * The conditions are strict: ABOVE means greater than the value, BELOW less than it, CHANGE a relative
 * change of MORE than `percent`%. An observation exactly on the line has not crossed it, so a series
 * that touches its threshold and falls back raises nothing, and the threshold value reads as "the
 * highest (lowest) value that is still fine".
 *
 * CHANGE compares each observation with the one `periods` observations earlier (in date order); the
 * first `periods` observations have nothing to compare with and count as "not holding", so a series
 * with fewer than `periods + 1` observations never crosses. A zero base has no relative change and
 * does not hold either.
 *
 * Re-evaluation. Alerts are evaluated again whenever observations are added, corrected or removed,
 * and that must be idempotent: `newCrossings` raises alerts only for runs that have none yet. An
 * alert belongs to a run when its date lies within the run (from the crossing to the run's last
 * observation, or onwards while the run lasts), not only when it equals the crossing date. That
 * matters when an observation is inserted in the past:
 * - inserted just before a run, also beyond the line: the run now starts earlier. It is the same
 *   episode, already alerted, so nothing new is raised (matching on the crossing date alone would
 *   raise a second alert for it);
 * - inserted inside a run, on the good side of the line: the run splits in two and the later half is
 *   a crossing of its own. It did happen, so it is raised, carrying its own (past) date so it shows in
 *   its place in the history;
 * - inserted elsewhere, beyond the line, with false on both sides: a new crossing in the past, raised.
 * Alerts are never withdrawn automatically: people may have acted on them. A correction can leave an
 * alert outside every run (for CHANGE, an inserted observation also shifts what is compared with
 * what); `alertsWithoutCrossing` lists those so the page can mark them as no longer backed by data.
 */
export const SEVERITIES = ['INFO', 'WARNING', 'CRITICAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const THRESHOLD_KINDS = ['ABOVE', 'BELOW', 'CHANGE'] as const;
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number];

export type Threshold =
  | { kind: 'ABOVE'; value: number; severity: Severity }
  | { kind: 'BELOW'; value: number; severity: Severity }
  | { kind: 'CHANGE'; percent: number; periods: number; severity: Severity };

/** The most observations back a CHANGE threshold may compare with (e.g. 36 months). */
export const CHANGE_PERIODS_MAX = 366;

export interface ThresholdInput {
  kind: string;
  value?: number | null;
  percent?: number | null;
  periods?: number | null;
  severity: string;
}

/** Checks a threshold as entered; every problem is reported. */
export function validateThreshold(input: ThresholdInput): MonitoringValidation<Threshold> {
  const errors: MonitoringFieldError[] = [];
  const severity = (SEVERITIES as readonly string[]).includes(input.severity) ? (input.severity as Severity) : null;
  if (!severity) errors.push({ field: 'severity', code: 'UNKNOWN_VALUE', message: `Choose one of ${SEVERITIES.join(', ')}` });
  const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

  if (input.kind === 'ABOVE' || input.kind === 'BELOW') {
    if (!finite(input.value)) errors.push({ field: 'value', code: 'REQUIRED', message: 'Give the threshold value' });
    if (input.percent != null) errors.push({ field: 'percent', code: 'NOT_ALLOWED', message: 'Only a CHANGE threshold has a percentage' });
    if (input.periods != null) errors.push({ field: 'periods', code: 'NOT_ALLOWED', message: 'Only a CHANGE threshold has periods' });
    if (errors.length === 0 && severity && finite(input.value)) return { ok: true, value: { kind: input.kind, value: input.value, severity } };
    return { ok: false, errors };
  }
  if (input.kind === 'CHANGE') {
    if (!finite(input.percent)) errors.push({ field: 'percent', code: 'REQUIRED', message: 'Give the percentage of change' });
    else if (input.percent <= 0) errors.push({ field: 'percent', code: 'OUT_OF_RANGE', message: 'Give a percentage above 0' });
    const periods = input.periods;
    if (periods == null) errors.push({ field: 'periods', code: 'REQUIRED', message: 'Give how many observations back to compare with' });
    else if (!Number.isInteger(periods) || periods < 1 || periods > CHANGE_PERIODS_MAX) {
      errors.push({ field: 'periods', code: 'OUT_OF_RANGE', message: `Give a whole number from 1 to ${CHANGE_PERIODS_MAX}` });
    }
    if (input.value != null) errors.push({ field: 'value', code: 'NOT_ALLOWED', message: 'A CHANGE threshold has a percentage, not a value' });
    if (errors.length === 0 && severity && finite(input.percent) && periods != null) {
      return { ok: true, value: { kind: 'CHANGE', percent: input.percent, periods, severity } };
    }
    return { ok: false, errors };
  }
  errors.push({ field: 'kind', code: 'UNKNOWN_VALUE', message: `Choose one of ${THRESHOLD_KINDS.join(', ')}` });
  return { ok: false, errors };
}

export interface DatedValue {
  date: string;
  value: number;
}

export interface Crossing {
  /** The observation at which the condition became true. */
  date: string;
  value: number;
  /** The observation just before it (on which the condition did not hold); null when it is the first. */
  previousDate: string | null;
  /** The last observation of the run that starts here (the condition holds from `date` to `lastDate`). */
  lastDate: string;
  /** Whether the condition still holds at the latest observation. */
  ongoing: boolean;
  /** For CHANGE: the observation compared with, and the relative change in percent. */
  comparedWith?: { date: string; value: number; changePercent: number };
}

/** Observations in date order; equal dates (which a series should not have) ordered by value, so the result never depends on input order. */
export function sortByDate<T extends DatedValue>(observations: readonly T[]): T[] {
  return [...observations].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.value - b.value));
}

/** The relative change from `base` to `value` in percent; null for a zero base. */
export function relativeChangePercent(base: number, value: number): number | null {
  return base === 0 ? null : ((value - base) / Math.abs(base)) * 100;
}

/** The crossings of `threshold` in a series, in date order (see the module comment). Input order does not matter. */
export function detectCrossings(observations: readonly DatedValue[], threshold: Threshold): Crossing[] {
  const sorted = sortByDate(observations);
  const crossings: Crossing[] = [];
  let open: Crossing | null = null;
  sorted.forEach((o, i) => {
    let holds = false;
    let comparedWith: Crossing['comparedWith'];
    if (threshold.kind === 'ABOVE') holds = o.value > threshold.value;
    else if (threshold.kind === 'BELOW') holds = o.value < threshold.value;
    else if (i >= threshold.periods) {
      const base = sorted[i - threshold.periods];
      const change = relativeChangePercent(base.value, o.value);
      holds = change !== null && Math.abs(change) > threshold.percent;
      if (holds && change !== null) comparedWith = { date: base.date, value: base.value, changePercent: change };
    }
    if (holds && open) open.lastDate = o.date;
    else if (holds) {
      open = { date: o.date, value: o.value, previousDate: i > 0 ? sorted[i - 1].date : null, lastDate: o.date, ongoing: false };
      if (comparedWith) open.comparedWith = comparedWith;
      crossings.push(open);
    } else open = null;
  });
  if (open) (open as Crossing).ongoing = true;
  return crossings;
}

/** Whether an alert dated `date` belongs to the run that starts at `crossing`. */
function withinRun(date: string, crossing: Crossing): boolean {
  return date >= crossing.date && (crossing.ongoing || date <= crossing.lastDate);
}

/**
 * The crossings that need an alert: those whose run holds none of the existing alerts' dates (the
 * dates of the crossings alerted before, for this series and threshold). Running it again after
 * raising them returns nothing.
 */
export function newCrossings(existingAlertDates: Iterable<string>, crossings: readonly Crossing[]): Crossing[] {
  const existing = [...existingAlertDates];
  return crossings.filter((c) => !existing.some((d) => withinRun(d, c)));
}

/** Existing alert dates that no run holds any more (after a correction), sorted and without repeats. */
export function alertsWithoutCrossing(existingAlertDates: Iterable<string>, crossings: readonly Crossing[]): string[] {
  return [...new Set(existingAlertDates)].filter((d) => !crossings.some((c) => withinRun(d, c))).sort();
}
