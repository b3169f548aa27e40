import { isIsoDate } from '../chain/chain-validation';
import { badInput } from '../errors';
import { textLength, trimmedOrNull, type MonitoringFieldError, type MonitoringValidation } from './validation';

/**
 * Disruption reports: a company tells that the supply of a material or an item was disrupted, how
 * long, what it did to delivery and price, what caused it and what it did about it (issue 17). The
 * causes and measures are the categories the knowledge institutes use in their questionnaires, so
 * reports can be counted per quarter and per cause without reading free text.
 *
 * One report is an anecdote; several reports on the same material in one quarter are a signal. The
 * API counts them per reader under the suppression rule (aggregation/suppression.ts), per material and
 * quarter, so a signal never singles out one company's burst of reports.
 */
export const DISRUPTION_CAUSES = ['NATURAL', 'GEOPOLITICAL', 'MALICIOUS', 'IDIOSYNCRATIC'] as const;
export type DisruptionCause = (typeof DISRUPTION_CAUSES)[number];

export const DISRUPTION_MEASURES = [
  'PRODUCT_DESIGN',
  'MATERIAL_EFFICIENCY',
  'ALTERNATIVE_MATERIALS',
  'ACCEPT_LATER_DELIVERY',
  'OWN_STOCK',
  'SUPPLIER_KNOWLEDGE',
  'LONG_TERM_AGREEMENTS',
  'MORE_SUPPLIERS',
  'PURCHASE_TERMS',
  'SALES_TERMS',
  'NONE',
  'OTHER',
] as const;
export type DisruptionMeasure = (typeof DISRUPTION_MEASURES)[number];

export const DISRUPTION_DESCRIPTION_MAX = 2_000;
/** A longer disruption or delay than this (ten years) is a typo. */
export const DISRUPTION_WEEKS_MAX = 520;

export interface DisruptionReportInput {
  /** The disrupted material; a report names a material, an item, or both. */
  materialId?: string | null;
  itemId?: string | null;
  startedOn: string;
  durationWeeks?: number | null;
  delayWeeks?: number | null;
  /** The effect on the price paid, in percent (+40 = 40% dearer); at least -100. */
  priceEffectPercent?: number | null;
  cause: string;
  measures: readonly string[];
  description?: string | null;
}

export interface DisruptionReport {
  materialId: string | null;
  itemId: string | null;
  startedOn: string;
  durationWeeks: number | null;
  delayWeeks: number | null;
  priceEffectPercent: number | null;
  cause: DisruptionCause;
  /** Without repeats, in the order of DISRUPTION_MEASURES. */
  measures: DisruptionMeasure[];
  description: string | null;
}

export interface DisruptionOptions {
  /** When given, a disruption may not start after this day (YYYY-MM-DD). */
  today?: string;
}

/** Checks a disruption report; every problem is reported. */
export function validateDisruptionReport(input: DisruptionReportInput, options: DisruptionOptions = {}): MonitoringValidation<DisruptionReport> {
  const errors: MonitoringFieldError[] = [];
  const materialId = trimmedOrNull(input.materialId);
  const itemId = trimmedOrNull(input.itemId);
  if (!materialId && !itemId) errors.push({ field: 'materialId', code: 'REQUIRED', message: 'Choose the material or item that was disrupted' });

  const startedOn = input.startedOn.trim();
  if (!isIsoDate(startedOn)) errors.push({ field: 'startedOn', code: 'INVALID_DATE', message: 'Give a date that exists, written YYYY-MM-DD' });
  else if (options.today && startedOn > options.today) errors.push({ field: 'startedOn', code: 'IN_FUTURE', message: 'Give a start date not after today' });

  const weeks = (field: string, v: number | null | undefined): number | null => {
    if (v == null) return null;
    if (!Number.isFinite(v) || v < 0 || v > DISRUPTION_WEEKS_MAX) {
      errors.push({ field, code: 'OUT_OF_RANGE', message: `Give a number of weeks from 0 to ${DISRUPTION_WEEKS_MAX}` });
    }
    return v;
  };
  const durationWeeks = weeks('durationWeeks', input.durationWeeks);
  const delayWeeks = weeks('delayWeeks', input.delayWeeks);
  const priceEffectPercent = input.priceEffectPercent ?? null;
  if (priceEffectPercent !== null && (!Number.isFinite(priceEffectPercent) || priceEffectPercent < -100)) {
    errors.push({ field: 'priceEffectPercent', code: 'OUT_OF_RANGE', message: 'Give a percentage of at least -100' });
  }

  const cause = (DISRUPTION_CAUSES as readonly string[]).includes(input.cause) ? (input.cause as DisruptionCause) : null;
  if (!cause) errors.push({ field: 'cause', code: input.cause ? 'UNKNOWN_VALUE' : 'REQUIRED', message: `Choose one of ${DISRUPTION_CAUSES.join(', ')}` });

  const unknown = input.measures.filter((m) => !(DISRUPTION_MEASURES as readonly string[]).includes(m));
  const measures = DISRUPTION_MEASURES.filter((m) => input.measures.includes(m));
  if (input.measures.length === 0) errors.push({ field: 'measures', code: 'REQUIRED', message: 'Choose at least one measure, or NONE' });
  else if (unknown.length > 0) errors.push({ field: 'measures', code: 'UNKNOWN_VALUE', message: `Unknown measure ${unknown.join(', ')}` });
  else if (measures.includes('NONE') && measures.length > 1) {
    errors.push({ field: 'measures', code: 'NOT_ALLOWED', message: 'NONE cannot be combined with other measures' });
  }

  const description = trimmedOrNull(input.description);
  if (description !== null && textLength(description) > DISRUPTION_DESCRIPTION_MAX) {
    errors.push({ field: 'description', code: 'TOO_LONG', message: `Use at most ${DISRUPTION_DESCRIPTION_MAX} characters` });
  }

  if (errors.length > 0 || !cause) return { ok: false, errors };
  return { ok: true, value: { materialId, itemId, startedOn, durationWeeks, delayWeeks, priceEffectPercent, cause, measures, description } };
}

/** The calendar quarter of a YYYY-MM-DD date, as '2025-Q2'; BAD_USER_INPUT for anything else. */
export function quarterOf(date: string): string {
  if (!isIsoDate(date)) throw badInput('date', `"${date}" is not a date written YYYY-MM-DD`);
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}
