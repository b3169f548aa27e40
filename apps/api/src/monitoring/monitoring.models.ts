import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  INDICATOR_KINDS,
  SERIES_FREQUENCIES,
  SEVERITIES,
  THRESHOLD_KINDS,
  type IndicatorKind,
  type SeriesFrequency,
  type Severity,
  type ThresholdKind,
} from '@routekaart/domain';
import { enumOf } from '../common/enums';

/** What a series can be about. A series about an item is seen only by those who may read the item. */
export const SERIES_SUBJECT_KINDS = ['MATERIAL', 'ITEM', 'COUNTRY', 'NONE'] as const;
export type SeriesSubjectKind = (typeof SERIES_SUBJECT_KINDS)[number];

export const IndicatorKindEnum = enumOf(INDICATOR_KINDS, 'IndicatorKind', 'What a monitoring series measures (CUSTOM: see customName)');
export const SeriesFrequencyEnum = enumOf(SERIES_FREQUENCIES, 'SeriesFrequency', 'How often a series is observed');
export const SeriesSubjectKindEnum = enumOf(SERIES_SUBJECT_KINDS, 'SeriesSubjectKind', 'What a series is about: a material, an item of the chain (seen only by those who may read the item), a country or nothing in particular (e.g. a PMI)');
export const ThresholdKindEnum = enumOf(
  THRESHOLD_KINDS,
  'ThresholdKind',
  'ABOVE / BELOW: the value passes `value`; CHANGE: it moved more than `percent` % compared with `periods` observations earlier',
);
export const SeverityEnum = enumOf(SEVERITIES, 'Severity', 'How serious an alert of a threshold is');

@ObjectType('Observation', { description: 'One value of a monitoring series' })
export class ObservationModel {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('MonitoringThreshold', { description: 'A line on a series whose crossing raises an alert (one per crossing)' })
export class ThresholdModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  seriesId: string;

  @Field(() => ThresholdKindEnum)
  kind: ThresholdKind;

  @Field(() => Float, { nullable: true, description: 'ABOVE / BELOW: the line, in the unit of the series' })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'CHANGE: the relative change in percent' })
  percent: number | null;

  @Field(() => Int, { nullable: true, description: 'CHANGE: how many observations back to compare with' })
  periods: number | null;

  @Field(() => SeverityEnum)
  severity: Severity;
}

@ObjectType('MonitoringSeries', { description: 'An indicator series a knowledge institute publishes (public to every user)' })
export class MonitoringSeriesModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => SeriesSubjectKindEnum)
  subjectKind: SeriesSubjectKind;

  @Field(() => ID, { nullable: true })
  materialId: string | null;

  @Field(() => ID, { nullable: true })
  itemId: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, for a series about a country' })
  country: string | null;

  @Field(() => IndicatorKindEnum)
  indicator: IndicatorKind;

  @Field(() => String, { nullable: true })
  customName: string | null;

  @Field()
  unit: string;

  @Field(() => SeriesFrequencyEnum)
  frequency: SeriesFrequency;

  @Field()
  source: string;

  @Field(() => String, { nullable: true, description: 'Terms of use of the data' })
  licence: string | null;

  @Field({ description: 'Demo data, not real figures' })
  demo: boolean;

  @Field(() => ID)
  publisherOrgId: string;

  @Field()
  updatedAt: Date;
}

@ObjectType('SeriesChange', { description: 'How far a series moved in a period: from the value as it stood when the period began to its latest value in it' })
export class SeriesChangeModel {
  @Field(() => ObservationModel)
  first: ObservationModel;

  @Field(() => ObservationModel)
  last: ObservationModel;

  @Field(() => Float)
  change: number;

  @Field(() => Float, { nullable: true, description: 'null when the first value is 0' })
  percent: number | null;
}

@ObjectType('MonitoringAlert', { description: "A threshold's crossing: raised once per crossing" })
export class MonitoringAlertModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  seriesId: string;

  @Field(() => ID)
  thresholdId: string;

  @Field({ description: 'The observation at which the threshold was crossed (YYYY-MM-DD)' })
  date: string;

  @Field(() => Float)
  value: number;

  @Field(() => SeverityEnum)
  severity: Severity;

  @Field()
  raisedAt: Date;

  @Field({ description: 'Whether the viewer acknowledged it' })
  acknowledged: boolean;

  @Field({ description: "Whether the series is still beyond the line: the threshold's latest crossing, and the latest observation still passes it (ABOVE / BELOW)" })
  ongoing: boolean;
}

@ObjectType('ObservationImportResult', { description: 'What an import wrote' })
export class ObservationImportResultModel {
  @Field(() => Int, { description: 'Observations written (new dates and changed values)' })
  imported: number;

  @Field(() => Int, { description: 'Alerts the import raised' })
  alertsRaised: number;
}

@InputType()
export class MonitoringSeriesInput {
  @Field()
  name: string;

  @Field(() => SeriesSubjectKindEnum)
  subjectKind: SeriesSubjectKind;

  @Field(() => ID, { nullable: true, description: 'For subject kind MATERIAL' })
  materialId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For subject kind ITEM: an item the publisher may read' })
  itemId?: string | null;

  @Field(() => String, { nullable: true, description: 'For subject kind COUNTRY: ISO 3166-1 alpha-2' })
  country?: string | null;

  @Field(() => IndicatorKindEnum)
  indicator: IndicatorKind;

  @Field(() => String, { nullable: true, description: 'What a CUSTOM indicator measures' })
  customName?: string | null;

  @Field()
  unit: string;

  @Field(() => SeriesFrequencyEnum)
  frequency: SeriesFrequency;

  @Field()
  source: string;

  @Field(() => String, { nullable: true })
  licence?: string | null;
}

@InputType()
export class ObservationInput {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class ThresholdInput {
  @Field(() => ThresholdKindEnum)
  kind: ThresholdKind;

  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => Float, { nullable: true })
  percent?: number | null;

  @Field(() => Int, { nullable: true })
  periods?: number | null;

  @Field(() => SeverityEnum)
  severity: Severity;
}
