import { badInput } from '../errors';
import type { FlowStatus } from './intervention-flow';

// Validation of what people write into the risk register and the interventions, and the small
// computations the pages show (risk level, impact x effort quadrant, overdue). The limits are the
// database's CHECKs (libs/db migration 1764000900000-risks-interventions).

/** Longest title of a risk or an intervention, in characters (after trimming). */
export const TITLE_MAX = 200;
/** Longest rationale, description or confidential details. */
export const LONG_TEXT_MAX = 10_000;
/** Longest deliverable, reason or progress note. */
export const SHORT_TEXT_MAX = 2_000;
/** Longest monitoring indicator ("what we watch"). */
export const INDICATOR_MAX = 500;

const length = (s: string) => [...s].length;

/** Trimmed, line ends normalised; throws BAD_USER_INPUT on `field` when longer than `max`. */
function cleaned(value: string, max: number, field: string): string {
  const clean = value.replace(/\r\n?/g, '\n').trim();
  if (length(clean) > max) throw badInput(field, `Use at most ${max} characters`);
  return clean;
}

/** A title: 1 to `TITLE_MAX` characters, whitespace runs folded (a title is one line). */
export function cleanTitle(value: string, field = 'title'): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (!clean) throw badInput(field, 'Give a title');
  if (length(clean) > TITLE_MAX) throw badInput(field, `Use at most ${TITLE_MAX} characters`);
  return clean;
}

/** A text that may be empty (stored as ''), at most `max` characters. */
export function cleanText(value: string | null | undefined, max: number, field: string): string {
  return value == null ? '' : cleaned(value, max, field);
}

/** An optional text: empty means none (null), at most `max` characters. */
export function cleanOptionalText(value: string | null | undefined, max: number, field: string): string | null {
  if (value == null) return null;
  return cleaned(value, max, field) || null;
}

/** A reason or note that must be given: 1 to `SHORT_TEXT_MAX` characters. */
export function requireText(value: string | null | undefined, field: string, message = 'Give a reason'): string {
  const clean = cleanOptionalText(value, SHORT_TEXT_MAX, field);
  if (!clean) throw badInput(field, message);
  return clean;
}

/** Likelihood, impact or effort: a whole number 1 (lowest) to 5 (highest). */
export function cleanScore(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 5) throw badInput(field, 'Give a whole number from 1 to 5');
  return value;
}

/** A percentage of progress: a whole number 0 to 100. */
export function cleanProgress(value: number, field = 'progressPct'): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) throw badInput(field, 'Give a whole percentage from 0 to 100');
  return value;
}

/** A calendar date as YYYY-MM-DD (a date that exists), or null for none (null or ''). */
export function cleanDate(value: string | null | undefined, field: string): string | null {
  if (value == null || value.trim() === '') return null;
  const text = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== text) throw badInput(field, 'Give a date as YYYY-MM-DD');
  return text;
}

/** A risk's level: likelihood x impact, 1..25. */
export function riskLevel(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export const QUADRANTS = ['QUICK_WIN', 'MAJOR_PROJECT', 'FILL_IN', 'THANKLESS_TASK'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * Where an intervention sits in the impact x effort matrix (both 1..5): high impact (3 or more) at
 * low effort (2 or less) is a quick win, at higher effort a major project; low impact at low effort a
 * fill-in, at higher effort a thankless task.
 */
export function quadrant(impact: number, effort: number): Quadrant {
  if (impact >= 3) return effort <= 2 ? 'QUICK_WIN' : 'MAJOR_PROJECT';
  return effort <= 2 ? 'FILL_IN' : 'THANKLESS_TASK';
}

/** An agreement is overdue when its due date (YYYY-MM-DD) has passed and it is not done. */
export function isOverdue(dueDate: string | null, status: FlowStatus, today: string): boolean {
  return dueDate !== null && dueDate < today && (status === 'AGREED' || status === 'IN_PROGRESS');
}

/**
 * A first likelihood for a risk taken from a dependency score (0-100): one step per 20 points,
 * 1 to 5. The lead adjusts it; it only saves typing.
 */
export function likelihoodFromScore(score: number): number {
  return Math.min(5, Math.max(1, Math.ceil(score / 20)));
}
