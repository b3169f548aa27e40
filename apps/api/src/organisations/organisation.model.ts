import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationKind, UserRole } from '@routekaart/db';
import { OrganisationKindEnum, UserRoleEnum } from '../common/enums';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationKindEnum)
  kind: OrganisationKind;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => UserRoleEnum)
  role: UserRole;

  /** Resolved by UserResolver through the per-request loader. */
  organisationId: string;
}
