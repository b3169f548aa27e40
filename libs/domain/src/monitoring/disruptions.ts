import { isIsoDate } from '../chain/chain-validation';
import { badInput } from '../errors';
import { dayNumber, textLength, trimmedOrNull, type MonitoringFieldError, type MonitoringValidation } from './validation';

/**
 * Disruption reports: a company tells that the supply of a material or an item was disrupted, how
 * long, what it did to delivery and price, what caused it and what it did about it (issue 17). The
 * causes and measures are the categories the knowledge institutes use in their questionnaires, so
 * reports can be counted per quarter and per cause without reading free text.
 *
 * One report is an anecdote; several reports on the same material within a short period are a signal
 * (`disruptionClusters`). A burst of reports is one cluster, however many reports it holds, for the
 * same reason a threshold raises one alert per crossing.
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

export interface ClusterableReport {
  materialId: string;
  startedOn: string;
}

export interface DisruptionCluster<T extends ClusterableReport> {
  materialId: string;
  /** The earliest and latest start of the cluster's reports. */
  from: string;
  to: string;
  /** The start date of the report that made the count reach `minReports`: when the signal arose. */
  signalledOn: string;
  /** The reports, by start date. */
  reports: T[];
}

/**
 * Bursts of reports on one material: every report that, with at least `minReports - 1` others on the
 * same material, starts within a period of `windowDays` days (both ends included). Qualifying windows
 * that share reports are one burst, so a burst yields one cluster, however many reports it has;
 * reports outside any qualifying window are left out. Sorted by first start, then material; input
 * order does not matter.
 */
export function disruptionClusters<T extends ClusterableReport>(reports: readonly T[], windowDays: number, minReports: number): DisruptionCluster<T>[] {
  if (!Number.isInteger(windowDays) || windowDays < 0) throw badInput('windowDays', 'Give a whole number of days, 0 or more');
  if (!Number.isInteger(minReports) || minReports < 1) throw badInput('minReports', 'Give a whole number of reports, 1 or more');
  const byMaterial = new Map<string, T[]>();
  for (const r of reports) {
    if (!isIsoDate(r.startedOn)) throw badInput('startedOn', `"${r.startedOn}" is not a date written YYYY-MM-DD`);
    byMaterial.set(r.materialId, [...(byMaterial.get(r.materialId) ?? []), r]);
  }
  const clusters: DisruptionCluster<T>[] = [];
  for (const [materialId, list] of byMaterial) {
    const sorted = [...list].sort((a, b) => (a.startedOn < b.startedOn ? -1 : a.startedOn > b.startedOn ? 1 : 0));
    const days = sorted.map((r) => dayNumber(r.startedOn));
    let current: { start: number; end: number; signalIndex: number } | null = null;
    const flush = () => {
      if (!current) return;
      const members = sorted.slice(current.start, current.end + 1);
      clusters.push({
        materialId,
        from: members[0].startedOn,
        to: members[members.length - 1].startedOn,
        signalledOn: sorted[current.signalIndex].startedOn,
        reports: members,
      });
    };
    // The window anchored at report i holds reports i..j with days[j] - days[i] <= windowDays.
    let j = 0;
    for (let i = 0; i < sorted.length; i++) {
      if (j < i) j = i;
      while (j + 1 < sorted.length && days[j + 1] - days[i] <= windowDays) j++;
      if (j - i + 1 < minReports) continue;
      if (current && i <= current.end) current.end = Math.max(current.end, j);
      else {
        flush();
        current = { start: i, end: j, signalIndex: i + minReports - 1 };
      }
    }
    flush();
  }
  return clusters.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.materialId < b.materialId ? -1 : a.materialId > b.materialId ? 1 : 0));
}
