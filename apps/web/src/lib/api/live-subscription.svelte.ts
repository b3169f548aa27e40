import { createClient, type Client } from 'graphql-ws';

export interface LiveHandlers<T> {
	/** One result the API sent (already judged with the subscriber's permissions). */
	onData: (data: T) => void;
	/** The connection came back after it was lost: what was sent meanwhile was missed, load again. */
	onReconnected?: () => void;
}

/**
 * One GraphQL subscription over graphql-ws on /graphql (the session cookie goes along), retried for
 * as long as the page part lives, with its state for a "live" badge. `start` returns the function
 * that ends it; one instance per mounted page part.
 */
export class LiveSubscription {
	/** Connected at least once and not lost since. */
	live = $state(false);
	/** Was live, then lost the connection (retrying). */
	lost = $state(false);

	start<T>(query: { toString(): string }, variables: Record<string, unknown> | undefined, handlers: LiveHandlers<T>, url = liveUrl()): () => void {
		let connectedBefore = false;
		const client: Client = createClient({
			url,
			lazy: false,
			retryAttempts: Number.POSITIVE_INFINITY,
			shouldRetry: () => true,
			on: {
				connected: () => {
					this.live = true;
					this.lost = false;
					if (connectedBefore) handlers.onReconnected?.();
					connectedBefore = true;
				},
				closed: () => {
					if (connectedBefore) {
						this.live = false;
						this.lost = true;
					}
				},
			},
		});
		const stop = client.subscribe<T>(
			{ query: query.toString(), variables },
			{
				next: (result) => {
					if (result.data) handlers.onData(result.data);
				},
				// A refusal (access ended): the page's own requests say why.
				error: () => {
					this.live = false;
				},
				complete: () => undefined,
			},
		);
		return () => {
			stop();
			void client.dispose();
			this.live = false;
		};
	}
}

/** graphql-ws on the page's own origin (the API serves the app; the dev server proxies it). */
export function liveUrl(): string {
	const { protocol, host } = window.location;
	return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}
