import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { ParticipantRole } from '@routekaart/db';
import { BomService } from '../chain/bom.service';
import type { Actor } from '../common/actor';
import { ProductGroupModel } from '../chain/chain.models';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ParticipantRoleEnum } from '../common/enums';
import type { RequestContext } from '../common/request-context';
import { OrganisationModel } from '../organisations/organisation.model';
import type { OrganisationLoaders } from '../organisations/organisation.loaders';
import { ParticipantModel, RoadmapModel } from './roadmap.models';
import { RoadmapService } from './roadmap.service';
import { ChecksInService, Requires } from '../common/endpoint-access';

@ChecksInService('participants are listed only to those who may read them (RoadmapService.participants)')
@Resolver(() => RoadmapModel)
export class RoadmapResolver {
  constructor(
    private readonly roadmapService: RoadmapService,
    private readonly bom: BomService,
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
    return this.bom.productGroup(roadmap.productGroupId);
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
  organisation(@Parent() p: ParticipantModel, @Ctx() ctx: RequestContext<OrganisationLoaders>) {
    return ctx.loaders.organisationById.load(p.organisationId);
  }
}
