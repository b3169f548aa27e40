import { createClient, type Client } from 'graphql-ws';
import type { GraphQLClient } from '$lib/api/graphql-client';
import {
	DeleteCommentMutation,
	DocumentCommentsChangedSubscription,
	DocumentCommentThreadsQuery,
	EditCommentMutation,
	ReopenCommentThreadMutation,
	ReplyToCommentThreadMutation,
	ResolveCommentThreadMutation,
	StartCommentThreadMutation,
} from '$lib/api/operations/comments';
import type { DocumentCommentsChangedSubscription as ChangeEvent } from '$lib/api/generated/graphql';
import { applyThread, type CommentThread } from './comment-threads';
import { liveUrl } from '$lib/api/live-subscription.svelte';

/**
 * The comment threads of one document as the panel shows them: loaded over HTTP, changed by the
 * user's own mutations (their answers) and by everyone else's (the `documentCommentsChanged`
 * stream over graphql-ws on /graphql, with the session cookie). Both kinds of update go through
 * `applyThread`, so a change seen twice counts once. One instance per mounted panel.
 */
export class CommentsState {
	threads = $state<CommentThread[]>([]);
	loading = $state(true);
	loadError = $state<unknown>(null);
	/** The live stream is down (reconnecting); what others change shows again once it is back. */
	liveLost = $state(false);

	readonly #client: GraphQLClient;
	readonly #documentId: string;

	constructor(client: GraphQLClient, documentId: string) {
		this.#client = client;
		this.#documentId = documentId;
	}

	async load(): Promise<void> {
		try {
			const { documentCommentThreads } = await this.#client.request(DocumentCommentThreadsQuery, { documentId: this.#documentId });
			this.threads = documentCommentThreads;
			this.loadError = null;
		} catch (error) {
			this.loadError = error;
		} finally {
			this.loading = false;
		}
	}

	apply(threadId: string, thread: CommentThread | null): void {
		this.threads = applyThread(this.threads, threadId, thread);
	}

	async start(quote: string, body: string): Promise<CommentThread> {
		const { startCommentThread } = await this.#client.request(StartCommentThreadMutation, { documentId: this.#documentId, quote, body });
		this.apply(startCommentThread.id, startCommentThread);
		return startCommentThread;
	}

	async reply(threadId: string, body: string): Promise<void> {
		const { replyToCommentThread } = await this.#client.request(ReplyToCommentThreadMutation, { threadId, body });
		this.apply(threadId, replyToCommentThread);
	}

	async setResolved(threadId: string, resolved: boolean): Promise<void> {
		const thread = resolved
			? (await this.#client.request(ResolveCommentThreadMutation, { threadId })).resolveCommentThread
			: (await this.#client.request(ReopenCommentThreadMutation, { threadId })).reopenCommentThread;
		this.apply(threadId, thread);
	}

	async edit(threadId: string, commentId: string, body: string): Promise<void> {
		const { editComment } = await this.#client.request(EditCommentMutation, { commentId, body });
		this.apply(threadId, editComment);
	}

	/** Deletes a comment; answers whether the thread went with it (its last comment). */
	async remove(threadId: string, commentId: string): Promise<boolean> {
		const { deleteComment } = await this.#client.request(DeleteCommentMutation, { commentId });
		this.apply(threadId, deleteComment);
		return deleteComment === null;
	}

	/**
	 * Follows what others change until the returned function is called. After a lost connection
	 * the list is loaded again, as events sent meanwhile were missed.
	 */
	follow(url = liveUrl()): () => void {
		let connectedBefore = false;
		const ws: Client = createClient({
			url,
			lazy: false,
			retryAttempts: Number.POSITIVE_INFINITY,
			shouldRetry: () => true,
			on: {
				connected: () => {
					this.liveLost = false;
					if (connectedBefore) void this.load();
					connectedBefore = true;
				},
				closed: () => {
					if (connectedBefore) this.liveLost = true;
				},
			},
		});
		const stop = ws.subscribe<ChangeEvent>(
			{ query: DocumentCommentsChangedSubscription.toString(), variables: { documentId: this.#documentId } },
			{
				next: (result) => {
					const change = result.data?.documentCommentsChanged;
					if (change) this.apply(change.threadId, change.thread);
				},
				// A refusal (the document went, or access to it): the list's own load says why.
				error: () => void this.load(),
				complete: () => undefined,
			},
		);
		return () => {
			stop();
			void ws.dispose();
		};
	}
}
