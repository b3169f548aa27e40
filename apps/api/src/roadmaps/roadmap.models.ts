import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ParticipantRole, RoadmapPhase } from '@routekaart/db';
import { ParticipantRoleEnum, RoadmapPhaseEnum } from '../common/enums';

@ObjectType('Roadmap')
export class RoadmapModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => RoadmapPhaseEnum)
  phase: RoadmapPhase;

  @Field(() => ID)
  productGroupId: string;
}

@ObjectType('Participant', { description: "An organisation's part in a roadmap" })
export class ParticipantModel {
  @Field(() => ID)
  id: string;

  @Field(() => ParticipantRoleEnum)
  role: ParticipantRole;

  roadmapId: string;
  organisationId: string;
}
