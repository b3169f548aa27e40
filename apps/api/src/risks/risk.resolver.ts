import { Args, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import type { RequestContext } from '../common/request-context';
import type { MaterialLoaders } from '../materials/material.loaders';
import { MaterialModel } from '../materials/material.models';
import type { OrganisationLoaders } from '../organisations/organisation.loaders';
import { OrganisationModel } from '../organisations/organisation.model';
import { CreateRiskInput, RiskModel, UpdateRiskInput } from './risk.models';
import { RiskService } from './risk.service';

@ChecksInService('fields of a risk the reader may read: public organisations and materials, the live score in the common view')
@Resolver(() => RiskModel)
export class RiskResolver {
  constructor(private readonly service: RiskService) {}

  @Requires('read', 'Risk')
  @Query(() => [RiskModel], { description: "A roadmap's risk register, highest level first (its participants)" })
  risks(@CurrentAbility() ability: AppAbility, @Args('roadmapId', { type: () => ID }) roadmapId: string) {
    return this.service.risks(ability, roadmapId);
  }

  @Requires('read', 'Risk')
  @Query(() => RiskModel)
  risk(@CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.risk(ability, id);
  }

  @Requires('create', 'Risk')
  @Mutation(() => RiskModel, { description: 'Records a risk by hand (co-editors of the roadmap)' })
  createRisk(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: CreateRiskInput) {
    return this.service.create(actor, ability, input);
  }

  @Requires('create', 'Risk')
  @Mutation(() => RiskModel, {
    description:
      "Takes a computed dependency into the register, with a snapshot of its score and factors as every participant sees it (co-editors of the roadmap)",
  })
  createRiskFromDependency(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('roadmapId', { type: () => ID }) roadmapId: string,
    @Args('dependencyKey', { description: 'The key of a dependency of the roadmap\'s product group, as the analysis gives it' }) dependencyKey: string,
    @Args('likelihood', { type: () => Int, nullable: true, description: '1 to 5; from the score when left out' }) likelihood?: number | null,
    @Args('impact', { type: () => Int, nullable: true, description: '1 to 5; 3 when left out' }) impact?: number | null,
    @Args('title', { type: () => String, nullable: true, description: 'From the dependency when left out' }) title?: string | null,
  ) {
    return this.service.createFromDependency(actor, ability, { roadmapId, dependencyKey, likelihood, impact, title });
  }

  @Requires('update', 'Risk')
  @Mutation(() => RiskModel, { description: 'Changes a risk (a roadmap lead, or its owning organisation as co-editor)' })
  updateRisk(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateRiskInput,
  ) {
    return this.service.update(actor, ability, id, input);
  }

  @Requires('delete', 'Risk')
  @Mutation(() => Boolean, { description: 'Deletes a risk (roadmap leads)' })
  deleteRisk(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.delete(actor, ability, id);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The organisation that watches and handles it' })
  owner(@Parent() risk: RiskModel, @Ctx() ctx: RequestContext<OrganisationLoaders>) {
    return risk.ownerOrgId ? ctx.loaders.organisationById.load(risk.ownerOrgId) : null;
  }

  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() risk: RiskModel, @Ctx() ctx: RequestContext<MaterialLoaders>) {
    return risk.materialId ? ctx.loaders.materialById.load(risk.materialId) : null;
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: "The dependency's score now, as every participant sees it; null when made by hand, gone, or not visible to every participant",
  })
  liveScore(@Parent() risk: RiskModel, @Ctx() ctx: RequestContext) {
    return this.service.liveScore(ctx, risk);
  }

  @ResolveField(() => Float, { nullable: true, description: 'liveScore minus the score in the evidence: how far the dependency moved since it was recorded' })
  async scoreChange(@Parent() risk: RiskModel, @Ctx() ctx: RequestContext) {
    if (!risk.evidence) return null;
    const live = await this.service.liveScore(ctx, risk);
    return live === null ? null : live - risk.evidence.score;
  }
}
