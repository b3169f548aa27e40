import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { defineAbilityFor, type AppAbility } from '@routekaart/access';
import { unauthenticated } from '@routekaart/domain';
import { AuthService } from '../auth/auth.service';
import type { Actor } from '../common/actor';
import { Ctx, CurrentAbility, CurrentActor } from '../common/current-actor.decorator';
import { Requires } from '../common/endpoint-access';
import { filterMap } from '../common/event-stream';
import type { RequestContext } from '../common/request-context';
import { CommentEvents } from './comment.events';
import { DocumentCommentsChangeModel, DocumentCommentThreadModel } from './comment.models';
import { CommentService } from './comment.service';

@Resolver(() => DocumentCommentThreadModel)
export class CommentResolver {
  constructor(
    private readonly service: CommentService,
    private readonly events: CommentEvents,
    private readonly auth: AuthService,
  ) {}

  @Requires('read', 'DocumentCommentThread')
  @Query(() => [DocumentCommentThreadModel], { description: "A document's comment threads, oldest first (whoever may read the document)" })
  documentCommentThreads(@CurrentAbility() ability: AppAbility, @Args('documentId', { type: () => ID }) documentId: string) {
    return this.service.threads(ability, documentId);
  }

  @Requires('create', 'DocumentCommentThread')
  @Mutation(() => DocumentCommentThreadModel, {
    description: 'Starts a thread on a selection with its first comment (co-editors); the editor then marks the selection with the thread id',
  })
  startCommentThread(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('quote', { description: 'The selected text, at most 1000 characters' }) quote: string,
    @Args('body', { description: '1 to 10000 characters' }) body: string,
  ) {
    return this.service.start(actor, ability, documentId, quote, body);
  }

  @Requires('create', 'DocumentComment')
  @Mutation(() => DocumentCommentThreadModel, { description: 'Adds a reply to a thread (co-editors)' })
  replyToCommentThread(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('body') body: string,
  ) {
    return this.service.reply(actor, ability, threadId, body);
  }

  @Requires('update', 'DocumentCommentThread')
  @Mutation(() => DocumentCommentThreadModel, { description: 'Marks a thread as resolved (co-editors)' })
  resolveCommentThread(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('threadId', { type: () => ID }) threadId: string) {
    return this.service.setResolved(actor, ability, threadId, true);
  }

  @Requires('update', 'DocumentCommentThread')
  @Mutation(() => DocumentCommentThreadModel, { description: 'Reopens a resolved thread (co-editors)' })
  reopenCommentThread(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('threadId', { type: () => ID }) threadId: string) {
    return this.service.setResolved(actor, ability, threadId, false);
  }

  @Requires('update', 'DocumentComment')
  @Mutation(() => DocumentCommentThreadModel, { description: 'Changes the text of your own comment' })
  editComment(
    @CurrentActor() actor: Actor,
    @CurrentAbility() ability: AppAbility,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('body') body: string,
  ) {
    return this.service.edit(actor, ability, commentId, body);
  }

  @Requires('delete', 'DocumentComment')
  @Mutation(() => DocumentCommentThreadModel, {
    nullable: true,
    description: 'Deletes your own comment; answers the thread, or null when it was its last comment and the thread went with it',
  })
  deleteComment(@CurrentActor() actor: Actor, @CurrentAbility() ability: AppAbility, @Args('commentId', { type: () => ID }) commentId: string) {
    return this.service.delete(actor, ability, commentId);
  }

  @Requires('read', 'DocumentCommentThread')
  @Subscription(() => DocumentCommentsChangeModel, {
    description: "Changes to the document's comment threads, each read with the subscriber's permissions at that moment",
    resolve: (event: DocumentCommentsChangeModel) => event,
  })
  async documentCommentsChanged(@Args('documentId', { type: () => ID }) documentId: string, @Ctx() ctx: RequestContext) {
    if (!ctx.actor || !ctx.token || !ctx.ability) throw unauthenticated();
    // A document the subscriber may not read answers NOT_FOUND, as one that does not exist.
    const doc = await this.service.assertReadableDocument(ctx.ability, documentId);
    const token = ctx.token;
    return filterMap(this.events.changes(doc.id), async (change) => {
      // Judged afresh for every event: a revoked participation or ended session stops the stream.
      const actor = await this.auth.actorForToken(token);
      if (!actor) throw unauthenticated('Your session has ended');
      return this.service.changeAsSeenBy(defineAbilityFor(actor), change);
    });
  }
}
