import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { subject } from '@casl/ability';
import { defineAbilityFor, redactFields } from '@routekaart/access';
import { AuthService } from '../auth/auth.service';
import { filterMap } from '../common/event-stream';
import { ChainEvents } from './chain-events';
import type { AppAbility } from '@routekaart/access';
import { OrganisationEntity, ProductGroupEntity, type Visibility } from '@routekaart/db';
import { DomainError, notFound, recordsForViewer, sharesByCountry, unauthenticated } from '@routekaart/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ItemKindEnum, VisibilityEnum } from '../common/enums';
import type { RequestContext } from '../common/request-context';
import type { MaterialLoaders } from '../materials/material.loaders';
import type { OrganisationLoaders } from '../organisations/organisation.loaders';
import type { ChainLoaders } from './chain.loaders';

type ChainContext = RequestContext<ChainLoaders & MaterialLoaders & OrganisationLoaders>;
import { MaterialModel } from '../materials/material.models';
import { OrganisationModel } from '../organisations/organisation.model';
import { AddCompositionInput, CreateItemInput, CreateSupplyLinkInput, SupplyLinkInput, UpdateItemInput } from './chain.inputs';
import {
  BomLineModel,
  ContributionAudienceModel,
  CompositionEdgeModel,
  ItemConnection,
  ItemMaterialModel,
  ItemModel,
  ProductGroupModel,
  SupplyLinkConnection,
  SupplyCountriesModel,
  SupplyLinkEventModel,
  SupplyLinkModel,
} from './chain.models';
import { ChainExportService } from './chain-export.service';
import { ChainService } from './chain.service';
import { todayUtc } from '../common/dates';
import { isUuid } from '../common/ids';
import { ChecksInService, Requires } from '../common/endpoint-access';

async function organisations(ctx: ChainContext, ids: (string | null)[] | null): Promise<OrganisationModel[] | null> {
  if (!ids) return null;
  const orgs = await ctx.loaders.organisationById.loadMany(ids.filter((id): id is string => !!id));
  return orgs.filter((o): o is OrganisationEntity => !!o && !(o instanceof Error));
}

@ChecksInService("items are filtered by the reader's item rule (accessibleWhere)")
@Resolver(() => ProductGroupModel)
export class ProductGroupResolver {
  constructor(
    private readonly ds: DataSource,
    private readonly chain: ChainService,
  ) {}

  @Requires('read', 'ProductGroup')
  @Query(() => [ProductGroupModel])
  async productGroups(): Promise<ProductGroupModel[]> {
    return this.ds.getRepository(ProductGroupEntity).find({ order: { name: 'ASC' } });
  }

  @Requires('read', 'ProductGroup')
  @Query(() => ProductGroupModel)
  async productGroup(@Args('id', { type: () => ID }) id: string): Promise<ProductGroupModel> {
    const group = isUuid(id) ? await this.ds.getRepository(ProductGroupEntity).findOneBy({ id }) : null;
    if (!group) throw notFound('product group');
    return group;
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
    return this.chain.items(ability, group.id, { kind, search, first, after });
  }
}

@ChecksInService("children, parents, supply links and figures come through loaders filtered by the reader's rules; the owner is redacted by field access")
@Resolver(() => ItemModel)
export class ItemResolver {
  constructor(private readonly chain: ChainService) {}

  @Requires('read', 'Item')
  @Query(() => ItemModel, { description: 'An item; NOT_FOUND when it does not exist or the viewer may not see it' })
  async item(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: ChainContext): Promise<ItemModel> {
    const item = isUuid(id) ? await ctx.loaders.itemById.load(id) : null;
    if (!item) throw notFound('item');
    return item;
  }

  @Requires('read', 'Item')
  @Query(() => [ItemModel], { description: 'Platforms that use an item or a material, through parts the viewer may see' })
  whereUsed(
    @Args('itemId', { type: () => ID, nullable: true }) itemId: string | null,
    @Args('materialId', { type: () => ID, nullable: true }) materialId: string | null,
    @Ctx() ctx: ChainContext,
  ) {
    if (!!itemId === !!materialId) throw new DomainError('BAD_USER_INPUT', 'give either itemId or materialId', itemId ? 'materialId' : 'itemId');
    const id = (itemId ?? materialId)!;
    if (!isUuid(id)) return [];
    return itemId ? ctx.loaders.platformsUsingItem.load(id) : ctx.loaders.platformsUsingMaterial.load(id);
  }

  @ResolveField(() => OrganisationModel, {
    nullable: true,
    description: 'The organisation that contributed the item; null when the viewer may not know (it reads the item through its visibility)',
  })
  async owner(@Parent() item: ItemModel, @CurrentAbility() ability: AppAbility, @Ctx() ctx: ChainContext) {
    const { ownerOrgId } = redactFields(ability, 'read', subject('Item', { ...item }));
    return ownerOrgId ? ctx.loaders.organisationById.load(ownerOrgId) : null;
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
  async supplyCountries(@Parent() item: ItemModel, @Ctx() ctx: ChainContext): Promise<SupplyCountriesModel> {
    const contributions = await ctx.loaders.supplyContributionsOf.load(item.id);
    const { records, includesOthers, contributors } = recordsForViewer(contributions.map((c) => ({ ...c, weight: c.share ?? 0 })));
    return { countries: sharesByCountry(records), includesOthers, contributors };
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
    return this.chain.explode(ability, item.id, maxDepth);
  }

  @Requires('create', 'Item')
  @Mutation(() => ItemModel)
  createItem(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: CreateItemInput) {
    return this.chain.createItem(actor, ability, input);
  }

  @Requires('update', 'Item')
  @Mutation(() => ItemModel)
  updateItem(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateItemInput,
  ) {
    return this.chain.updateItem(actor, ability, id, input);
  }

  @Requires('delete', 'Item')
  @Mutation(() => Boolean)
  deleteItem(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.chain.deleteItem(actor, ability, id);
  }

  @Requires('create', 'Composition')
  @Mutation(() => CompositionEdgeModel, { description: 'Adds a child to an item; refused when it would create a cycle' })
  addComposition(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: AddCompositionInput) {
    return this.chain.addComposition(actor, ability, input);
  }

  @Requires('delete', 'Composition')
  @Mutation(() => Boolean)
  removeComposition(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.chain.removeComposition(actor, ability, id);
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

@ObjectType('CsvExport')
export class CsvExportModel {
  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  rows: number;

  @Field({ description: 'The file itself (UTF-8, comma-separated, CRLF line ends)' })
  csv: string;
}

@ChecksInService("the item and organisations of a link are loaded with the reader's rules; identities are redacted by field access")
@Resolver(() => SupplyLinkModel)
export class SupplyLinkResolver {
  constructor(
    private readonly chain: ChainService,
    private readonly exports: ChainExportService,
    private readonly events: ChainEvents,
    private readonly auth: AuthService,
  ) {}

  @Requires('create', 'Export')
  @Mutation(() => CsvExportModel, { description: 'The supply links of a product group the viewer may see, as CSV; recorded in the audit log' })
  async exportSupplyLinks(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('productGroupId', { type: () => ID }) productGroupId: string,
  ): Promise<CsvExportModel> {
    const { csv, rows } = await this.exports.supplyLinksCsv(actor, ability, isUuid(productGroupId) ? productGroupId : '00000000-0000-0000-0000-000000000000');
    return { filename: `supply-links-${todayUtc()}.csv`, contentType: 'text/csv; charset=utf-8', rows, csv };
  }

  @Requires('read', 'SupplyLink')
  @Query(() => SupplyLinkConnection, { description: 'Supply links the viewer may see, of one item or matching a supplier name' })
  async supplyLinks(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('itemId', { type: () => ID, nullable: true }) itemId: string | null,
    @Args('productGroupId', { type: () => ID, nullable: true }) productGroupId: string | null,
    @Args('mine', { type: () => Boolean, nullable: true, description: "Only the links the viewer's organisation contributed" }) mine: boolean | null,
    @Args('search', { type: () => String, nullable: true, description: 'Part of a supplier name' }) search: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    if (!itemId && !productGroupId && !search?.trim()) {
      throw new DomainError('BAD_USER_INPUT', 'give an itemId, a productGroupId or a search text', 'itemId');
    }
    const zero = '00000000-0000-0000-0000-000000000000';
    const filter = {
      itemId: itemId && !isUuid(itemId) ? zero : itemId,
      productGroupId: productGroupId && !isUuid(productGroupId) ? zero : productGroupId,
      mine,
      search,
      viewerOrganisationId: actor.organisationId,
    };
    return this.chain.supplyLinks(ability, filter, first, after);
  }

  @Requires('read', 'SupplyLink')
  @Query(() => SupplyLinkModel, { description: 'A supply link; NOT_FOUND when it does not exist or the viewer may not see it' })
  async supplyLink(@CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.chain.supplyLink(ability, id);
  }

  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() link: SupplyLinkModel, @Ctx() ctx: ChainContext) {
    return ctx.loaders.itemById.load(link.itemId);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The supplier, when it is on the platform and the viewer may know it' })
  async supplier(@Parent() link: SupplyLinkModel, @Ctx() ctx: ChainContext) {
    return link.supplierOrgId ? ctx.loaders.organisationById.load(link.supplierOrgId) : null;
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'Who contributed the link; null when the viewer may not know' })
  async contributedBy(@Parent() link: SupplyLinkModel, @Ctx() ctx: ChainContext) {
    return link.contributedByOrgId ? ctx.loaders.organisationById.load(link.contributedByOrgId) : null;
  }

  @ResolveField(() => [OrganisationModel], { nullable: true, description: 'Organisations it is shared with; only its contributor sees this' })
  sharedWith(@Parent() link: SupplyLinkModel, @Ctx() ctx: ChainContext) {
    return organisations(ctx, link.sharedWith);
  }

  @Requires('read', 'SupplyLink')
  @Subscription(() => SupplyLinkEventModel, {
    description: "Changes to the product group's supply links, each as the subscriber may see it at that moment",
    resolve: (event: SupplyLinkEventModel) => event,
  })
  supplyLinkChanged(@Args('productGroupId', { type: () => ID }) productGroupId: string, @Ctx() ctx: ChainContext) {
    if (!ctx.actor || !ctx.token) throw unauthenticated();
    const token = ctx.token;
    return filterMap(this.events.changes(productGroupId), async (change): Promise<SupplyLinkEventModel | null> => {
      // Judged afresh for every event: a revoked participation or ended session stops the stream.
      const actor = await this.auth.actorForToken(token);
      if (!actor) throw unauthenticated('Your session has ended');
      const ability = defineAbilityFor(actor);
      const link = await this.chain.supplyLinkAsSeenBy(ability, change.link);
      return link && { kind: change.kind, link };
    });
  }

  @ChecksInService('the item must be readable (NOT_FOUND otherwise); the audience follows from the visibility and sharing asked for')
  @Query(() => ContributionAudienceModel, {
    description: 'Who would see a supply link you contribute on this item with this visibility and sharing (a preview for the contribution form)',
  })
  contributionAudience(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('visibility', { type: () => VisibilityEnum }) visibility: Visibility,
    @Args('sharedWith', { type: () => [ID], nullable: true }) sharedWith: string[] | null,
  ) {
    return this.chain.contributionAudience(actor, ability, itemId, visibility, sharedWith ?? []);
  }

  @Requires('create', 'SupplyLink')
  @Mutation(() => SupplyLinkModel)
  async createSupplyLink(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: CreateSupplyLinkInput) {
    return this.chain.createSupplyLink(actor, ability, input);
  }

  @Requires('update', 'SupplyLink')
  @Mutation(() => SupplyLinkModel)
  async updateSupplyLink(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SupplyLinkInput,
  ) {
    return this.chain.updateSupplyLink(actor, ability, id, input);
  }

  @Requires('delete', 'SupplyLink')
  @Mutation(() => Boolean)
  deleteSupplyLink(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.chain.deleteSupplyLink(actor, ability, id);
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
