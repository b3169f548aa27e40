import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import { ItemKindEnum } from '../common/enums';
import { MaterialModel } from '../materials/material.models';
import { OrganisationModel } from '../organisations/organisation.model';
import { BomService } from './bom.service';
import { SupplyLinkService } from './supply-link.service';
import type { ChainContext } from './chain.loaders';
import { AddCompositionInput, CreateItemInput, UpdateItemInput } from './chain.inputs';
import {
  BomLineModel,
  CompositionEdgeModel,
  ItemConnection,
  ItemMaterialModel,
  ItemModel,
  ProductGroupModel,
  SupplyCountriesModel,
  SupplyLinkModel,
} from './chain.models';

@ChecksInService("items are filtered by the reader's item rule (accessibleWhere)")
@Resolver(() => ProductGroupModel)
export class ProductGroupResolver {
  constructor(private readonly bom: BomService) {}

  @Requires('read', 'ProductGroup')
  @Query(() => [ProductGroupModel])
  productGroups(): Promise<ProductGroupModel[]> {
    return this.bom.productGroups();
  }

  @Requires('read', 'ProductGroup')
  @Query(() => ProductGroupModel)
  productGroup(@Args('id', { type: () => ID }) id: string): Promise<ProductGroupModel> {
    return this.bom.productGroup(id);
  }

  @ResolveField(() => ItemConnection, { description: 'Items of the product group the viewer may see, by name' })
  items(
    @Parent() group: ProductGroupModel,
    @CurrentAbility() ability: AppAbility,
    @Args('kind', { type: () => ItemKindEnum, nullable: true }) kind: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.bom.items(ability, group.id, { kind, search, first, after });
  }
}

@ChecksInService("children, parents, supply links and figures come through loaders filtered by the reader's rules; the owner is redacted by field access")
@Resolver(() => ItemModel)
export class ItemResolver {
  constructor(
    private readonly bom: BomService,
    private readonly supplyLinkService: SupplyLinkService,
  ) {}

  @Requires('read', 'Item')
  @Query(() => ItemModel, { description: 'An item; NOT_FOUND when it does not exist or the viewer may not see it' })
  item(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: ChainContext): Promise<ItemModel> {
    return this.bom.item(ctx.loaders, id);
  }

  @Requires('read', 'Item')
  @Query(() => [ItemModel], { description: 'Platforms that use an item or a material, through parts the viewer may see' })
  whereUsed(
    @Args('itemId', { type: () => ID, nullable: true }) itemId: string | null,
    @Args('materialId', { type: () => ID, nullable: true }) materialId: string | null,
    @Ctx() ctx: ChainContext,
  ) {
    return this.bom.whereUsed(ctx.loaders, itemId, materialId);
  }

  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description: 'The organisation that contributed the item; null when the viewer may not know (it reads the item through its visibility)',
  })
  owner(@Parent() item: ItemModel, @Ctx() ctx: ChainContext) {
    // Items reach resolvers redacted (visibleItem): a null owner is one the viewer may not know.
    return item.ownerOrgId ? ctx.loaders.organisationById.load(item.ownerOrgId) : null;
  }

  @ResolveField(() => [CompositionEdgeModel], { description: 'What one unit is made of, as far as the viewer may see' })
  children(@Parent() item: ItemModel, @Ctx() ctx: ChainContext) {
    return ctx.loaders.childrenOf.load(item.id);
  }

  @ResolveField(() => [CompositionEdgeModel], { description: 'Assemblies this item goes into, as far as the viewer may see' })
  parents(@Parent() item: ItemModel, @Ctx() ctx: ChainContext) {
    return ctx.loaders.parentsOf.load(item.id);
  }

  @ResolveField(() => [ItemMaterialModel])
  materials(@Parent() item: ItemModel, @Ctx() ctx: ChainContext) {
    return ctx.loaders.materialsOf.load(item.id);
  }

  @ResolveField(() => [SupplyLinkModel], { description: 'Supply links of this item the viewer may see' })
  supplyLinks(@Parent() item: ItemModel, @Ctx() ctx: ChainContext) {
    return ctx.loaders.supplyLinksOf.load(item.id);
  }

  @ResolveField(() => SupplyCountriesModel)
  supplyCountries(@Parent() item: ItemModel, @Ctx() ctx: ChainContext): Promise<SupplyCountriesModel> {
    return this.supplyLinkService.supplyCountries(ctx.loaders, item.id);
  }

  @ResolveField(() => [ItemModel], { description: 'Platforms that use this item' })
  usedIn(@Parent() item: ItemModel, @Ctx() ctx: ChainContext) {
    return ctx.loaders.platformsUsingItem.load(item.id);
  }

  @ResolveField(() => [BomLineModel], { description: 'The bill of materials below this item, one line per path' })
  explosion(
    @Parent() item: ItemModel,
    @CurrentAbility() ability: AppAbility,
    @Args('maxDepth', { type: () => Int, defaultValue: 10 }) maxDepth: number,
  ) {
    return this.bom.explode(ability, item.id, maxDepth);
  }

  @Requires('create', 'Item')
  @Mutation(() => ItemModel)
  createItem(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: CreateItemInput) {
    return this.bom.createItem(actor, ability, input);
  }

  @Requires('update', 'Item')
  @Mutation(() => ItemModel)
  updateItem(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateItemInput,
  ) {
    return this.bom.updateItem(actor, ability, id, input);
  }

  @Requires('delete', 'Item')
  @Mutation(() => Boolean)
  deleteItem(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.bom.deleteItem(actor, ability, id);
  }

  @Requires('create', 'Composition')
  @Mutation(() => CompositionEdgeModel, { description: 'Adds a child to an item; refused when it would create a cycle' })
  addComposition(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: AddCompositionInput) {
    return this.bom.addComposition(actor, ability, input);
  }

  @Requires('delete', 'Composition')
  @Mutation(() => Boolean)
  removeComposition(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.bom.removeComposition(actor, ability, id);
  }
}

@ChecksInService("the items of an edge are loaded with the reader's item rule")
@Resolver(() => CompositionEdgeModel)
export class CompositionEdgeResolver {
  @ResolveField(() => ItemModel)
  child(@Parent() edge: CompositionEdgeModel, @Ctx() ctx: ChainContext) {
    return ctx.loaders.itemById.load(edge.childId);
  }

  @ResolveField(() => ItemModel)
  parent(@Parent() edge: CompositionEdgeModel, @Ctx() ctx: ChainContext) {
    return ctx.loaders.itemById.load(edge.parentId);
  }
}

@ChecksInService('the materials catalogue is readable by every logged-in user')
@Resolver(() => ItemMaterialModel)
export class ItemMaterialResolver {
  @ResolveField(() => MaterialModel)
  material(@Parent() row: ItemMaterialModel, @Ctx() ctx: ChainContext) {
    return ctx.loaders.materialById.load(row.materialId);
  }
}

@ChecksInService("platforms are found through the edges the reader may read")
@Resolver(() => MaterialModel)
export class MaterialUsageResolver {
  @ResolveField(() => [ItemModel], { description: 'Platforms that contain this material, through parts the viewer may see' })
  usedIn(@Parent() material: MaterialModel, @Ctx() ctx: ChainContext) {
    return ctx.loaders.platformsUsingMaterial.load(material.id);
  }
}
