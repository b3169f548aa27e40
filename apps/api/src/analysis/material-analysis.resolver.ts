import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { SupplyScope, SupplyStage } from '@routekaart/db';
import { Ctx, CurrentAbility } from '../common/current-actor.decorator';
import { ChecksInService } from '../common/endpoint-access';
import { SupplyScopeEnum, SupplyStageEnum } from '../common/enums';
import { MaterialModel } from '../materials/material.models';
import { materialOf, type AnalysisContext } from './analysis.context';
import { ConcentrationModel, SupplyRiskModel } from './analysis.models';
import { AnalysisService } from './analysis.service';

@ChecksInService('figures over the catalogue every logged-in user reads')
@Resolver(() => MaterialModel)
export class MaterialAnalysisResolver {
  constructor(private readonly analysis: AnalysisService) {}

  @ResolveField(() => ConcentrationModel, { nullable: true, description: 'HHI of the supply over countries at one stage; null without shares on record' })
  concentration(
    @Parent() m: MaterialModel,
    @CurrentAbility() ability: AppAbility,
    @Args('stage', { type: () => SupplyStageEnum }) stage: SupplyStage,
    @Args('scope', { type: () => SupplyScopeEnum, nullable: true, defaultValue: 'GLOBAL' }) scope: SupplyScope,
    @Ctx() ctx: AnalysisContext,
  ) {
    return this.analysis.materialConcentration(ability, m.id, stage, scope, ctx);
  }

  @ResolveField(() => SupplyRiskModel, { nullable: true, description: 'Supply risk computed after the EU (JRC) method from the data on record; compare with supplyRisk (published)' })
  computedSupplyRisk(@Parent() m: MaterialModel, @CurrentAbility() ability: AppAbility, @Ctx() ctx: AnalysisContext) {
    return this.analysis.materialSupplyRisk(ability, m.id, ctx);
  }
}

@ChecksInService('figures over the catalogue every logged-in user reads')
@Resolver(() => SupplyRiskModel)
export class SupplyRiskResolver {
  @ResolveField(() => MaterialModel, { nullable: true, description: 'For a group (LREE, HREE, PGM): the element whose supply risk counts' })
  basedOn(@Parent() r: SupplyRiskModel, @Ctx() ctx: AnalysisContext) {
    return materialOf(ctx, r.basedOnMaterialId);
  }
}
