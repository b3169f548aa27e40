import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { OrganisationEntity, ProductGroupEntity, type ParticipantRole } from '@routekaart/db';
import type { Actor } from '../common/actor';
import { ProductGroupModel } from '../chain/chain.models';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ParticipantRoleEnum } from '../common/enums';
import type { RequestContext } from '../common/request-context';
import { OrganisationModel, UserModel } from '../organisations/organisation.model';
import { UserService } from '../organisations/user.service';
import { CreateUserInput, ParticipantModel, RoadmapModel, UpdateUserInput } from './roadmap.models';
import { RoadmapService } from './roadmap.service';
import { ChecksInService, Requires } from '../common/endpoint-access';

@ChecksInService('participants are listed only to those who may read them (RoadmapService.participants)')
@Resolver(() => RoadmapModel)
export class RoadmapResolver {
  constructor(
    private readonly roadmapService: RoadmapService,
    private readonly ds: DataSource,
  ) {}

  @Requires('read', 'Roadmap')
  @Query(() => [RoadmapModel], { description: 'Roadmaps the viewer may see' })
  roadmaps(@CurrentAbility() ability: AppAbility) {
    return this.roadmapService.roadmaps(ability);
  }

  @Requires('read', 'Roadmap')
  @Query(() => RoadmapModel)
  roadmap(@CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.roadmapService.roadmap(ability, id);
  }

  @ResolveField(() => ProductGroupModel)
  productGroup(@Parent() roadmap: RoadmapModel) {
    return this.ds.getRepository(ProductGroupEntity).findOneByOrFail({ id: roadmap.productGroupId });
  }

  @ResolveField(() => [ParticipantModel], { description: 'Participants, when the viewer may see them' })
  participants(@Parent() roadmap: RoadmapModel, @CurrentAbility() ability: AppAbility) {
    return this.roadmapService.participants(ability, roadmap.id);
  }

  @Requires('update', 'Participant')
  @Mutation(() => ParticipantModel, { description: 'Adds an organisation to a roadmap or changes its role (roadmap leads)' })
  setParticipant(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('roadmapId', { type: () => ID }) roadmapId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('role', { type: () => ParticipantRoleEnum }) role: ParticipantRole,
  ) {
    return this.roadmapService.setParticipant(actor, ability, roadmapId, organisationId, role);
  }

  @Requires('delete', 'Participant')
  @Mutation(() => Boolean)
  removeParticipant(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('roadmapId', { type: () => ID }) roadmapId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ) {
    return this.roadmapService.removeParticipant(actor, ability, roadmapId, organisationId);
  }
}

@ChecksInService('organisations are public to logged-in users')
@Resolver(() => ParticipantModel)
export class ParticipantResolver {
  @ResolveField(() => OrganisationModel)
  organisation(@Parent() p: ParticipantModel, @Ctx() ctx: RequestContext) {
    return ctx.loaders.organisationById.load(p.organisationId);
  }
}

@ChecksInService("members are listed with the reader's user rule (UserService.usersOf)")
@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UserService,
  ) {}

  @Requires('read', 'Organisation')
  @Query(() => [OrganisationModel], { description: 'Every organisation on the platform (names and kinds are public to users)' })
  organisations() {
    return this.ds.getRepository(OrganisationEntity).find({ order: { name: 'ASC' } });
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
