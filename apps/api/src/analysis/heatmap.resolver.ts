import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ItemModel } from '../chain/chain.models';
import { Ctx } from '../common/current-actor.decorator';
import { ChecksInService } from '../common/endpoint-access';
import { MaterialModel } from '../materials/material.models';
import { itemsOf, materialsOf, type AnalysisContext } from './analysis.context';
import { DependencyHeatmapModel } from './analysis.models';

@ChecksInService('computed over the chain the reader may see')
@Resolver(() => DependencyHeatmapModel)
export class DependencyHeatmapResolver {
  @ResolveField(() => [ItemModel], { description: 'Rows' })
  platforms(@Parent() h: DependencyHeatmapModel, @Ctx() ctx: AnalysisContext) {
    return itemsOf(ctx, h.platformIds);
  }

  @ResolveField(() => [MaterialModel], { description: 'Columns, riskiest first' })
  materials(@Parent() h: DependencyHeatmapModel, @Ctx() ctx: AnalysisContext) {
    return materialsOf(ctx, h.materialIds);
  }
}
