import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { Visibility } from '@routekaart/access';
import { DISRUPTION_CAUSES, DISRUPTION_MEASURES, type DisruptionCause, type DisruptionMeasure } from '@routekaart/domain';
import { enumOf, VisibilityEnum } from '../common/enums';

export const DisruptionCauseEnum = enumOf(DISRUPTION_CAUSES, 'DisruptionCause', 'The four causes of the 2021 value-chain letter');
export const DisruptionMeasureEnum = enumOf(DISRUPTION_MEASURES, 'DisruptionMeasure', 'What a company did about a disruption (the NMO/FME survey list)');

export const DISRUPTION_GROUPINGS = ['MATERIAL', 'CAUSE', 'MEASURE', 'QUARTER'] as const;
export type DisruptionGrouping = (typeof DISRUPTION_GROUPINGS)[number];
export const DisruptionGroupingEnum = enumOf(DISRUPTION_GROUPINGS, 'DisruptionGrouping', 'How disruption figures are grouped (a report with several measures counts once per measure)');

@ObjectType('DisruptionReport', {
  description: "A company's report of a disruption: its figures for every reader of the report, who reported it and the text only for the reporter and those it shares with",
})
export class DisruptionReportModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  materialId: string | null;

  @Field(() => ID, { nullable: true, description: 'The item of the chain that was disrupted (null when the reader may not read the item)' })
  itemId: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  startedOn: string;

  @Field(() => Float, { nullable: true })
  durationWeeks: number | null;

  @Field(() => Float, { nullable: true })
  delayWeeks: number | null;

  @Field(() => Float, { nullable: true, description: 'Effect on the price paid, in percent (+40: 40% dearer)' })
  priceEffectPct: number | null;

  @Field(() => DisruptionCauseEnum)
  cause: DisruptionCause;

  @Field(() => [DisruptionMeasureEnum])
  measures: DisruptionMeasure[];

  @Field(() => String, { nullable: true, description: 'Null unless the reader may know who reported it' })
  description: string | null;

  @Field(() => VisibilityEnum)
  visibility: Visibility;

  @Field(() => ID, { nullable: true, description: 'Null unless the reader may know who reported it' })
  reportingOrgId: string | null;

  @Field({ description: 'Whether the reader may change or delete it' })
  canUpdate: boolean;
}

@ObjectType('DisruptionAggregate', {
  description:
    "Disruption figures of one group as the reader may see them: its own reports and those it may read, plus the others' only when at least 3 other organisations reported in the group and none dominates",
})
export class DisruptionAggregateModel {
  @Field({ description: 'The material id, cause, measure or quarter (2025-Q2)' })
  key: string;

  @Field(() => Int)
  reports: number;

  @Field(() => Int, { description: 'Organisations whose reports are in the figure' })
  organisations: number;

  @Field(() => Float, { nullable: true })
  averageDelayWeeks: number | null;

  @Field(() => Float, { nullable: true })
  averagePriceEffectPct: number | null;

  @Field({ description: "Whether reports the reader may not read are part of the figure (never why not)" })
  includesOthers: boolean;
}

@ObjectType('DisruptionSignal', { description: 'Several reports on one material in one quarter, in the figures the reader may see' })
export class DisruptionSignalModel {
  @Field(() => ID)
  materialId: string;

  @Field()
  quarter: string;

  @Field(() => Int)
  reports: number;

  @Field(() => Int)
  organisations: number;

  @Field()
  includesOthers: boolean;
}

@InputType()
export class DisruptionReportInput {
  @Field(() => ID, { nullable: true })
  materialId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An item of the chain the reporter may read' })
  itemId?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  startedOn: string;

  @Field(() => Float, { nullable: true })
  durationWeeks?: number | null;

  @Field(() => Float, { nullable: true })
  delayWeeks?: number | null;

  @Field(() => Float, { nullable: true })
  priceEffectPct?: number | null;

  @Field(() => DisruptionCauseEnum)
  cause: DisruptionCause;

  @Field(() => [DisruptionMeasureEnum])
  measures: DisruptionMeasure[];

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'OWNER (the default for a new report): the reporting organisation only; left out on a change: kept' })
  visibility?: Visibility | null;

  @Field(() => [ID], { nullable: true, description: 'Organisations that may read it in full (left out on a change: kept as they are)' })
  sharedWith?: string[] | null;
}
