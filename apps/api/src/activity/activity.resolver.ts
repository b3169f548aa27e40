import { Args, ID, Int, Query, Resolver, Subscription } from '@nestjs/graphql';
import { defineAbilityFor, type AppAbility } from '@routekaart/access';
import { unauthenticated } from '@routekaart/domain';
import { AuthService } from '../auth/auth.service';
import { Ctx, CurrentAbility } from '../common/current-actor.decorator';
import { Requires } from '../common/endpoint-access';
import { filterMap } from '../common/event-stream';
import type { RequestContext } from '../common/request-context';
import type { ActivityRef } from './activity';
import { ActivityEvents } from './activity.events';
import { ActivityEntryModel } from './activity.models';
import { ACTIVITY_PAGE, ActivityService } from './activity.service';

@Resolver(() => ActivityEntryModel)
export class ActivityResolver {
  constructor(
    private readonly service: ActivityService,
    private readonly events: ActivityEvents,
    private readonly auth: AuthService,
  ) {}

  @Requires('read', 'Intervention')
  @Query(() => [ActivityEntryModel], { description: "A roadmap's activity, newest first (whoever may read its interventions)" })
  roadmapActivity(
    @CurrentAbility() ability: AppAbility,
    @Args('roadmapId', { type: () => ID }) roadmapId: string,
    @Args('first', { type: () => Int, defaultValue: ACTIVITY_PAGE, description: '1 to 100' }) first: number,
    @Args('before', { type: () => ID, nullable: true, description: 'Only entries older than this entry' }) before?: string | null,
  ) {
    return this.service.roadmapActivity(ability, roadmapId, first, before);
  }

  @Requires('read', 'Intervention')
  @Query(() => [ActivityEntryModel], { description: 'Activity in every roadmap whose interventions the viewer may read, newest first' })
  myActivity(@CurrentAbility() ability: AppAbility, @Args('first', { type: () => Int, defaultValue: ACTIVITY_PAGE, description: '1 to 100' }) first: number) {
    return this.service.myActivity(ability, first);
  }

  @Requires('read', 'Intervention')
  @Subscription(() => ActivityEntryModel, {
    description: "New entries of a roadmap's activity, each read with the subscriber's permissions at that moment",
    resolve: (entry: ActivityEntryModel) => entry,
  })
  async roadmapActivityAdded(@Args('roadmapId', { type: () => ID }) roadmapId: string, @Ctx() ctx: RequestContext) {
    if (!ctx.actor || !ctx.token || !ctx.ability) throw unauthenticated();
    // A roadmap the subscriber may not read answers NOT_FOUND, as one that does not exist.
    const id = this.service.assertReadableRoadmap(ctx.ability, roadmapId);
    return this.seenBy(ctx.token, this.events.added(id));
  }

  @Requires('read', 'Intervention')
  @Subscription(() => ActivityEntryModel, {
    description: "New entries in every roadmap whose interventions the subscriber may read (the dashboard), each read with the subscriber's permissions at that moment",
    resolve: (entry: ActivityEntryModel) => entry,
  })
  async myActivityAdded(@Ctx() ctx: RequestContext) {
    if (!ctx.actor || !ctx.token || !ctx.ability) throw unauthenticated();
    return this.seenBy(ctx.token, this.events.added(null));
  }

  private seenBy(token: string, entries: AsyncIterableIterator<ActivityRef>) {
    return filterMap(entries, async (entry) => {
      // Judged afresh for every entry: a revoked participation or an ended session stops it.
      const actor = await this.auth.actorForToken(token);
      if (!actor) throw unauthenticated('Your session has ended');
      return this.service.entryAsSeenBy(defineAbilityFor(actor), entry);
    });
  }
}
