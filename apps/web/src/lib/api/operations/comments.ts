import { graphql } from '../generated';

/** A thread as the comments panel shows it (and as every mutation and the live stream answer it). */
export const CommentThreadFields = graphql(`
	fragment CommentThreadFields on DocumentCommentThread {
		id
		documentId
		quote
		createdAt
		resolved
		resolvedAt
		resolvedBy {
			name
			organisationName
		}
		canReply
		comments {
			id
			threadId
			body
			createdAt
			editedAt
			canEdit
			author {
				name
				organisationName
			}
		}
	}
`);

/** Every thread of a document, oldest first. */
export const DocumentCommentThreadsQuery = graphql(`
	query DocumentCommentThreads($documentId: ID!) {
		documentCommentThreads(documentId: $documentId) {
			...CommentThreadFields
		}
	}
`);

/** Starts a thread on a selection; the answer's id goes into the editor's comment mark. */
export const StartCommentThreadMutation = graphql(`
	mutation StartCommentThread($documentId: ID!, $quote: String!, $body: String!) {
		startCommentThread(documentId: $documentId, quote: $quote, body: $body) {
			...CommentThreadFields
		}
	}
`);

export const ReplyToCommentThreadMutation = graphql(`
	mutation ReplyToCommentThread($threadId: ID!, $body: String!) {
		replyToCommentThread(threadId: $threadId, body: $body) {
			...CommentThreadFields
		}
	}
`);

export const ResolveCommentThreadMutation = graphql(`
	mutation ResolveCommentThread($threadId: ID!) {
		resolveCommentThread(threadId: $threadId) {
			...CommentThreadFields
		}
	}
`);

export const ReopenCommentThreadMutation = graphql(`
	mutation ReopenCommentThread($threadId: ID!) {
		reopenCommentThread(threadId: $threadId) {
			...CommentThreadFields
		}
	}
`);

export const EditCommentMutation = graphql(`
	mutation EditComment($commentId: ID!, $body: String!) {
		editComment(commentId: $commentId, body: $body) {
			...CommentThreadFields
		}
	}
`);

/** Answers the thread, or null when the deleted comment was its last (the thread went too). */
export const DeleteCommentMutation = graphql(`
	mutation DeleteComment($commentId: ID!) {
		deleteComment(commentId: $commentId) {
			...CommentThreadFields
		}
	}
`);

/** What others change, live (over graphql-ws on /graphql; the session cookie goes along). */
export const DocumentCommentsChangedSubscription = graphql(`
	subscription DocumentCommentsChanged($documentId: ID!) {
		documentCommentsChanged(documentId: $documentId) {
			documentId
			threadId
			thread {
				...CommentThreadFields
			}
		}
	}
`);
