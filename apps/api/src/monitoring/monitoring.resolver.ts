import { Args, Field, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { defineAbilityFor, type Actor, type AppAbility } from '@routekaart/access';
import { unauthenticated } from '@routekaart/domain';
import { AuthService } from '../auth/auth.service';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import { filterMap } from '../common/event-stream';
import type { RequestContext } from '../common/request-context';
import type { MaterialLoaders } from '../materials/material.loaders';
import { MaterialModel } from '../materials/material.models';
import type { OrganisationLoaders } from '../organisations/organisation.loaders';
import { OrganisationModel } from '../organisations/organisation.model';
import { MonitoringEvents } from './monitoring.events';
import {
  MonitoringAlertModel,
  MonitoringSeriesInput,
  MonitoringSeriesModel,
  ObservationImportResultModel,
  ObservationInput,
  ObservationModel,
  SeriesChangeModel,
  ThresholdInput,
  ThresholdModel,
} from './monitoring.models';
import { MonitoringService } from './monitoring.service';

@ObjectType('RoadmapRef', { description: 'A roadmap named by id and title' })
class RoadmapRefModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType('SeriesMovement', { description: "A series in a roadmap's monitoring overview: how far it moved in the period and the alerts raised in it" })
class SeriesMovementModel {
  @Field(() => MonitoringSeriesModel)
  series: MonitoringSeriesModel;

  @Field(() => SeriesChangeModel, { nullable: true })
  change: SeriesChangeModel | null;

  @Field(() => [MonitoringAlertModel])
  alerts: MonitoringAlertModel[];
}

const YMD = { description: 'YYYY-MM-DD' } as const;

@ChecksInService('series are public reference data, except those about an item the reader may not read (MonitoringService.series / seriesList)')
@Resolver(() => MonitoringSeriesModel)
export class MonitoringSeriesResolver {
  constructor(
    private readonly service: MonitoringService,
    private readonly events: MonitoringEvents,
    private readonly auth: AuthService,
  ) {}

  @Requires('read', 'MonitoringSeries')
  @Query(() => [MonitoringSeriesModel], { description: 'Monitoring series (all, or those about one material or country), by name' })
  monitoringSeries(
    @CurrentAbility() ability: AppAbility,
    @Args('materialId', { type: () => ID, nullable: true }) materialId?: string | null,
    @Args('itemId', { type: () => ID, nullable: true }) itemId?: string | null,
    @Args('country', { type: () => String, nullable: true, description: 'ISO 3166-1 alpha-2' }) country?: string | null,
  ) {
    return this.service.seriesList(ability, { materialId, itemId, country });
  }

  @Requires('read', 'MonitoringSeries')
  @Query(() => MonitoringSeriesModel, { description: 'One monitoring series' })
  monitoringSeriesById(@CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.series(ability, id);
  }

  @Requires('read', 'MonitoringSeries')
  @Query(() => [SeriesMovementModel], {
    description: "What moved in a roadmap's monitoring in a period (its participants): the series its chain, as the viewer sees it, depends on",
  })
  monitoringOverview(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Ctx() ctx: RequestContext,
    @Args('roadmapId', { type: () => ID }) roadmapId: string,
    @Args('from', YMD) from: string,
    @Args('to', YMD) to: string,
  ) {
    return this.service.roadmapOverview(actor, ability, ctx, roadmapId, from, to);
  }

  @Requires('create', 'MonitoringSeries')
  @Mutation(() => MonitoringSeriesModel, { description: 'Publishes a new series (knowledge institutes); audited' })
  createMonitoringSeries(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: MonitoringSeriesInput) {
    return this.service.createSeries(actor, ability, input);
  }

  @Requires('update', 'MonitoringSeries')
  @Mutation(() => MonitoringSeriesModel, { description: "Changes a series' definition (knowledge institutes); audited" })
  updateMonitoringSeries(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MonitoringSeriesInput,
  ) {
    return this.service.updateSeries(actor, ability, id, input);
  }

  @Requires('delete', 'MonitoringSeries')
  @Mutation(() => Boolean, { description: 'Deletes a series with its observations, thresholds and alerts (knowledge institutes); audited' })
  deleteMonitoringSeries(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteSeries(actor, ability, id);
  }

  @Requires('create', 'Observation')
  @Mutation(() => ObservationImportResultModel, {
    description:
      'Adds observations (a date already there gets the new value); raises the alerts of new crossings. One bad observation writes nothing: every problem is in extensions.errors',
  })
  addObservations(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('seriesId', { type: () => ID }) seriesId: string,
    @Args('observations', { type: () => [ObservationInput] }) observations: ObservationInput[],
  ) {
    return this.service.addObservations(actor, ability, seriesId, observations);
  }

  @Requires('create', 'Observation')
  @Mutation(() => ObservationImportResultModel, {
    description:
      'Imports observations from a CSV or XLSX file (columns datum/date, waarde/value, toelichting/note). One bad row writes nothing: every bad row is in extensions.rows',
  })
  importObservations(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('seriesId', { type: () => ID }) seriesId: string,
    @Args('fileName') fileName: string,
    @Args('contentBase64', { description: 'The file, base64-encoded (at most 5 MB)' }) contentBase64: string,
  ) {
    return this.service.importObservations(actor, ability, seriesId, fileName, contentBase64);
  }

  @Requires('delete', 'Observation')
  @Mutation(() => Boolean, { description: 'Deletes one observation (knowledge institutes); audited' })
  deleteObservation(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('seriesId', { type: () => ID }) seriesId: string,
    @Args('date', YMD) date: string,
  ) {
    return this.service.deleteObservation(actor, ability, seriesId, date);
  }

  @Requires('update', 'MonitoringSeries')
  @Mutation(() => ThresholdModel, { description: 'Adds a threshold to a series; crossings already in it raise their alerts (knowledge institutes)' })
  createThreshold(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('seriesId', { type: () => ID }) seriesId: string,
    @Args('input') input: ThresholdInput,
  ) {
    return this.service.createThreshold(actor, ability, seriesId, input);
  }

  @Requires('update', 'MonitoringSeries')
  @Mutation(() => Boolean, { description: 'Deletes a threshold with its alerts (knowledge institutes)' })
  deleteThreshold(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.deleteThreshold(actor, ability, id);
  }

  @Requires('read', 'MonitoringSeries')
  @Subscription(() => MonitoringSeriesModel, {
    description: 'A series after each change of its observations, thresholds or definition (for a chart that follows it)',
    resolve: (series: MonitoringSeriesModel) => series,
  })
  async monitoringSeriesChanged(@Args('seriesId', { type: () => ID }) seriesId: string, @Ctx() ctx: RequestContext) {
    if (!ctx.actor || !ctx.token || !ctx.ability) throw unauthenticated();
    const series = await this.service.series(ctx.ability, seriesId);
    const token = ctx.token;
    return filterMap(this.events.changes(series.id), async (event) => {
      // Judged afresh for every change: the series may be about an item the subscriber can no longer read.
      const actor = await this.auth.actorForToken(token);
      if (!actor) throw unauthenticated('Your session has ended');
      return this.service.series(defineAbilityFor(actor), event.seriesId).catch(() => null);
    });
  }

  @ResolveField(() => MaterialModel, { nullable: true })
  material(@Parent() series: MonitoringSeriesModel, @Ctx() ctx: RequestContext<MaterialLoaders>) {
    return series.materialId ? ctx.loaders.materialById.load(series.materialId) : null;
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The knowledge institute that publishes it' })
  publisher(@Parent() series: MonitoringSeriesModel, @Ctx() ctx: RequestContext<OrganisationLoaders>) {
    return ctx.loaders.organisationById.load(series.publisherOrgId);
  }

  @ResolveField(() => [ObservationModel], { description: 'Oldest first' })
  observations(@Parent() series: MonitoringSeriesModel) {
    return this.service.observations(series.id);
  }

  @ResolveField(() => ObservationModel, { nullable: true, description: 'The latest observation' })
  latest(@Parent() series: MonitoringSeriesModel) {
    return this.service.latest(series.id);
  }

  @ResolveField(() => [ThresholdModel])
  thresholds(@Parent() series: MonitoringSeriesModel) {
    return this.service.thresholds(series.id);
  }

  @ResolveField(() => [MonitoringAlertModel], { description: 'Every alert of the series, newest first' })
  alerts(@Parent() series: MonitoringSeriesModel, @CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility) {
    return this.service.alertsOfSeries(actor, ability, series.id);
  }

  @ResolveField(() => SeriesChangeModel, { nullable: true, description: 'How far it moved in a period (YYYY-MM-DD, both ends included)' })
  change(@Parent() series: MonitoringSeriesModel, @Args('from', YMD) from: string, @Args('to', YMD) to: string) {
    return this.service.change(series.id, from, to);
  }
}

@ChecksInService('alerts reach a reader when its own view of its roadmaps’ chains depends on the subject (MonitoringService.concernedRoadmaps)')
@Resolver(() => MonitoringAlertModel)
export class MonitoringAlertResolver {
  constructor(
    private readonly service: MonitoringService,
    private readonly events: MonitoringEvents,
    private readonly auth: AuthService,
  ) {}

  @Requires('read', 'MonitoringSeries')
  @Query(() => [MonitoringAlertModel], { description: "Alerts that concern the viewer's roadmaps, newest first: those of the last 90 days, and older ones whose series is still beyond the line" })
  myAlerts(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Ctx() ctx: RequestContext,
    @Args('includeAcknowledged', { defaultValue: false }) includeAcknowledged: boolean,
  ) {
    return this.service.myAlerts(actor, ability, ctx, includeAcknowledged);
  }

  @Requires('read', 'MonitoringSeries')
  @Mutation(() => MonitoringAlertModel, { description: 'Marks an alert as seen (for the viewer only)' })
  acknowledgeAlert(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.acknowledgeAlert(actor, ability, ctx, id);
  }

  @Requires('read', 'MonitoringSeries')
  @Subscription(() => MonitoringAlertModel, {
    description: "New alerts that concern the subscriber's roadmaps, each judged with the subscriber's permissions at that moment (the dashboard)",
    resolve: (alert: MonitoringAlertModel) => alert,
  })
  myAlertRaised(@Ctx() ctx: RequestContext) {
    if (!ctx.actor || !ctx.token) throw unauthenticated();
    const token = ctx.token;
    return filterMap(this.events.alerts(), async (event) => {
      // Judged afresh for every alert: a revoked participation or an ended session stops it.
      const actor = await this.auth.actorForToken(token);
      if (!actor) throw unauthenticated('Your session has ended');
      return this.service.alertFor(actor, defineAbilityFor(actor), {}, event.alertId);
    });
  }

  @ResolveField(() => MonitoringSeriesModel)
  series(@Parent() alert: MonitoringAlertModel, @CurrentAbility() ability: AppAbility) {
    return this.service.series(ability, alert.seriesId);
  }

  @ResolveField(() => ThresholdModel, { nullable: true })
  async threshold(@Parent() alert: MonitoringAlertModel) {
    return (await this.service.thresholds(alert.seriesId)).find((t) => t.id === alert.thresholdId) ?? null;
  }

  @ResolveField(() => [RoadmapRefModel], { description: "The viewer's roadmaps whose chain, as the viewer sees it, depends on the series' subject" })
  roadmaps(@Parent() alert: MonitoringAlertModel, @CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Ctx() ctx: RequestContext) {
    return this.service.series(ability, alert.seriesId).then((series) => this.service.concernedRoadmaps(actor, ability, ctx, series));
  }
}
