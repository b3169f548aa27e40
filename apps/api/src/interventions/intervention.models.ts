import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Instrument, InterventionStatus, InterventionType, OrganisationKind, TimeHorizon, Visibility } from '@routekaart/db';
import { QUADRANTS, type Quadrant } from '@routekaart/domain';
import { ActivityActorModel } from '../activity/activity.models';
import {
  InstrumentEnum,
  InterventionStatusEnum,
  InterventionTypeEnum,
  OrganisationKindEnum,
  TimeHorizonEnum,
  VisibilityEnum,
} from '../common/enums';

export const ImpactEffortQuadrantEnum = Object.fromEntries(QUADRANTS.map((q) => [q, q])) as { [K in Quadrant]: K };
registerEnumType(ImpactEffortQuadrantEnum, {
  name: 'ImpactEffortQuadrant',
  description:
    'Where impact x effort puts an intervention: QUICK_WIN (impact 3+, effort 1-2), MAJOR_PROJECT (impact 3+, effort 3+), FILL_IN (impact 1-2, effort 1-2), THANKLESS_TASK (impact 1-2, effort 3+)',
});

export const AGREEMENT_EXPORT_FORMATS = ['CSV', 'XLSX'] as const;
export type AgreementExportFormat = (typeof AGREEMENT_EXPORT_FORMATS)[number];
export const AgreementExportFormatEnum = { CSV: 'CSV', XLSX: 'XLSX' } as const satisfies Record<AgreementExportFormat, AgreementExportFormat>;
registerEnumType(AgreementExportFormatEnum, { name: 'AgreementExportFormat', description: 'CSV (UTF-8, comma-separated) or XLSX (Excel)' });

@ObjectType('InterventionEvent', { description: "One step in an intervention's history: a status change or a progress report" })
export class InterventionEventModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'STATUS or PROGRESS' })
  kind: string;

  @Field(() => InterventionStatusEnum, { nullable: true, description: 'Null for the proposal itself' })
  fromStatus: InterventionStatus | null;

  @Field(() => InterventionStatusEnum, { nullable: true })
  toStatus: InterventionStatus | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Int, { nullable: true })
  progressPct: number | null;

  @Field(() => ActivityActorModel)
  actor: ActivityActorModel;

  @Field()
  at: Date;
}

@ObjectType('Intervention', { description: 'A measure against risks of a roadmap, from proposal to agreement to done' })
export class InterventionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roadmapId: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => InterventionTypeEnum)
  type: InterventionType;

  @Field(() => InstrumentEnum)
  instrument: Instrument;

  @Field(() => Int, { description: '1 (small) to 5 (large)' })
  impact: number;

  @Field(() => Int, { description: '1 (little) to 5 (much)' })
  effort: number;

  @Field(() => ImpactEffortQuadrantEnum)
  quadrant: Quadrant;

  @Field(() => TimeHorizonEnum)
  horizon: TimeHorizon;

  @Field(() => ActivityActorModel)
  proposedBy: ActivityActorModel;

  @Field(() => OrganisationKindEnum, { nullable: true, description: 'The kind of party that would take it up, while no organisation is named' })
  ownerKind: OrganisationKind | null;

  @Field(() => InterventionStatusEnum)
  status: InterventionStatus;

  @Field(() => String, { nullable: true, description: 'Why it was rejected or withdrawn' })
  statusReason: string | null;

  @Field(() => Int)
  progressPct: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (the agreement)' })
  dueDate: string | null;

  @Field(() => String, { nullable: true, description: 'What will be delivered (the agreement)' })
  deliverable: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Confidential details of the organisation that wrote them; null when there are none or the viewer may not read them',
  })
  details: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who reads the details; null whenever `details` is null' })
  detailsVisibility: Visibility | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field({ description: 'Whether the viewer may change it and report progress (a roadmap lead, or the owning organisation as co-editor)' })
  canUpdate: boolean;

  @Field({ description: 'Whether the viewer may agree, reject, reopen and set the agreement (government leads of the roadmap)' })
  canDecide: boolean;

  @Field(() => [InterventionStatusEnum], { description: 'The statuses the viewer may move it to now' })
  allowedTransitions: InterventionStatus[];

  /** Resolved to `owner`, `risks` through the request's loaders. */
  ownerOrgId: string | null;
  riskIds: string[];
}

@ObjectType('Agreement', { description: 'An agreed intervention as a commitment: who, by when, what' })
export class AgreementModel {
  @Field(() => InterventionModel)
  intervention: InterventionModel;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate: string | null;

  @Field(() => String, { nullable: true })
  deliverable: string | null;

  @Field(() => InterventionStatusEnum)
  status: InterventionStatus;

  @Field({ description: 'The due date has passed and it is not done' })
  overdue: boolean;

  /** Resolved to `responsible`. */
  responsibleOrgId: string | null;
}

@InputType('InterventionFilter', { description: 'All given conditions must hold' })
export class InterventionFilterInput {
  @Field(() => [InterventionTypeEnum], { nullable: true })
  types?: InterventionType[] | null;

  @Field(() => [InterventionStatusEnum], { nullable: true })
  statuses?: InterventionStatus[] | null;

  @Field(() => ID, { nullable: true })
  ownerOrgId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Interventions addressing a risk about this material' })
  materialId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Interventions addressing this risk' })
  riskId?: string | null;
}

@InputType('ProposeInterventionInput')
export class ProposeInterventionInput {
  @Field(() => ID)
  roadmapId: string;

  @Field({ description: '1 to 200 characters' })
  title: string;

  @Field(() => String, { nullable: true, description: 'At most 10000 characters' })
  description?: string | null;

  @Field(() => InterventionTypeEnum)
  type: InterventionType;

  @Field(() => InstrumentEnum, { nullable: true, description: 'NONE when left out' })
  instrument?: Instrument | null;

  @Field(() => Int, { description: '1 to 5' })
  impact: number;

  @Field(() => Int, { description: '1 to 5' })
  effort: number;

  @Field(() => TimeHorizonEnum)
  horizon: TimeHorizon;

  @Field(() => [ID], { nullable: true, description: 'Risks of the same roadmap it addresses' })
  riskIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The organisation that would take it up: a participant of the roadmap' })
  ownerOrgId?: string | null;

  @Field(() => OrganisationKindEnum, { nullable: true, description: 'The kind of party that would take it up, while no organisation is named' })
  ownerKind?: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: "Confidential details (at most 10000 characters); they belong to the proposer's organisation" })
  details?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who reads the details besides their organisation; ROADMAP when left out' })
  detailsVisibility?: Visibility | null;
}

@InputType('UpdateInterventionInput', { description: 'Only the fields given change; null clears an optional field. The status moves with setInterventionStatus' })
export class UpdateInterventionInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => InterventionTypeEnum, { nullable: true })
  type?: InterventionType | null;

  @Field(() => InstrumentEnum, { nullable: true })
  instrument?: Instrument | null;

  @Field(() => Int, { nullable: true })
  impact?: number | null;

  @Field(() => Int, { nullable: true })
  effort?: number | null;

  @Field(() => TimeHorizonEnum, { nullable: true })
  horizon?: TimeHorizon | null;

  @Field(() => [ID], { nullable: true })
  riskIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  ownerOrgId?: string | null;

  @Field(() => OrganisationKindEnum, { nullable: true })
  ownerKind?: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: 'Only by the organisation that may write the details (see setInterventionDetails)' })
  details?: string | null;

  @Field(() => VisibilityEnum, { nullable: true })
  detailsVisibility?: Visibility | null;
}
