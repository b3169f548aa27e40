import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { DependencyKind } from '@routekaart/domain';
import { Ctx, CurrentAbility } from '../common/current-actor.decorator';
import { Requires } from '../common/endpoint-access';
import type { AnalysisContext } from './analysis.context';
import { ScenarioInput } from './analysis.inputs';
import {
  DependencyConnection,
  DependencyHeatmapModel,
  DependencyKindEnum,
  DependencyModel,
  DependencyOrderEnum,
  ScenarioResultModel,
  type DependencyOrderValue,
} from './analysis.models';
import { AnalysisService } from './analysis.service';

/** The analysis queries; the types they return resolve their items and materials in their own resolvers. */
@Resolver()
export class AnalysisResolver {
  constructor(private readonly analysis: AnalysisService) {}

  @Requires('read', 'Aggregate')
  @Query(() => DependencyConnection, {
    description:
      'Dependencies of the platforms of a product group (or of one item) on materials, supplier countries and single-sourced items, scored 0-100 with the factors shown; computed on the chain the viewer may see',
  })
  dependencies(
    @CurrentAbility() ability: AppAbility,
    @Args('productGroupId', { type: () => ID, nullable: true }) productGroupId: string | null,
    @Args('itemId', { type: () => ID, nullable: true, description: 'Explode this item instead of every platform' }) itemId: string | null,
    @Args('kind', { type: () => DependencyKindEnum, nullable: true }) kind: DependencyKind | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('orderBy', { type: () => DependencyOrderEnum, nullable: true, defaultValue: 'SCORE' }) orderBy: DependencyOrderValue,
    @Ctx() ctx: AnalysisContext,
  ) {
    return this.analysis.dependencies(ability, { productGroupId, itemId, kind, first, after, orderBy }, ctx);
  }

  @Requires('read', 'Aggregate')
  @Query(() => DependencyModel, {
    nullable: true,
    description: 'One dependency by its key (as `dependencies` gives it), with its score explained; null when the viewer has no such dependency',
  })
  dependency(@CurrentAbility() ability: AppAbility, @Args('key') key: string, @Ctx() ctx: AnalysisContext) {
    return this.analysis.dependency(ability, key, ctx);
  }

  @Requires('read', 'Aggregate')
  @Query(() => DependencyHeatmapModel, { description: 'Platform x material dependency scores of a product group, for a heatmap' })
  dependencyHeatmap(
    @CurrentAbility() ability: AppAbility,
    @Args('productGroupId', { type: () => ID }) productGroupId: string,
    @Ctx() ctx: AnalysisContext,
  ) {
    return this.analysis.heatmap(ability, productGroupId, ctx);
  }

  @Requires('read', 'Aggregate')
  @Query(() => ScenarioResultModel, { description: 'Runs a disruption scenario on the chain the viewer may see (nothing is saved)' })
  runScenario(@CurrentAbility() ability: AppAbility, @Args('input') input: ScenarioInput, @Ctx() ctx: AnalysisContext) {
    return this.analysis.runScenario(ability, input, ctx);
  }
}
