import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { RoadmapPhase } from '@routekaart/db';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import { RoadmapPhaseEnum } from '../common/enums';
import type { RequestContext } from '../common/request-context';
import { RoadmapModel } from '../roadmaps/roadmap.models';
import { PhaseStatusModel } from './phase.models';
import { PhaseService } from './phase.service';

@Resolver(() => PhaseStatusModel)
export class PhaseResolver {
  constructor(private readonly phases: PhaseService) {}

  @Requires('read', 'Roadmap')
  @Query(() => [PhaseStatusModel], {
    description: "The roadmap's six phases: which is current, which are done, and what is still open in each, as the viewer may see",
  })
  roadmapPhases(@CurrentAbility() ability: AppAbility, @Args('roadmapId', { type: () => ID }) roadmapId: string, @Ctx() ctx: RequestContext) {
    return this.phases.phases(ability, roadmapId, ctx);
  }

  @Requires('update', 'Roadmap')
  @Mutation(() => RoadmapModel, { description: 'Moves the roadmap to another phase, forward or back (roadmap leads); open points only warn' })
  moveRoadmapPhase(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('roadmapId', { type: () => ID }) roadmapId: string,
    @Args('to', { type: () => RoadmapPhaseEnum }) to: RoadmapPhase,
    @Args('note', { type: () => String, nullable: true, description: 'Why, at most 2000 characters; shown in the activity feed' }) note: string | null,
  ) {
    return this.phases.move(actor, ability, roadmapId, to, note);
  }
}

@ChecksInService('open points are counted over what the reader may read (PhaseService)')
@Resolver(() => RoadmapModel)
export class RoadmapPhasesResolver {
  constructor(private readonly phases: PhaseService) {}

  @ResolveField(() => [PhaseStatusModel], { description: 'The same as roadmapPhases(roadmapId)' })
  phaseStatuses(@Parent() roadmap: RoadmapModel, @CurrentAbility() ability: AppAbility, @Ctx() ctx: RequestContext) {
    return this.phases.phasesOf(ability, roadmap, ctx);
  }
}
