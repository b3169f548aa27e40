import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppAbility } from '@routekaart/access';
import type { Capability, DefenceCategory, Province } from '@routekaart/domain';
import type { ChainLoaders } from '../chain/chain.loaders';
import { ItemModel } from '../chain/chain.models';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import type { RequestContext } from '../common/request-context';
import type { OrganisationLoaders } from '../organisations/organisation.loaders';
import { OrganisationModel } from '../organisations/organisation.model';
import { DemandService } from './demand.service';
import {
  CapabilityEnum,
  CapacityDemandInput,
  CapacityDemandModel,
  DefenceCategoryEnum,
  DemandFitModel,
  DemandResponseInput,
  DemandResponseModel,
  ProvinceEnum,
  SimilarSupplierModel,
  SupplierCandidateModel,
  SupplierProfileInput,
  SupplierProfileModel,
  SupplierProfilePageModel,
} from './supplier.models';
import { SupplierService } from './supplier.service';

@Resolver(() => SupplierProfileModel)
export class SupplierProfileResolver {
  constructor(private readonly service: SupplierService) {}

  @Requires('read', 'SupplierProfile')
  @Query(() => SupplierProfilePageModel, { description: 'The supplier directory, filtered on what every reader sees; parts kept for government are null for other readers' })
  supplierProfiles(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('search', { type: () => String, nullable: true, description: 'Part of the company name' }) search?: string | null,
    @Args('capability', { type: () => CapabilityEnum, nullable: true }) capability?: Capability | null,
    @Args('category', { type: () => DefenceCategoryEnum, nullable: true }) category?: DefenceCategory | null,
    @Args('province', { type: () => ProvinceEnum, nullable: true }) province?: Province | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ) {
    return this.service.page(actor, ability, { search, capability, category, province, first, offset });
  }

  @Requires('read', 'SupplierProfile')
  @Query(() => SupplierProfileModel, { description: 'One supplier profile as the reader may see it' })
  supplierProfile(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.profile(actor, ability, id);
  }

  @ChecksInService("the reader's own organisation's profile, or null")
  @Query(() => SupplierProfileModel, { nullable: true, description: "The reader's company's own supplier profile" })
  mySupplierProfile(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility) {
    return this.service.mine(actor, ability);
  }

  @Requires('read', 'SupplierProfile')
  @Query(() => [SimilarSupplierModel], { description: '"Companies like this one": cosine similarity over capabilities, certifications and sectors, as the reader sees them' })
  similarSuppliers(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('profileId', { type: () => ID }) profileId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first = 10,
  ) {
    return this.service.similar(actor, ability, profileId, first);
  }

  @Requires('create', 'SupplierProfile')
  @Mutation(() => SupplierProfileModel, { description: "Creates the company's own supplier profile (one per organisation); audited" })
  createSupplierProfile(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: SupplierProfileInput) {
    return this.service.create(actor, ability, input);
  }

  @Requires('update', 'SupplierProfile')
  @Mutation(() => SupplierProfileModel, { description: 'Changes a supplier profile: its own company only, including which parts government alone sees; audited' })
  updateSupplierProfile(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SupplierProfileInput,
  ) {
    return this.service.update(actor, ability, id, input);
  }

  @ChecksInService('the directory is public: the keeping organisation (null for demo entries)')
  @ResolveField(() => OrganisationModel, { nullable: true })
  organisation(@Parent() profile: SupplierProfileModel, @Ctx() ctx: RequestContext<OrganisationLoaders>) {
    return profile.organisationId ? ctx.loaders.organisationById.load(profile.organisationId) : null;
  }
}

@Resolver(() => CapacityDemandModel)
export class CapacityDemandResolver {
  constructor(private readonly service: DemandService) {}

  @Requires('read', 'CapacityDemand')
  @Query(() => [CapacityDemandModel], { description: 'What Defence needs: every published capacity demand' })
  capacityDemands(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility) {
    return this.service.list(actor, ability);
  }

  @Requires('read', 'CapacityDemand')
  @Query(() => CapacityDemandModel)
  capacityDemand(@CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.demand(ability, id);
  }

  @ChecksInService("matched against the reader's own company profile; only its own responses")
  @Query(() => [DemandFitModel], { description: "The front door: demand that fits the reader's company profile, best first" })
  demandsForMe(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility) {
    return this.service.forMe(actor, ability);
  }

  @Requires('read', 'SupplierShortlist')
  @Query(() => [SupplierCandidateModel], { description: 'Candidates for a demand, best first, with why they match and what they lack (government)' })
  demandCandidates(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('demandId', { type: () => ID }) demandId: string,
    @Args('first', { type: () => Int, defaultValue: 25 }) first = 25,
  ) {
    return this.service.candidates(actor, ability, demandId, first);
  }

  @Requires('read', 'SupplierShortlist')
  @Query(() => [SupplierCandidateModel], { description: "Candidates for an at-risk item (diversification), like the item's current A/B suppliers (government)" })
  itemCandidates(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('itemId', { type: () => ID }) itemId: string,
    @Args('capabilities', { type: () => [CapabilityEnum], nullable: true }) capabilities?: Capability[] | null,
    @Args('first', { type: () => Int, defaultValue: 25 }) first = 25,
  ) {
    return this.service.itemCandidates(actor, ability, itemId, capabilities, first);
  }

  @Requires('create', 'CapacityDemand')
  @Mutation(() => CapacityDemandModel, { description: 'Publishes capacity demand (government); audited' })
  publishCapacityDemand(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: CapacityDemandInput) {
    return this.service.publish(actor, ability, input);
  }

  @Requires('update', 'CapacityDemand')
  @Mutation(() => CapacityDemandModel, { description: 'Changes a demand (its publishing organisation); audited' })
  updateCapacityDemand(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CapacityDemandInput,
  ) {
    return this.service.update(actor, ability, id, input);
  }

  @Requires('delete', 'CapacityDemand')
  @Mutation(() => Boolean, { description: 'Withdraws a demand with its responses and shortlist (its publishing organisation); audited' })
  deleteCapacityDemand(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.remove(actor, ability, id);
  }

  @Requires('create', 'DemandResponse')
  @Mutation(() => DemandResponseModel, { description: "A company's interest in a demand and the capacity it offers (replaces its earlier response); seen by government and the company only; audited" })
  respondToDemand(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('demandId', { type: () => ID }) demandId: string,
    @Args('input') input: DemandResponseInput,
  ) {
    return this.service.respond(actor, ability, demandId, input);
  }

  @Requires('delete', 'DemandResponse')
  @Mutation(() => Boolean, { description: 'Withdraws a response (the responding company); audited' })
  withdrawDemandResponse(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.service.withdrawResponse(actor, ability, id);
  }

  @Requires('create', 'SupplierShortlist')
  @Mutation(() => Boolean, { description: "Puts a profile on Defence's shortlist for a demand (government); audited" })
  shortlistSupplier(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('demandId', { type: () => ID }) demandId: string,
    @Args('profileId', { type: () => ID }) profileId: string,
  ) {
    return this.service.shortlist(actor, ability, demandId, profileId, true);
  }

  @Requires('delete', 'SupplierShortlist')
  @Mutation(() => Boolean, { description: 'Takes a profile off the shortlist of a demand (government); audited' })
  removeFromShortlist(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('demandId', { type: () => ID }) demandId: string,
    @Args('profileId', { type: () => ID }) profileId: string,
  ) {
    return this.service.shortlist(actor, ability, demandId, profileId, false);
  }

  @ChecksInService('government reads every response, a company only its own (DemandResponse rules in the service)')
  @ResolveField(() => [DemandResponseModel], { description: 'The responses the reader may read: all for government, its own for a company' })
  responses(@Parent() demand: CapacityDemandModel, @CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility) {
    return this.service.responses(actor, ability, demand.id);
  }

  @ChecksInService('the item through the readable-item loader (null when hidden)')
  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() demand: CapacityDemandModel, @Ctx() ctx: RequestContext<ChainLoaders>) {
    return demand.itemId ? ctx.loaders.itemById.load(demand.itemId) : null;
  }

  @ChecksInService('organisations are public')
  @ResolveField(() => OrganisationModel, { description: 'The government organisation that published it' })
  publisher(@Parent() demand: CapacityDemandModel, @Ctx() ctx: RequestContext<OrganisationLoaders>) {
    return ctx.loaders.organisationById.load(demand.ownerOrgId);
  }
}
