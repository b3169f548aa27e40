import { createClient, type Client } from 'graphql-ws';
import { MyActivityAddedSubscription, RoadmapActivityAddedSubscription } from '$lib/api/operations/activity';
import type { ActivityEntryFieldsFragment } from '$lib/api/generated/graphql';

export type ActivityEntry = ActivityEntryFieldsFragment;

export interface ActivityStreamHandlers {
	/** An entry someone (the viewer included) just caused, as the viewer may see it. */
	onEntry: (entry: ActivityEntry) => void;
	/** The connection came back after it was lost: entries sent meanwhile were missed, load again. */
	onReconnected?: () => void;
}

/**
 * A live activity feed over graphql-ws on /graphql (the session cookie goes along): one roadmap's
 * (`roadmapActivityAdded`) or everything the viewer follows (`myActivityAdded`). Every event is
 * re-read by the API with the subscriber's current permissions. One instance per mounted page
 * part; `start` returns the function that ends it.
 */
export class ActivityStream {
	/** Connected at least once and not lost since. */
	live = $state(false);
	/** Was live, then lost the connection (retrying). */
	lost = $state(false);

	start(scope: { roadmapId: string } | 'mine', handlers: ActivityStreamHandlers, url = liveUrl()): () => void {
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
		const request =
			scope === 'mine'
				? { query: MyActivityAddedSubscription.toString() }
				: { query: RoadmapActivityAddedSubscription.toString(), variables: { roadmapId: scope.roadmapId } };
		const stop = client.subscribe<{ roadmapActivityAdded?: ActivityEntry; myActivityAdded?: ActivityEntry }>(request, {
			next: (result) => {
				const entry = result.data?.roadmapActivityAdded ?? result.data?.myActivityAdded;
				if (entry) handlers.onEntry(entry);
			},
			// A refusal (access to the roadmap ended): the page's own requests say why.
			error: () => {
				this.live = false;
			},
			complete: () => undefined,
		});
		return () => {
			stop();
			void client.dispose();
			this.live = false;
		};
	}
}

/** graphql-ws on the page's own origin (the API serves the app; the dev server proxies it). */
function liveUrl(): string {
	const { protocol, host } = window.location;
	return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}
