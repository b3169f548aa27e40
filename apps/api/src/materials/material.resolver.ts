import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { SupplyScope, SupplyStage } from '@routekaart/db';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import type { RequestContext } from '../common/request-context';
import type { MaterialLoaders } from './material.loaders';
import { CrmStatusEnum, SupplyScopeEnum, SupplyStageEnum } from '../common/enums';
import { ReplaceMaterialSuppliesInput, UpdateMaterialInput } from './material.inputs';
import { CatalogueChangeModel, MaterialConnection, MaterialModel, MaterialSupplyModel } from './material.models';
import { MaterialService } from './material.service';
import { ChecksInService, Requires } from '../common/endpoint-access';
import { chemicalSymbolOf } from '@routekaart/domain';

@ChecksInService('catalogue data every logged-in user reads')
@Resolver(() => MaterialModel)
export class MaterialResolver {
  constructor(
    private readonly catalogue: MaterialService,
  ) {}

  @Requires('read', 'Material')
  @Query(() => MaterialConnection, { description: 'The materials catalogue, by name' })
  materials(
    @Args('crmList', {
      type: () => Boolean,
      nullable: true,
      description: 'true: only the materials on the EU 2023 CRM list itself (34), not the elements of its groups',
    })
    crmList: boolean | null,
    @Args('crmStatus', { type: () => CrmStatusEnum, nullable: true }) crmStatus: string | null,
    @Args('critical', {
      type: () => Boolean,
      nullable: true,
      description: 'true: critical materials (listed or an element of a listed group); false: those the 2023 assessment found not critical',
    })
    critical: boolean | null,
    @Args('search', { type: () => String, nullable: true, description: 'Part of the English or Dutch name, or the symbol' }) search: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.catalogue.list({ crmList, crmStatus, critical, search, first, after });
  }

  @Requires('read', 'Material')
  @Query(() => MaterialModel)
  material(
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
    @Args('symbol', { type: () => String, nullable: true }) symbol: string | null,
  ) {
    return this.catalogue.one({ id, symbol });
  }

  @ResolveField(() => Boolean, { description: 'On the EU 2023 CRM list itself (not only as an element of a listed group)' })
  onCrmList(@Parent() material: MaterialModel): boolean {
    return material.crmStatus !== 'NONE' && material.parentSymbol === null;
  }

  @ResolveField(() => Boolean, {
    description: 'Critical in the EU 2023 assessment (on the list or an element of a listed group); false for the materials it assessed and found not critical',
  })
  critical(@Parent() material: MaterialModel): boolean {
    return material.crmStatus !== 'NONE';
  }

  @ResolveField(() => String, { nullable: true, description: 'Chemical symbol (W, Ga, Nd); null for groups and materials that are no element' })
  chemicalSymbol(@Parent() material: MaterialModel): string | null {
    return chemicalSymbolOf(material.symbol);
  }

  @ResolveField(() => MaterialModel, {
    nullable: true,
    description:
      'The listed group of an element (LREE for Nd). The 2023 list assesses rare earths and PGMs as groups: where the element has no SR, EI, IR or EoL-RIR of its own, these are the figures that apply',
  })
  group(@Parent() material: MaterialModel, @Ctx() ctx: RequestContext<MaterialLoaders>) {
    return material.parentSymbol ? ctx.loaders.materialBySymbol.load(material.parentSymbol) : null;
  }

  @ResolveField(() => [MaterialModel], { description: 'Elements of a group such as LREE (Nd, Pr, ...), whose shares are published per element' })
  members(@Parent() material: MaterialModel, @Ctx() ctx: RequestContext<MaterialLoaders>) {
    return ctx.loaders.membersOfGroup.load(material.symbol);
  }

  @ResolveField(() => [MaterialSupplyModel], { description: 'Country shares, largest first within each stage and scope' })
  async supplies(
    @Parent() material: MaterialModel,
    @Args('stage', { type: () => SupplyStageEnum, nullable: true }) stage: SupplyStage | null,
    @Args('scope', { type: () => SupplyScopeEnum, nullable: true }) scope: SupplyScope | null,
    @Ctx() ctx: RequestContext<MaterialLoaders>,
  ) {
    const rows = await ctx.loaders.suppliesOfMaterial.load(material.id);
    return rows.filter((r) => (!stage || r.stage === stage) && (!scope || r.scope === scope));
  }

  @ResolveField(() => [CatalogueChangeModel], { description: 'The catalogue changes of this material, newest first (at most 50)' })
  changes(@Parent() material: MaterialModel) {
    return this.catalogue.changes(material.id);
  }

  @Requires('read', 'MaterialSupply')
  @Query(() => [MaterialSupplyModel], { description: "A country's shares in the supply of every material on record, largest first (a country's page)" })
  materialSuppliesFrom(@Args('country', { description: 'ISO 3166-1 alpha-2' }) country: string) {
    return this.catalogue.suppliesFrom(country);
  }

  @Requires('update', 'Material')
  @Mutation(() => MaterialModel)
  updateMaterial(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMaterialInput,
  ) {
    return this.catalogue.update(actor, ability, id, input);
  }

  @Requires('create', 'MaterialSupply')
  @Mutation(() => [MaterialSupplyModel])
  replaceMaterialSupplies(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: ReplaceMaterialSuppliesInput) {
    return this.catalogue.replaceSupplies(actor, ability, input);
  }
}

@ChecksInService('catalogue data every logged-in user reads')
@Resolver(() => MaterialSupplyModel)
export class MaterialSupplyResolver {
  @ResolveField(() => MaterialModel)
  material(@Parent() supply: MaterialSupplyModel, @Ctx() ctx: RequestContext<MaterialLoaders>) {
    return ctx.loaders.materialById.load(supply.materialId);
  }
}
