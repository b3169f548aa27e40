import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { InterventionStatus, RiskStatus } from '@routekaart/db';
import { ActivityActorModel } from '../activity/activity.models';
import { DependencyKindEnum, type DependencyKindValue } from '../analysis/analysis.models';
import { InterventionStatusEnum, RiskStatusEnum } from '../common/enums';

@ObjectType('RiskFactor', { description: 'One factor of the dependency score when the risk was recorded' })
export class RiskFactorModel {
  @Field({ description: "The factor's code, as the analysis names it (ScoreFactorKey)" })
  name: string;

  @Field(() => Float, { description: 'Points it added to the 0-100 score' })
  value: number;
}

@ObjectType('RiskEvidence', {
  description:
    'The computed dependency a risk was taken from, as every participant of the roadmap saw it when it was recorded (the common view)',
})
export class RiskEvidenceModel {
  @Field(() => Float, { description: 'The dependency score, 0-100' })
  score: number;

  @Field(() => [RiskFactorModel])
  factors: RiskFactorModel[];

  @Field({ description: 'The material, country or item depended on' })
  targetName: string;

  @Field(() => DependencyKindEnum)
  kind: DependencyKindValue;

  @Field()
  platformName: string;

  @Field()
  computedAt: Date;
}

@ObjectType('InterventionSummary', { description: 'An intervention addressing a risk' })
export class InterventionSummaryModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => InterventionStatusEnum)
  status: InterventionStatus;
}

@ObjectType('Risk', { description: "A risk in a roadmap's register" })
export class RiskModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roadmapId: string;

  @Field()
  title: string;

  @Field()
  rationale: string;

  @Field(() => Int, { description: '1 (rare) to 5 (almost certain)' })
  likelihood: number;

  @Field(() => Int, { description: '1 (minor) to 5 (severe)' })
  impact: number;

  @Field(() => Int, { description: 'likelihood x impact, 1-25' })
  level: number;

  @Field(() => RiskStatusEnum)
  status: RiskStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  reviewDate: string | null;

  @Field(() => String, { nullable: true, description: 'What is watched to see the risk change' })
  monitoringIndicator: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The key of the dependency it was taken from; the analysis page shows it in the reader's own view",
  })
  dependencyKey: string | null;

  @Field(() => RiskEvidenceModel, {
    nullable: true,
    description: 'Null when recorded by hand, or when the dependency was not visible to every participant',
  })
  evidence: RiskEvidenceModel | null;

  @Field(() => [InterventionSummaryModel], { description: 'The interventions that address it' })
  interventions: InterventionSummaryModel[];

  @Field(() => ActivityActorModel, { nullable: true })
  createdBy: ActivityActorModel | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field({ description: 'Whether the viewer may change it (a roadmap lead, or its owning organisation as co-editor)' })
  canUpdate: boolean;

  @Field({ description: 'Whether the viewer may delete it (a roadmap lead)' })
  canDelete: boolean;

  /** Resolved to `owner` and `material` through the request's loaders. */
  ownerOrgId: string | null;
  materialId: string | null;
}

@InputType('CreateRiskInput')
export class CreateRiskInput {
  @Field(() => ID)
  roadmapId: string;

  @Field({ description: '1 to 200 characters' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 10000 characters' })
  rationale?: string | null;

  @Field(() => Int, { description: '1 to 5' })
  likelihood: number;

  @Field(() => Int, { description: '1 to 5' })
  impact: number;

  @Field(() => ID, { nullable: true, description: 'A participant of the roadmap' })
  ownerOrgId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  reviewDate?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 500 characters' })
  monitoringIndicator?: string | null;

  @Field(() => ID, { nullable: true })
  materialId?: string | null;
}

@InputType('UpdateRiskInput', { description: 'Only the fields given change; null clears an optional field' })
export class UpdateRiskInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  rationale?: string | null;

  @Field(() => Int, { nullable: true })
  likelihood?: number | null;

  @Field(() => Int, { nullable: true })
  impact?: number | null;

  @Field(() => RiskStatusEnum, { nullable: true })
  status?: RiskStatus | null;

  @Field(() => ID, { nullable: true })
  ownerOrgId?: string | null;

  @Field(() => String, { nullable: true })
  reviewDate?: string | null;

  @Field(() => String, { nullable: true })
  monitoringIndicator?: string | null;
}
