import { textLength, trimmedOrNull, type MonitoringFieldError, type MonitoringValidation } from './validation';

/**
 * What a knowledge institute publishes as an indicator series (issue 17): which quantity it tracks,
 * how often, about what, and where it comes from. Source and licence are required/kept because the
 * figures are republished to government and industry, who must be able to trace and may have to
 * credit them. The subject is what the series is about — a material, an item of the chain, a country —
 * or nothing for economy-wide indicators such as a PMI.
 */
export const INDICATOR_KINDS = [
  'PRICE',
  'LEAD_TIME',
  'PRODUCTION_CONCENTRATION',
  'EXPORT_RESTRICTION_EVENTS',
  'PMI_DELIVERY_TIMES',
  'PMI_STOCKS',
  'STOCK_COVERAGE',
  'CUSTOM',
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const SERIES_FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
export type SeriesFrequency = (typeof SERIES_FREQUENCIES)[number];

export const SUBJECT_KINDS = ['MATERIAL', 'ITEM', 'COUNTRY', 'NONE'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const SERIES_NAME_MAX = 200;
export const SERIES_UNIT_MAX = 40;
export const SERIES_SOURCE_MAX = 300;
export const SERIES_LICENCE_MAX = 300;

export interface SeriesInput {
  name: string | null | undefined;
  indicator: string;
  /** What a CUSTOM indicator measures; ignored (dropped) for the other kinds. */
  customName?: string | null;
  unit: string | null | undefined;
  frequency: string;
  source: string | null | undefined;
  licence?: string | null;
  subjectKind: string;
  /** The material, item or country the series is about; none for subject kind NONE. */
  subjectId?: string | null;
}

export interface SeriesDefinition {
  name: string;
  indicator: IndicatorKind;
  customName: string | null;
  unit: string;
  frequency: SeriesFrequency;
  source: string;
  licence: string | null;
  subjectKind: SubjectKind;
  subjectId: string | null;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** Checks a series definition and gives it back trimmed; every problem is reported, not just the first. */
export function validateSeriesInput(input: SeriesInput): MonitoringValidation<SeriesDefinition> {
  const errors: MonitoringFieldError[] = [];
  const required = (field: string, value: string | null | undefined, max: number, what: string): string | null => {
    const text = trimmedOrNull(value);
    if (text === null) errors.push({ field, code: 'REQUIRED', message: `Give ${what}` });
    else if (textLength(text) > max) errors.push({ field, code: 'TOO_LONG', message: `Use at most ${max} characters` });
    return text;
  };
  const oneOf = <T extends string>(field: string, list: readonly T[], value: string): T | null => {
    if (isOneOf(list, value)) return value;
    errors.push({ field, code: 'UNKNOWN_VALUE', message: `Choose one of ${list.join(', ')}` });
    return null;
  };

  const name = required('name', input.name, SERIES_NAME_MAX, 'a name');
  const indicator = oneOf('indicator', INDICATOR_KINDS, input.indicator);
  let customName: string | null = null;
  if (indicator === 'CUSTOM') customName = required('customName', input.customName, SERIES_NAME_MAX, 'what the custom indicator measures');
  const unit = required('unit', input.unit, SERIES_UNIT_MAX, 'a unit');
  const frequency = oneOf('frequency', SERIES_FREQUENCIES, input.frequency);
  const source = required('source', input.source, SERIES_SOURCE_MAX, 'the source');
  const licence = trimmedOrNull(input.licence);
  if (licence !== null && textLength(licence) > SERIES_LICENCE_MAX) {
    errors.push({ field: 'licence', code: 'TOO_LONG', message: `Use at most ${SERIES_LICENCE_MAX} characters` });
  }
  const subjectKind = oneOf('subjectKind', SUBJECT_KINDS, input.subjectKind);
  const subjectId = trimmedOrNull(input.subjectId);
  if (subjectKind === 'NONE' && subjectId !== null) {
    errors.push({ field: 'subjectId', code: 'NOT_ALLOWED', message: 'A series without a subject names no material, item or country' });
  } else if (subjectKind !== null && subjectKind !== 'NONE' && subjectId === null) {
    errors.push({ field: 'subjectId', code: 'REQUIRED', message: `Choose the ${subjectKind.toLowerCase()} the series is about` });
  }

  if (errors.length > 0 || !name || !indicator || !unit || !frequency || !source || !subjectKind) return { ok: false, errors };
  return { ok: true, value: { name, indicator, customName, unit, frequency, source, licence, subjectKind, subjectId } };
}
