import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import { ItemModel } from '../chain/chain.models';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import type { RequestContext } from '../common/request-context';
import { InterventionCandidateModel } from './intervention-candidate.models';
import { InterventionCandidateService } from './intervention-candidate.service';
import { InterventionModel } from './intervention.models';

/** Candidate suppliers of a (diversification) intervention and the items its risks concern. */
@Resolver(() => InterventionModel)
export class InterventionCandidateResolver {
  constructor(private readonly service: InterventionCandidateService) {}

  @Requires('create', 'InterventionCandidate')
  @Mutation(() => InterventionModel, { description: 'Links a supplier profile as a candidate of a diversification intervention (government co-editors of its roadmap); audited' })
  linkInterventionCandidate(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('interventionId', { type: () => ID }) interventionId: string,
    @Args('profileId', { type: () => ID }) profileId: string,
  ) {
    return this.service.link(actor, ability, interventionId, profileId, true);
  }

  @Requires('delete', 'InterventionCandidate')
  @Mutation(() => InterventionModel, { description: 'Unlinks a candidate supplier from an intervention (government co-editors of its roadmap); audited' })
  unlinkInterventionCandidate(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('interventionId', { type: () => ID }) interventionId: string,
    @Args('profileId', { type: () => ID }) profileId: string,
  ) {
    return this.service.link(actor, ability, interventionId, profileId, false);
  }

  @ChecksInService('government participants only (InterventionCandidate read); every other reader gets an empty list, as for an intervention without candidates')
  @ResolveField(() => [InterventionCandidateModel], { description: 'The candidate suppliers linked to it, oldest first; empty for readers other than government participants' })
  candidateSuppliers(@Parent() i: InterventionModel, @Ctx() ctx: RequestContext) {
    if (!ctx.ability || !ctx.actor) return [];
    return this.service.candidates(ctx, ctx.actor, ctx.ability, i);
  }

  @ChecksInService("the risks and items are read with the reader's rules")
  @ResolveField(() => [ItemModel], {
    description: "The items its risks concern, as the reader may read them: a risk's ITEM dependency, or the parts of the roadmap's product group holding the risk's material and those made directly from them",
  })
  atRiskItems(@Parent() i: InterventionModel, @Ctx() ctx: RequestContext) {
    if (!ctx.ability) return [];
    return this.service.atRiskItems(ctx, ctx.ability, i);
  }
}
