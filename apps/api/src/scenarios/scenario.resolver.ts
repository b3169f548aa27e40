import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import { itemOf, materialOf, type AnalysisContext } from '../analysis/analysis.context';
import type { RequestContext } from '../common/request-context';
import { ScenarioInput } from '../analysis/analysis.inputs';
import { ScenarioResultModel } from '../analysis/analysis.models';
import { ItemModel } from '../chain/chain.models';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import { MaterialModel } from '../materials/material.models';
import { OrganisationModel } from '../organisations/organisation.model';
import { RoadmapModel } from '../roadmaps/roadmap.models';
import type { ScenarioLoaders } from './scenario.loaders';
import { SavedScenarioModel, ScenarioEventSpecModel } from './scenario.models';
import { ScenarioService } from './scenario.service';

type ScenarioContext = RequestContext<ScenarioLoaders>;

@Resolver()
export class ScenarioResolver {
  constructor(private readonly scenarios: ScenarioService) {}

  @Requires('read', 'Risk')
  @Query(() => SavedScenarioModel, { description: "One saved scenario (its roadmap's participants); its result is computed for the reader" })
  savedScenario(@CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.scenarios.savedScenario(ability, id);
  }

  @Requires('create', 'Risk')
  @Mutation(() => SavedScenarioModel, { description: "Saves a scenario in a roadmap (its co-editors); recorded in the audit log" })
  saveScenario(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('roadmapId', { type: () => ID }) roadmapId: string,
    @Args('name') name: string,
    @Args('input') input: ScenarioInput,
  ) {
    return this.scenarios.saveScenario(actor, ability, roadmapId, name, input);
  }

  @ChecksInService('the roadmap lead, or the organisation that saved it, while it co-edits the roadmap')
  @Mutation(() => Boolean, { description: 'Deletes a saved scenario (the roadmap lead, or the organisation that saved it); recorded in the audit log' })
  deleteScenario(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.scenarios.deleteScenario(actor, ability, id);
  }
}

@ChecksInService('the result is computed for the reader; events on items it cannot read are left out')
@Resolver(() => SavedScenarioModel)
export class SavedScenarioResolver {
  constructor(private readonly scenarios: ScenarioService) {}

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The organisation that saved it' })
  createdBy(@Parent() s: SavedScenarioModel, @Ctx() ctx: AnalysisContext) {
    return ctx.loaders.organisationById.load(s.createdByOrgId);
  }

  @ResolveField(() => ScenarioResultModel, { description: 'The result on the chain the viewer may see' })
  result(@Parent() s: SavedScenarioModel, @CurrentAbility() ability: AppAbility, @Ctx() ctx: AnalysisContext) {
    return this.scenarios.savedScenarioResult(ability, s, ctx);
  }
}

@ChecksInService("items and materials loaded with the reader's rules")
@Resolver(() => ScenarioEventSpecModel)
export class ScenarioEventSpecResolver {
  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() e: ScenarioEventSpecModel, @Ctx() ctx: AnalysisContext) {
    return materialOf(ctx, e.materialId);
  }

  @ResolveField(() => ItemModel, { nullable: true, description: 'Null also when the viewer may not see the item' })
  item(@Parent() e: ScenarioEventSpecModel, @Ctx() ctx: AnalysisContext) {
    return itemOf(ctx, e.itemId);
  }
}

@ChecksInService('saved scenarios of roadmaps whose risks the reader may read')
@Resolver(() => RoadmapModel)
export class RoadmapScenariosResolver {
  @ResolveField(() => [SavedScenarioModel], { description: 'Saved scenarios, newest first (roadmap participants)' })
  scenarios(@Parent() roadmap: RoadmapModel, @Ctx() ctx: ScenarioContext) {
    return ctx.loaders.scenariosOfRoadmap.load(roadmap.id);
  }
}
