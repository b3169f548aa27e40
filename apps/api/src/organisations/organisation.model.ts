import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANISATION_KINDS, USER_ROLES, type OrganisationKind, type UserRole } from '@routekaart/db';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
export const UserRoleEnum = enumOf(USER_ROLES);
registerEnumType(OrganisationKindEnum, { name: 'OrganisationKind' });
registerEnumType(UserRoleEnum, { name: 'UserRole', description: "A user's role within their organisation" });

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
