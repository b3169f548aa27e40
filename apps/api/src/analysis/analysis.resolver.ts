import DataLoader from 'dataloader';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { MaterialEntity, SupplyScope, SupplyStage } from '@routekaart/db';
import type { DependencyKind } from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { ItemModel } from '../chain/chain.models';
import type { ItemRow } from '../chain/chain.rows';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { SupplyScopeEnum, SupplyStageEnum } from '../common/enums';
import type { RequestContext } from '../common/request-context';
import type { ChainLoaders } from '../chain/chain.loaders';
import type { MaterialLoaders } from '../materials/material.loaders';
import type { OrganisationLoaders } from '../organisations/organisation.loaders';

type AnalysisContext = RequestContext<ChainLoaders & MaterialLoaders & OrganisationLoaders>;
import { MaterialModel } from '../materials/material.models';
import { OrganisationModel } from '../organisations/organisation.model';
import { RoadmapModel } from '../roadmaps/roadmap.models';
import { ScenarioInput } from './analysis.inputs';
import {
  ConcentrationModel,
  DependencyConnection,
  DependencyHeatmapModel,
  DependencyKindEnum,
  DependencyModel,
  DependencyOrderEnum,
  DependencyPathModel,
  DependencyTargetModel,
  FactorSourceModel,
  ItemSupplierConcentrationModel,
  SavedScenarioModel,
  ScenarioEventOutcomeModel,
  ScenarioEventSpecModel,
  ScenarioItemShortfallModel,
  ScenarioPlatformOutcomeModel,
  ScenarioResultModel,
  SupplyRiskModel,
  WeakLinkModel,
  type DependencyOrderValue,
} from './analysis.models';
import { AnalysisService } from './analysis.service';
import { ChecksInService, Requires } from '../common/endpoint-access';

// Items and materials named in results are resolved through the request's batched loaders: one
// statement per kind for a whole response, and items only as far as the viewer may read them.

function item(ctx: AnalysisContext, id: string | null): Promise<ItemRow | null> {
  return id ? ctx.loaders.itemById.load(id) : Promise.resolve(null);
}

async function items(ctx: AnalysisContext, ids: readonly string[]): Promise<ItemRow[]> {
  const rows = await ctx.loaders.itemById.loadMany([...ids]);
  return rows.filter((r): r is ItemRow => !!r && !(r instanceof Error));
}

function material(ctx: AnalysisContext, id: string | null): Promise<MaterialEntity | null> {
  return id ? ctx.loaders.materialById.load(id) : Promise.resolve(null);
}

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

  @Requires('read', 'Risk')
  @Query(() => SavedScenarioModel, { description: "One saved scenario (its roadmap's participants); its result is computed for the reader" })
  savedScenario(@CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.analysis.savedScenario(ability, id);
  }

  @Requires('create', 'Risk')
  @Mutation(() => SavedScenarioModel, { description: "Saves a scenario in a roadmap (its co-editors); recorded in the audit log" })
  saveScenario(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('roadmapId', { type: () => ID }) roadmapId: string,
    @Args('name') name: string,
    @Args('input') input: ScenarioInput,
  ) {
    return this.analysis.saveScenario(actor, ability, roadmapId, name, input);
  }

  @ChecksInService('the roadmap lead, or the organisation that saved it, while it co-edits the roadmap')
  @Mutation(() => Boolean, { description: 'Deletes a saved scenario (the roadmap lead, or the organisation that saved it); recorded in the audit log' })
  deleteScenario(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.analysis.deleteScenario(actor, ability, id);
  }
}

@ChecksInService('computed over the chain the reader may see')
@Resolver(() => DependencyModel)
export class DependencyResolver {
  @ResolveField(() => ItemModel, { nullable: true, description: 'The platform (or exploded item) this dependency belongs to' })
  platform(@Parent() d: DependencyModel, @Ctx() ctx: AnalysisContext) {
    return item(ctx, d.platformId);
  }
}

@ChecksInService("items and materials loaded with the reader's rules")
@Resolver(() => DependencyTargetModel)
export class DependencyTargetResolver {
  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() t: DependencyTargetModel, @Ctx() ctx: AnalysisContext) {
    return material(ctx, t.materialId);
  }

  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() t: DependencyTargetModel, @Ctx() ctx: AnalysisContext) {
    return item(ctx, t.itemId);
  }
}

@ChecksInService("items loaded with the reader's item rule")
@Resolver(() => DependencyPathModel)
export class DependencyPathResolver {
  @ResolveField(() => [ItemModel], { description: 'Platform first, carrying item last' })
  items(@Parent() p: DependencyPathModel, @Ctx() ctx: AnalysisContext) {
    return items(ctx, p.itemIds);
  }
}

@ChecksInService("items and materials loaded with the reader's rules")
@Resolver(() => FactorSourceModel)
export class FactorSourceResolver {
  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() s: FactorSourceModel, @Ctx() ctx: AnalysisContext) {
    return item(ctx, s.itemId);
  }

  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() s: FactorSourceModel, @Ctx() ctx: AnalysisContext) {
    return material(ctx, s.materialId);
  }
}

@ChecksInService("items and materials loaded with the reader's rules")
@Resolver(() => WeakLinkModel)
export class WeakLinkResolver {
  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() w: WeakLinkModel, @Ctx() ctx: AnalysisContext) {
    return item(ctx, w.itemId);
  }

  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() w: WeakLinkModel, @Ctx() ctx: AnalysisContext) {
    return material(ctx, w.materialId);
  }
}

@ChecksInService('computed over the chain the reader may see')
@Resolver(() => DependencyHeatmapModel)
export class DependencyHeatmapResolver {
  @ResolveField(() => [ItemModel], { description: 'Rows' })
  platforms(@Parent() h: DependencyHeatmapModel, @Ctx() ctx: AnalysisContext) {
    return items(ctx, h.platformIds);
  }

  @ResolveField(() => [MaterialModel], { description: 'Columns, riskiest first' })
  async materials(@Parent() h: DependencyHeatmapModel, @Ctx() ctx: AnalysisContext) {
    const rows = await ctx.loaders.materialById.loadMany(h.materialIds);
    return rows.filter((r): r is MaterialEntity => !!r && !(r instanceof Error));
  }
}

@ChecksInService("items and materials loaded with the reader's rules")
@Resolver(() => ScenarioEventOutcomeModel)
export class ScenarioEventOutcomeResolver {
  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() e: ScenarioEventOutcomeModel, @Ctx() ctx: AnalysisContext) {
    return material(ctx, e.materialId);
  }

  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() e: ScenarioEventOutcomeModel, @Ctx() ctx: AnalysisContext) {
    return item(ctx, e.itemId);
  }
}

@ChecksInService("items loaded with the reader's item rule")
@Resolver(() => ScenarioPlatformOutcomeModel)
export class ScenarioPlatformOutcomeResolver {
  @ResolveField(() => ItemModel, { nullable: true })
  platform(@Parent() p: ScenarioPlatformOutcomeModel, @Ctx() ctx: AnalysisContext) {
    return item(ctx, p.platformId);
  }

  @ResolveField(() => [ItemModel], { description: 'Items of this platform that fall short, earliest first (the first itemLimit)' })
  shortItems(@Parent() p: ScenarioPlatformOutcomeModel, @Ctx() ctx: AnalysisContext) {
    return items(ctx, p.shortItemIds);
  }
}

@ChecksInService("items loaded with the reader's item rule")
@Resolver(() => ScenarioItemShortfallModel)
export class ScenarioItemShortfallResolver {
  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() s: ScenarioItemShortfallModel, @Ctx() ctx: AnalysisContext) {
    return item(ctx, s.itemId);
  }
}

@ChecksInService("items and materials loaded with the reader's rules")
@Resolver(() => ScenarioEventSpecModel)
export class ScenarioEventSpecResolver {
  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() e: ScenarioEventSpecModel, @Ctx() ctx: AnalysisContext) {
    return material(ctx, e.materialId);
  }

  @ResolveField(() => ItemModel, { nullable: true, description: 'Null also when the viewer may not see the item' })
  item(@Parent() e: ScenarioEventSpecModel, @Ctx() ctx: AnalysisContext) {
    return item(ctx, e.itemId);
  }
}

@ChecksInService('the result is computed for the reader; events on items it cannot read are left out')
@Resolver(() => SavedScenarioModel)
export class SavedScenarioResolver {
  constructor(private readonly analysis: AnalysisService) {}

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The organisation that saved it' })
  createdBy(@Parent() s: SavedScenarioModel, @Ctx() ctx: AnalysisContext) {
    return ctx.loaders.organisationById.load(s.createdByOrgId);
  }

  @ResolveField(() => ScenarioResultModel, { description: 'The result on the chain the viewer may see' })
  result(@Parent() s: SavedScenarioModel, @CurrentAbility() ability: AppAbility, @Ctx() ctx: AnalysisContext) {
    return this.analysis.savedScenarioResult(ability, s, ctx);
  }
}

@ChecksInService('saved scenarios of roadmaps whose risks the reader may read')
@Resolver(() => RoadmapModel)
export class RoadmapScenariosResolver {
  private readonly loaders = new WeakMap<AnalysisContext, DataLoader<string, SavedScenarioModel[]>>();

  constructor(private readonly analysis: AnalysisService) {}

  @ResolveField(() => [SavedScenarioModel], { description: 'Saved scenarios, newest first (roadmap participants)' })
  scenarios(@Parent() roadmap: RoadmapModel, @CurrentAbility() ability: AppAbility, @Ctx() ctx: AnalysisContext) {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader((ids) => this.analysis.scenariosOf(ability, ids));
      this.loaders.set(ctx, loader);
    }
    return loader.load(roadmap.id);
  }
}

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
    return material(ctx, r.basedOnMaterialId);
  }
}

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
