import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, AppAbility } from '@routekaart/access';
import { ItemModel } from '../chain/chain.models';
import type { ChainLoaders } from '../chain/chain.loaders';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import type { RequestContext } from '../common/request-context';
import type { MaterialLoaders } from '../materials/material.loaders';
import { MaterialModel } from '../materials/material.models';
import type { OrganisationLoaders } from '../organisations/organisation.loaders';
import { OrganisationModel } from '../organisations/organisation.model';
import {
  DisruptionAggregateModel,
  DisruptionGroupingEnum,
  DisruptionReportInput,
  DisruptionReportModel,
  DisruptionSignalModel,
  type DisruptionGrouping,
} from './disruption.models';
import { DisruptionService } from './disruption.service';

@ChecksInService('reports come filtered by the reader’s rules and redacted by field access (DisruptionService.asSeenBy); the item through the readable-item loader')
@Resolver(() => DisruptionReportModel)
export class DisruptionResolver {
  constructor(private readonly service: DisruptionService) {}

  @Requires('read', 'DisruptionReport')
  @Query(() => [DisruptionReportModel], { description: 'The disruption reports the reader may read (its own, and those shared with it), newest first' })
  disruptionReports(@CurrentAbility() ability: AppAbility) {
    return this.service.reports(ability);
  }

  @Requires('read', 'Aggregate')
  @Query(() => [DisruptionAggregateModel], { description: 'Disruption figures per material, cause, measure or quarter, under the suppression rule' })
  disruptionAggregates(
    @CurrentAbility() ability: AppAbility,
    @Args('by', { type: () => DisruptionGroupingEnum }) by: DisruptionGrouping,
    @Args('from', { type: () => String, nullable: true, description: 'YYYY-MM-DD: reports started on or after' }) from?: string | null,
    @Args('to', { type: () => String, nullable: true, description: 'YYYY-MM-DD: reports started on or before' }) to?: string | null,
  ) {
    return this.service.aggregates(ability, by, from, to);
  }

  @Requires('read', 'Aggregate')
  @Query(() => [DisruptionSignalModel], { description: 'Materials with 3 or more reports in one quarter, in the figures the reader may see' })
  disruptionSignals(@CurrentAbility() ability: AppAbility) {
    return this.service.signals(ability);
  }

  @Requires('create', 'DisruptionReport')
  @Mutation(() => DisruptionReportModel, { description: 'Reports a disruption (companies); confidential to the company unless it widens the visibility; audited' })
  reportDisruption(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: DisruptionReportInput) {
    return this.service.create(actor, ability, input);
  }

  @Requires('update', 'DisruptionReport')
  @Mutation(() => DisruptionReportModel, { description: 'Changes a disruption report (the reporting company); audited' })
  updateDisruptionReport(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: DisruptionReportInput,
  ) {
    return this.service.update(actor, ability, id, input);
  }

  @Requires('delete', 'DisruptionReport')
  @Mutation(() => Boolean, { description: 'Deletes a disruption report (the reporting company); audited' })
  deleteDisruptionReport(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.delete(actor, ability, id);
  }

  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() report: DisruptionReportModel, @Ctx() ctx: RequestContext<MaterialLoaders>) {
    return report.materialId ? ctx.loaders.materialById.load(report.materialId) : null;
  }

  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() report: DisruptionReportModel, @Ctx() ctx: RequestContext<ChainLoaders>) {
    return report.itemId ? ctx.loaders.itemById.load(report.itemId) : null;
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'Null unless the reader may know who reported it' })
  reportingOrganisation(@Parent() report: DisruptionReportModel, @Ctx() ctx: RequestContext<OrganisationLoaders>) {
    return report.reportingOrgId ? ctx.loaders.organisationById.load(report.reportingOrgId) : null;
  }
}

@ChecksInService('the material of a signal is public reference data')
@Resolver(() => DisruptionSignalModel)
export class DisruptionSignalResolver {
  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() signal: DisruptionSignalModel, @Ctx() ctx: RequestContext<MaterialLoaders>) {
    return ctx.loaders.materialById.load(signal.materialId);
  }
}
