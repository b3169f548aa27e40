import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import { assertIsoDate, isExportRestrictionActive } from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { todayUtc } from '../common/dates';
import type { RequestContext } from '../common/request-context';
import type { MaterialLoaders } from './material.loaders';
import { RecordExportRestrictionInput, UpdateExportRestrictionInput } from './export-restriction.inputs';
import { ExportRestrictionModel } from './export-restriction.models';
import { ExportRestrictionService, type ExportRestrictionRow } from './export-restriction.service';
import { MaterialModel } from './material.models';
import { ChecksInService, Requires } from '../common/endpoint-access';

@ChecksInService('catalogue data every logged-in user reads')
@Resolver(() => ExportRestrictionModel)
export class ExportRestrictionResolver {
  constructor(private readonly restrictions: ExportRestrictionService) {}

  @Requires('read', 'ExportRestriction')
  @Query(() => [ExportRestrictionModel], { description: 'Export restrictions on record, newest first, then by country and material symbol' })
  exportRestrictions(
    @CurrentAbility() ability: AppAbility,
    @Args('country', { type: () => String, nullable: true, description: 'ISO 3166-1 alpha-2 of the restricting country' }) country: string | null,
    @Args('materialId', { type: () => ID, nullable: true }) materialId: string | null,
    @Args('activeOn', { type: () => String, nullable: true, description: 'Only those in force on this date, YYYY-MM-DD' }) activeOn: string | null,
  ) {
    return this.restrictions.list(ability, { country, materialId, activeOn });
  }

  @ResolveField(() => MaterialModel)
  material(@Parent() row: ExportRestrictionRow, @Ctx() ctx: RequestContext<MaterialLoaders>) {
    return ctx.loaders.materialById.load(row.materialId);
  }

  @ResolveField(() => Boolean, { description: 'In force on `on` (YYYY-MM-DD; today in UTC when omitted)' })
  active(@Parent() row: ExportRestrictionRow, @Args('on', { type: () => String, nullable: true }) on: string | null): boolean {
    return isExportRestrictionActive(row, on == null ? todayUtc() : assertIsoDate(on, 'on'));
  }

  @Requires('create', 'ExportRestriction')
  @Mutation(() => ExportRestrictionModel, { description: 'Records an export restriction (knowledge institutes); audited' })
  recordExportRestriction(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: RecordExportRestrictionInput) {
    return this.restrictions.record(actor, ability, input);
  }

  @Requires('update', 'ExportRestriction')
  @Mutation(() => ExportRestrictionModel, { description: 'Changes an export restriction (knowledge institutes), e.g. sets its end date; audited' })
  updateExportRestriction(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateExportRestrictionInput,
  ) {
    return this.restrictions.update(actor, ability, id, input);
  }

  @Requires('delete', 'ExportRestriction')
  @Mutation(() => Boolean, { description: 'Deletes an export restriction (knowledge institutes); audited' })
  deleteExportRestriction(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.restrictions.delete(actor, ability, id);
  }
}

@ChecksInService("restrictions are loaded with the reader's export-restriction rule")
@Resolver(() => MaterialModel)
export class MaterialExportRestrictionsResolver {
  @ResolveField(() => [ExportRestrictionModel], { description: 'Export restrictions on this material, newest first' })
  async exportRestrictions(
    @Parent() material: MaterialModel,
    @Args('activeOn', { type: () => String, nullable: true, description: 'Only those in force on this date, YYYY-MM-DD' }) activeOn: string | null,
    @Ctx() ctx: RequestContext<MaterialLoaders>,
  ) {
    const on = activeOn == null ? null : assertIsoDate(activeOn, 'activeOn');
    const rows = await ctx.loaders.exportRestrictionsOfMaterial.load(material.id);
    return on ? rows.filter((r) => isExportRestrictionActive(r, on)) : rows;
  }
}
