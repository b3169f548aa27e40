import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { ParticipantRole, RoadmapPhase, UserRole } from '@routekaart/db';
import { ParticipantRoleEnum, RoadmapPhaseEnum, UserRoleEnum } from '../common/enums';

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

@InputType()
export class CreateUserInput {
  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => UserRoleEnum)
  role: UserRole;

  @Field({ description: 'Initial password, at least 12 characters' })
  password: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => UserRoleEnum, { nullable: true })
  role?: UserRole | null;

  @Field(() => Boolean, { nullable: true, description: 'true disables the account and ends its sessions' })
  disabled?: boolean | null;
}
