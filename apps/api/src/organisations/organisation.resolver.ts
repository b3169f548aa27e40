import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { Actor } from '../common/actor';
import { CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import { OrganisationModel, UserModel } from './organisation.model';
import { OrganisationService } from './organisation.service';
import { CreateUserInput, UpdateUserInput } from './user.inputs';
import { UserService } from './user.service';

@ChecksInService("members are listed with the reader's user rule (UserService.usersOf)")
@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly users: UserService,
  ) {}

  @Requires('read', 'Organisation')
  @Query(() => [OrganisationModel], { name: 'organisations', description: 'Every organisation on the platform (names and kinds are public to users)' })
  list() {
    return this.organisations.list();
  }

  @ResolveField(() => [UserModel], { description: "The organisation's users, for its own members" })
  members(@Parent() org: OrganisationModel, @CurrentAbility() ability: AppAbility) {
    return this.users.usersOf(ability, org.id);
  }

  @Requires('create', 'User')
  @Mutation(() => UserModel, { description: "Adds a user to the actor's organisation (organisation admins)" })
  createUser(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: CreateUserInput) {
    return this.users.create(actor, ability, input);
  }

  @ChecksInService("everyone renames themselves; the organisation's admins change roles and disable users (checked per field)")
  @Mutation(() => UserModel)
  updateUser(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
  ) {
    return this.users.update(actor, ability, id, input);
  }
}
