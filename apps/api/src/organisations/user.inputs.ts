import { Field, InputType } from '@nestjs/graphql';
import type { UserRole } from '@routekaart/db';
import { UserRoleEnum } from '../common/enums';

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
