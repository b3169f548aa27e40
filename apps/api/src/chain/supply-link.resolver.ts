import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { defineAbilityFor, type AppAbility } from '@routekaart/access';
import type { OrganisationEntity, Visibility } from '@routekaart/db';
import { unauthenticated, type ImportLanguage } from '@routekaart/domain';
import { AuthService } from '../auth/auth.service';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { ChecksInService, Requires } from '../common/endpoint-access';
import { ExportFormatEnum, ImportLanguageEnum, VisibilityEnum } from '../common/enums';
import { filterMap } from '../common/event-stream';
import { withPreloaded } from '../common/preloaded-fields';
import { OrganisationModel } from '../organisations/organisation.model';
import { ChainEvents } from './chain-events';
import { ChainExportService } from './chain-export.service';
import type { ChainContext } from './chain.loaders';
import { CreateSupplyLinkInput, SupplyLinkInput } from './chain.inputs';
import { ContributionAudienceModel, ItemModel, SupplyLinkConnection, SupplyLinkEventModel, SupplyLinkModel, SupplyLinksExportModel } from './chain.models';
import { ContributionsAsSeenByModel } from './contributions-as-seen.models';
import { SupplyLinkService } from './supply-link.service';

async function organisations(ctx: ChainContext, ids: (string | null)[] | null): Promise<OrganisationModel[] | null> {
  if (!ids) return null;
  const orgs = await ctx.loaders.organisationById.loadMany(ids.filter((id): id is string => !!id));
  return orgs.filter((o): o is OrganisationEntity => !!o && !(o instanceof Error));
}

@ChecksInService("the item and organisations of a link are loaded with the reader's rules; identities are redacted by field access")
@Resolver(() => SupplyLinkModel)
export class SupplyLinkResolver {
  constructor(
    private readonly supplyLinkService: SupplyLinkService,
    private readonly exports: ChainExportService,
    private readonly events: ChainEvents,
    private readonly auth: AuthService,
  ) {}

  @Requires('create', 'Export')
  @Mutation(() => SupplyLinksExportModel, {
    description:
      "Everything the viewer may see of a product group's supply links, as a file for people: a row per link with headers and words in the language (item kind, visibility, Ja/Nee), shares in percent, the country as name and code, and the contributing organisation where the viewer may know it (the same neutral text for every other). XLSX, or CSV (nl: semicolons and decimal commas; en: commas and points). The company's own data in the import template's format is exportChainData. Recorded in the audit log",
  })
  exportSupplyLinks(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('productGroupId', { type: () => ID }) productGroupId: string,
    @Args('format', { type: () => ExportFormatEnum, defaultValue: 'XLSX' }) format: 'XLSX' | 'CSV',
    @Args('language', { type: () => ImportLanguageEnum, defaultValue: 'nl', description: 'The language of headers and words (Dutch by default)' }) language: ImportLanguage,
  ): Promise<SupplyLinksExportModel> {
    return this.exports.supplyLinksExport(actor, ability, productGroupId, format, language);
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
    const { items, ...page } = await this.supplyLinkService.supplyLinks(actor, ability, { itemId, productGroupId, mine, search }, first, after);
    // The links' items were read with them: `item` answers from those rows, no resolver call per link.
    return { ...page, nodes: page.nodes.map((link, k) => withPreloaded(link, { item: items[k] })) };
  }

  @Requires('read', 'SupplyLink')
  @Query(() => SupplyLinkModel, { description: 'A supply link; NOT_FOUND when it does not exist or the viewer may not see it' })
  supplyLink(@CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.supplyLinkService.supplyLink(ability, id);
  }

  @ResolveField(() => ItemModel, { nullable: true })
  item(@Parent() link: SupplyLinkModel, @Ctx() ctx: ChainContext) {
    return ctx.loaders.itemById.load(link.itemId);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The supplier, when it is on the platform and the viewer may know it' })
  supplier(@Parent() link: SupplyLinkModel, @Ctx() ctx: ChainContext) {
    return link.supplierOrgId ? ctx.loaders.organisationById.load(link.supplierOrgId) : null;
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'Who contributed the link; null when the viewer may not know' })
  contributedBy(@Parent() link: SupplyLinkModel, @Ctx() ctx: ChainContext) {
    return link.contributedByOrgId ? ctx.loaders.organisationById.load(link.contributedByOrgId) : null;
  }

  @ResolveField(() => [OrganisationModel], { nullable: true, description: 'Organisations it is shared with; only its contributor sees this' })
  sharedWith(@Parent() link: SupplyLinkModel, @Ctx() ctx: ChainContext) {
    return organisations(ctx, link.sharedWith);
  }

  @ResolveField(() => ContributionAudienceModel, {
    nullable: true,
    description:
      "Who sees this link, in full or its figures only (as the contribution form's preview); only for links your organisation contributed, null for every other",
  })
  audience(@Parent() link: SupplyLinkModel, @Ctx() ctx: ChainContext) {
    const own = !!ctx.actor && link.contributedByOrgId === ctx.actor.organisationId;
    return own ? ctx.loaders.contributionAudienceOf.load(link.id) : null;
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
      const link = await this.supplyLinkService.supplyLinkAsSeenBy(ability, change.link);
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
    return this.supplyLinkService.contributionAudience(actor, ability, itemId, visibility, sharedWith ?? []);
  }

  @Requires('read', 'SupplyLink')
  @Query(() => ContributionsAsSeenByModel, {
    description:
      "Your organisation's own supply links and items in a product group as the users of another organisation read them; NOT_FOUND (organisationId) for an unknown organisation",
  })
  myContributionsAsSeenBy(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('productGroupId', { type: () => ID }) productGroupId: string,
  ) {
    return this.supplyLinkService.contributionsAsSeenBy(actor, ability, organisationId, productGroupId);
  }

  @Requires('create', 'SupplyLink')
  @Mutation(() => SupplyLinkModel)
  createSupplyLink(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('input') input: CreateSupplyLinkInput) {
    return this.supplyLinkService.createSupplyLink(actor, ability, input);
  }

  @Requires('update', 'SupplyLink')
  @Mutation(() => SupplyLinkModel)
  updateSupplyLink(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SupplyLinkInput,
  ) {
    return this.supplyLinkService.updateSupplyLink(actor, ability, id, input);
  }

  @Requires('delete', 'SupplyLink')
  @Mutation(() => Boolean)
  deleteSupplyLink(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('id', { type: () => ID }) id: string) {
    return this.supplyLinkService.deleteSupplyLink(actor, ability, id);
  }
}
