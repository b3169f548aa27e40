import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { SupplyScope, SupplyStage } from '@routekaart/db';
import type { Actor } from '../auth/actor';
import { ChainService } from '../chain/chain.service';
import { ItemModel } from '../chain/chain.models';
import { CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { CrmStatusEnum, SupplyScopeEnum, SupplyStageEnum } from '../common/enums';
import { ReplaceMaterialSuppliesInput, UpdateMaterialInput } from './material.inputs';
import { MaterialConnection, MaterialModel, MaterialSupplyModel } from './material.models';
import { MaterialService } from './material.service';

@Resolver(() => MaterialModel)
export class MaterialResolver {
  constructor(
    private readonly materials: MaterialService,
    private readonly chain: ChainService,
  ) {}

  @Query(() => MaterialConnection, { description: 'The materials catalogue, by name' })
  materialsCatalogue(
    @CurrentActor() _actor: Actor,
    @Args('crmStatus', { type: () => CrmStatusEnum, nullable: true }) crmStatus: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.materials.list({ crmStatus, search, first, after });
  }

  @Query(() => MaterialModel)
  material(
    @CurrentActor() _actor: Actor,
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
    @Args('symbol', { type: () => String, nullable: true }) symbol: string | null,
  ) {
    return this.materials.one({ id, symbol });
  }

  @ResolveField(() => [MaterialSupplyModel], { description: 'Country shares, largest first within each stage and scope' })
  supplies(
    @Parent() material: MaterialModel,
    @Args('stage', { type: () => SupplyStageEnum, nullable: true }) stage: SupplyStage | null,
    @Args('scope', { type: () => SupplyScopeEnum, nullable: true }) scope: SupplyScope | null,
  ) {
    return this.materials.supplies(material.id, stage, scope);
  }

  @ResolveField(() => [ItemModel], { description: 'Platforms that contain this material, through parts the viewer may see' })
  usedIn(@Parent() material: MaterialModel, @CurrentAbility() ability: AppAbility) {
    return this.chain.whereUsed(ability, { materialId: material.id });
  }

  @Mutation(() => MaterialModel)
  updateMaterial(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMaterialInput,
  ) {
    return this.materials.update(actor, ability, id, input);
  }

  @Mutation(() => [MaterialSupplyModel])
  replaceMaterialSupplies(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: ReplaceMaterialSuppliesInput) {
    return this.materials.replaceSupplies(actor, ability, input);
  }
}
