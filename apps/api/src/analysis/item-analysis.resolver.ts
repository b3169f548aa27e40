import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ItemModel } from '../chain/chain.models';
import { Ctx } from '../common/current-actor.decorator';
import { ChecksInService } from '../common/endpoint-access';
import type { AnalysisContext } from './analysis.context';
import { ItemSupplierConcentrationModel } from './analysis.models';
import { AnalysisService } from './analysis.service';

@ChecksInService("aggregates combine others' hidden data only under the suppression rule (recordsForViewer)")
@Resolver(() => ItemModel)
export class ItemAnalysisResolver {
  constructor(private readonly analysis: AnalysisService) {}

  @ResolveField(() => ItemSupplierConcentrationModel, {
    description: "HHI of the item's supply over its suppliers' countries, over the same links as supplyCountries",
  })
  async supplierConcentration(@Parent() i: ItemModel, @Ctx() ctx: AnalysisContext) {
    return this.analysis.itemSupplierConcentration(await ctx.loaders.supplyContributionsOf.load(i.id));
  }
}
