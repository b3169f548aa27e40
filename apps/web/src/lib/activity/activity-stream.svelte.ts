import { LiveSubscription, liveUrl } from '$lib/api/live-subscription.svelte';
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
 * A live activity feed: one roadmap's (`roadmapActivityAdded`) or everything the viewer follows
 * (`myActivityAdded`). Every event is re-read by the API with the subscriber's current permissions.
 * One instance per mounted page part; `start` returns the function that ends it.
 */
export class ActivityStream {
	private readonly subscription = new LiveSubscription();

	/** Connected at least once and not lost since. */
	get live(): boolean {
		return this.subscription.live;
	}

	/** Was live, then lost the connection (retrying). */
	get lost(): boolean {
		return this.subscription.lost;
	}

	start(scope: { roadmapId: string } | 'mine', handlers: ActivityStreamHandlers, url = liveUrl()): () => void {
		const [query, variables] = scope === 'mine' ? [MyActivityAddedSubscription, undefined] : [RoadmapActivityAddedSubscription, { roadmapId: scope.roadmapId }];
		return this.subscription.start<{ roadmapActivityAdded?: ActivityEntry; myActivityAdded?: ActivityEntry }>(
			query,
			variables,
			{
				onData: (data) => {
					const entry = data.roadmapActivityAdded ?? data.myActivityAdded;
					if (entry) handlers.onEntry(entry);
				},
				onReconnected: handlers.onReconnected,
			},
			url,
		);
	}
}
