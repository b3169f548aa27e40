import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ItemModel } from '../chain/chain.models';
import { Ctx } from '../common/current-actor.decorator';
import { ChecksInService } from '../common/endpoint-access';
import { MaterialModel } from '../materials/material.models';
import { itemOf, itemsOf, materialOf, type AnalysisContext } from './analysis.context';
import { DependencyModel, DependencyPathModel, DependencyTargetModel, FactorSourceModel, WeakLinkModel } from './analysis.models';

// A dependency and the parts of it that name items and materials.

@ChecksInService('computed over the chain the reader may see')
@Resolver(() => DependencyModel)
export class DependencyResolver {
  @ResolveField(() => ItemModel, { nullable: true, description: 'The platform (or exploded item) this dependency belongs to' })
  platform(@Parent() d: DependencyModel, @Ctx() ctx: AnalysisContext) {
    return itemOf(ctx, d.platformId);
  }
}

@ChecksInService("items and materials loaded with the reader's rules")
@Resolver(() => DependencyTargetModel)
export class DependencyTargetResolver {
  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() t: DependencyTargetModel, @Ctx() ctx: AnalysisContext) {
    return materialOf(ctx, t.materialId);
  }

  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() t: DependencyTargetModel, @Ctx() ctx: AnalysisContext) {
    return itemOf(ctx, t.itemId);
  }
}

@ChecksInService("items loaded with the reader's item rule")
@Resolver(() => DependencyPathModel)
export class DependencyPathResolver {
  @ResolveField(() => [ItemModel], { description: 'Platform first, carrying item last' })
  items(@Parent() p: DependencyPathModel, @Ctx() ctx: AnalysisContext) {
    return itemsOf(ctx, p.itemIds);
  }
}

@ChecksInService("items and materials loaded with the reader's rules")
@Resolver(() => FactorSourceModel)
export class FactorSourceResolver {
  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() s: FactorSourceModel, @Ctx() ctx: AnalysisContext) {
    return itemOf(ctx, s.itemId);
  }

  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() s: FactorSourceModel, @Ctx() ctx: AnalysisContext) {
    return materialOf(ctx, s.materialId);
  }
}

@ChecksInService("items and materials loaded with the reader's rules")
@Resolver(() => WeakLinkModel)
export class WeakLinkResolver {
  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() w: WeakLinkModel, @Ctx() ctx: AnalysisContext) {
    return itemOf(ctx, w.itemId);
  }

  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() w: WeakLinkModel, @Ctx() ctx: AnalysisContext) {
    return materialOf(ctx, w.materialId);
  }
}
