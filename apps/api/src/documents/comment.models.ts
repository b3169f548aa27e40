import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CommentAuthor', {
  description: "Who wrote a comment, as every reader of the document sees it: a name and an organisation (the same as the editor's presence shows)",
})
export class CommentAuthorModel {
  @Field()
  name: string;

  @Field()
  organisationName: string;
}

@ObjectType('DocumentComment', { description: 'One comment of a thread: the first one or a reply' })
export class DocumentCommentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  threadId: string;

  @Field()
  body: string;

  @Field(() => CommentAuthorModel, { nullable: true, description: 'Null when the account that wrote it was removed' })
  author: CommentAuthorModel | null;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the author last changed the text' })
  editedAt: Date | null;

  @Field({ description: 'Whether the viewer may change or delete it (its author, while co-editing)' })
  canEdit: boolean;
}

@ObjectType('DocumentCommentThread', {
  description: 'A discussion on a selection of a document; the editor marks the selection with the `comment` mark whose `threadId` is this id',
})
export class DocumentCommentThreadModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  documentId: string;

  @Field({ description: 'The text that was selected when the thread was started' })
  quote: string;

  @Field()
  createdAt: Date;

  @Field()
  resolved: boolean;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => CommentAuthorModel, { nullable: true, description: 'Who resolved it, while it is resolved' })
  resolvedBy: CommentAuthorModel | null;

  @Field(() => [DocumentCommentModel], { description: 'Oldest first; the first one started the thread' })
  comments: DocumentCommentModel[];

  @Field({ description: 'Whether the viewer may reply, resolve and reopen (co-editors of the roadmap)' })
  canReply: boolean;
}

@ObjectType('DocumentCommentsChange', { description: 'A thread of the document was started, answered, changed, resolved, reopened or removed' })
export class DocumentCommentsChangeModel {
  @Field(() => ID)
  documentId: string;

  @Field(() => ID)
  threadId: string;

  @Field(() => DocumentCommentThreadModel, { nullable: true, description: 'The thread as it is now; null when its last comment was deleted' })
  thread: DocumentCommentThreadModel | null;
}
