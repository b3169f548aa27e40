import { FileExportModel } from '../common/file-export.model';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { InterventionStatus, Visibility } from '@routekaart/db';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import { InterventionStatusEnum, VisibilityEnum } from '../common/enums';
import type { RequestContext } from '../common/request-context';
import type { OrganisationLoaders } from '../organisations/organisation.loaders';
import { OrganisationModel } from '../organisations/organisation.model';
import { RiskModel } from '../risks/risk.models';
import { AgreementExportService } from './agreement-export.service';
import {
  AgreementExportFormatEnum,
  AgreementModel,
  InterventionEventModel,
  InterventionFilterInput,
  InterventionModel,
  ProposeInterventionInput,
  UpdateInterventionInput,
  type AgreementExportFormat,
} from './intervention.models';
import { InterventionService } from './intervention.service';

@ChecksInService("an intervention's owner is public; its risks and history are read with the reader's rules on an intervention it may read")
@Resolver(() => InterventionModel)
export class InterventionResolver {
  constructor(
    private readonly service: InterventionService,
    private readonly exports: AgreementExportService,
  ) {}

  @Requires('read', 'Intervention')
  @Query(() => [InterventionModel], { description: "A roadmap's interventions, oldest first (its participants)" })
  interventions(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('roadmapId', { type: () => ID }) roadmapId: string,
    @Args('filter', { type: () => InterventionFilterInput, nullable: true }) filter?: InterventionFilterInput | null,
  ) {
    return this.service.interventions(actor, ability, roadmapId, filter);
  }

  @Requires('read', 'Intervention')
  @Query(() => InterventionModel)
  intervention(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.intervention(actor, ability, id);
  }

  @Requires('read', 'Intervention')
  @Query(() => [AgreementModel], { description: "A roadmap's agreements: its agreed, ongoing and done interventions, by due date" })
  agreements(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('roadmapId', { type: () => ID }) roadmapId: string) {
    return this.service.agreements(actor, ability, roadmapId);
  }

  @Requires('create', 'Intervention')
  @Mutation(() => InterventionModel, { description: 'Proposes an intervention (co-editors of the roadmap)' })
  proposeIntervention(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: ProposeInterventionInput) {
    return this.service.propose(actor, ability, input);
  }

  @Requires('update', 'Intervention')
  @Mutation(() => InterventionModel, { description: 'Changes an intervention (a roadmap lead, or the owning organisation as co-editor)' })
  updateIntervention(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateInterventionInput,
  ) {
    return this.service.update(actor, ability, id, input);
  }

  @ChecksInService('only the organisation that takes up the intervention (or proposed it, while no one does) may, as co-editor (InterventionService.setDetails)')
  @Mutation(() => InterventionModel, { description: "Writes an intervention's confidential details and who reads them (the organisation it is with)" })
  setInterventionDetails(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('visibility', { type: () => VisibilityEnum }) visibility: Visibility,
    @Args('details', { type: () => String, nullable: true, description: 'Null removes them' }) details?: string | null,
  ) {
    return this.service.setDetails(actor, ability, id, details, visibility);
  }

  @ChecksInService('the status flow says who may take each step: decide (government leads), update (owner or lead) or the proposing organisation (libs/domain intervention-flow)')
  @Mutation(() => InterventionModel, { description: 'Moves an intervention along its status flow' })
  setInterventionStatus(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('to', { type: () => InterventionStatusEnum }) to: InterventionStatus,
    @Args('reason', { type: () => String, nullable: true, description: 'Required to reject or withdraw' }) reason?: string | null,
  ) {
    return this.service.setStatus(actor, ability, id, to, reason);
  }

  @Requires('update', 'Intervention')
  @Mutation(() => InterventionModel, { description: 'Reports progress while agreed or in progress (the owning organisation or a lead)' })
  reportInterventionProgress(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('progressPct', { type: () => Int, description: '0 to 100' }) progressPct: number,
    @Args('note') note: string,
  ) {
    return this.service.reportProgress(actor, ability, id, progressPct, note);
  }

  @Requires('decide', 'Intervention')
  @Mutation(() => AgreementModel, {
    description: 'Sets the terms of an agreed intervention (government leads): arguments left out stay, null clears',
  })
  setAgreement(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('interventionId', { type: () => ID }) interventionId: string,
    @Args('responsibleOrgId', { type: () => ID, nullable: true, description: 'A participant of the roadmap' }) responsibleOrgId?: string | null,
    @Args('dueDate', { type: () => String, nullable: true, description: 'YYYY-MM-DD' }) dueDate?: string | null,
    @Args('deliverable', { type: () => String, nullable: true, description: 'At most 2000 characters' }) deliverable?: string | null,
  ) {
    return this.service.setAgreement(actor, ability, interventionId, { responsibleOrgId, dueDate, deliverable });
  }

  @Requires('delete', 'Intervention')
  @Mutation(() => Boolean, { description: 'Deletes an intervention with its history (roadmap leads)' })
  deleteIntervention(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.delete(actor, ability, id);
  }

  @Requires('create', 'Export')
  @Mutation(() => FileExportModel, { description: "Exports a roadmap's agreements as CSV or XLSX (audited)" })
  exportAgreements(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('roadmapId', { type: () => ID }) roadmapId: string,
    @Args('format', { type: () => AgreementExportFormatEnum }) format: AgreementExportFormat,
  ) {
    return this.exports.exportAgreements(actor, ability, roadmapId, format);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The organisation that takes it up' })
  owner(@Parent() i: InterventionModel, @Ctx() ctx: RequestContext<OrganisationLoaders>) {
    return i.ownerOrgId ? ctx.loaders.organisationById.load(i.ownerOrgId) : null;
  }

  @ResolveField(() => [RiskModel], { description: 'The risks it addresses' })
  risks(@Parent() i: InterventionModel, @Ctx() ctx: RequestContext) {
    if (!ctx.ability) return [];
    return this.service.risksOf(ctx, ctx.ability, i.riskIds);
  }

  @ResolveField(() => [InterventionEventModel], { description: 'Every status change and progress report, oldest first' })
  history(@Parent() i: InterventionModel, @Ctx() ctx: RequestContext) {
    return this.service.history(ctx, i.id);
  }
}

@ChecksInService('organisations are public to logged-in users')
@Resolver(() => AgreementModel)
export class AgreementResolver {
  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The organisation responsible (the owner)' })
  responsible(@Parent() a: AgreementModel, @Ctx() ctx: RequestContext<OrganisationLoaders>) {
    return a.responsibleOrgId ? ctx.loaders.organisationById.load(a.responsibleOrgId) : null;
  }
}
