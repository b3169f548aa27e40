import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ItemModel } from '../chain/chain.models';
import { Ctx } from '../common/current-actor.decorator';
import { ChecksInService } from '../common/endpoint-access';
import { MaterialModel } from '../materials/material.models';
import { itemOf, itemsOf, materialOf, type AnalysisContext } from './analysis.context';
import { ScenarioEventOutcomeModel, ScenarioItemShortfallModel, ScenarioPlatformOutcomeModel } from './analysis.models';

// The parts of a scenario result that name items and materials.

@ChecksInService("items and materials loaded with the reader's rules")
@Resolver(() => ScenarioEventOutcomeModel)
export class ScenarioEventOutcomeResolver {
  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() e: ScenarioEventOutcomeModel, @Ctx() ctx: AnalysisContext) {
    return materialOf(ctx, e.materialId);
  }

  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() e: ScenarioEventOutcomeModel, @Ctx() ctx: AnalysisContext) {
    return itemOf(ctx, e.itemId);
  }
}

@ChecksInService("items loaded with the reader's item rule")
@Resolver(() => ScenarioPlatformOutcomeModel)
export class ScenarioPlatformOutcomeResolver {
  @ResolveField(() => ItemModel, { nullable: true })
  platform(@Parent() p: ScenarioPlatformOutcomeModel, @Ctx() ctx: AnalysisContext) {
    return itemOf(ctx, p.platformId);
  }

  @ResolveField(() => [ItemModel], { description: 'Items of this platform that fall short, earliest first (the first itemLimit)' })
  shortItems(@Parent() p: ScenarioPlatformOutcomeModel, @Ctx() ctx: AnalysisContext) {
    return itemsOf(ctx, p.shortItemIds);
  }
}

@ChecksInService("items loaded with the reader's item rule")
@Resolver(() => ScenarioItemShortfallModel)
export class ScenarioItemShortfallResolver {
  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() s: ScenarioItemShortfallModel, @Ctx() ctx: AnalysisContext) {
    return itemOf(ctx, s.itemId);
  }
}
