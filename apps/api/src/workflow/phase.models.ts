import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { RoadmapPhase } from '@routekaart/db';
import { RoadmapPhaseEnum } from '../common/enums';

@ObjectType('OpenPoint', { description: 'Something the data says is still to do in a phase: a warning for the lead, never a block' })
export class OpenPointModel {
  @Field({ description: 'Stable code, e.g. HIGH_RISKS_WITHOUT_INTERVENTION' })
  code: string;

  @Field({ description: 'In Dutch, for the phase stepper' })
  message: string;

  @Field(() => Int, { description: 'How many things are open (1 for something missing altogether)' })
  count: number;

  @Field(() => String, { nullable: true, description: 'Web path where it can be dealt with' })
  link: string | null;
}

@ObjectType('PhaseStatus', { description: "One of a roadmap's six phases, with what is still open in it as the viewer may see" })
export class PhaseStatusModel {
  @Field(() => RoadmapPhaseEnum)
  phase: RoadmapPhase;

  @Field({ description: 'The phase the roadmap is in' })
  current: boolean;

  @Field({ description: 'A phase before the current one' })
  done: boolean;

  @Field(() => [OpenPointModel], { description: "Computed with the viewer's own permissions" })
  openPoints: OpenPointModel[];
}
