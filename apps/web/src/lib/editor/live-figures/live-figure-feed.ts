import { createClient } from 'graphql-ws';
import { LiveFigureChainChangedSubscription, LiveFigureRoadmapActivitySubscription } from '$lib/api/operations/live-figures';
import { liveUrl } from '$lib/api/live-subscription.svelte';

/** The part of a graphql-ws client the feed uses (a fake one in the tests). */
export interface FeedConnection {
	/** Starts a subscription to the chain changes of a product group; the result stops it. */
	subscribe(productGroupId: string, onEvent: () => void): () => void;
	/** Starts a subscription to a roadmap's activity (agreements, risks, interventions); the result stops it. */
	subscribeRoadmap(roadmapId: string, onEvent: () => void): () => void;
	dispose(): void;
}

/** What a block follows: a product group's chain, or a roadmap's activity. */
type Topic = { kind: 'productGroup' | 'roadmap'; id: string };

/** Connects over graphql-ws; calls `onReconnected` after a lost connection came back (events may have been missed). */
export type FeedConnector = (onReconnected: () => void) => FeedConnection;

/**
 * Tells the live figures of one editor when the chain they show changed, so they ask again. One
 * graphql-ws connection per editor however many blocks the document holds, and one subscription per
 * product group however many blocks show it. Each event reaches the subscriber as the subscriber may
 * see it; the feed passes on only that something changed — the block asks for its figure again
 * with the reader's own permissions.
 *
 * Only supply-link changes have a subscription (`supplyLinkChanged`); edits to the bill of materials
 * do not, so blocks also ask again when they scroll back into view (see LiveFigureView).
 */
export class LiveFigureFeed {
	readonly #connect: FeedConnector;
	#connection: FeedConnection | null = null;
	/** Keyed by `kind:id`. */
	readonly #groups = new Map<string, { listeners: Set<() => void>; stop: () => void }>();
	#disposed = false;

	constructor(connect: FeedConnector = graphqlWsConnector()) {
		this.#connect = connect;
	}

	/** Calls `listener` on every change to the product group's chain until the result is called. */
	watch(productGroupId: string, listener: () => void): () => void {
		return this.#watch({ kind: 'productGroup', id: productGroupId }, listener);
	}

	/**
	 * Calls `listener` on every activity in the roadmap (an agreement set, a risk or intervention
	 * changed) until the result is called. The entry itself is not passed on: the block asks again.
	 */
	watchRoadmap(roadmapId: string, listener: () => void): () => void {
		return this.#watch({ kind: 'roadmap', id: roadmapId }, listener);
	}

	#watch(topic: Topic, listener: () => void): () => void {
		if (this.#disposed) return () => undefined;
		const key = `${topic.kind}:${topic.id}`;
		let group = this.#groups.get(key);
		if (!group) {
			const listeners = new Set<() => void>();
			this.#connection ??= this.#connect(() => this.#notifyAll());
			const onEvent = () => {
				for (const notify of [...listeners]) notify();
			};
			const stop = topic.kind === 'roadmap' ? this.#connection.subscribeRoadmap(topic.id, onEvent) : this.#connection.subscribe(topic.id, onEvent);
			group = { listeners, stop };
			this.#groups.set(key, group);
		}
		const entry = group;
		// A wrapper per call, so the same function watching twice is stopped twice.
		const own = () => listener();
		entry.listeners.add(own);
		let stopped = false;
		return () => {
			if (stopped) return;
			stopped = true;
			entry.listeners.delete(own);
			if (entry.listeners.size === 0 && this.#groups.get(key) === entry) {
				this.#groups.delete(key);
				entry.stop();
			}
		};
	}

	/** How many product groups and roadmaps are followed (for the tests). */
	get followed(): number {
		return this.#groups.size;
	}

	/** Ends every subscription and the connection (the editor was destroyed). */
	dispose(): void {
		this.#disposed = true;
		for (const group of this.#groups.values()) group.stop();
		this.#groups.clear();
		this.#connection?.dispose();
		this.#connection = null;
	}

	#notifyAll(): void {
		for (const group of this.#groups.values()) for (const notify of [...group.listeners]) notify();
	}
}

/** graphql-ws on /graphql of the page's own origin; the session cookie goes along. */
export function graphqlWsConnector(url?: () => string): FeedConnector {
	return (onReconnected) => {
		let connectedBefore = false;
		const client = createClient({
			url: url ?? liveUrl,
			// Connects with the first subscription, closes when the last one ends.
			lazy: true,
			retryAttempts: Number.POSITIVE_INFINITY,
			shouldRetry: () => true,
			on: {
				connected: () => {
					if (connectedBefore) onReconnected();
					connectedBefore = true;
				},
			},
		});
		return {
			subscribe: (productGroupId, onEvent) =>
				client.subscribe(
					{ query: LiveFigureChainChangedSubscription.toString(), variables: { productGroupId } },
					{
						next: () => onEvent(),
						// A refused subscription (the group is hidden): the block's own request says so.
						error: () => undefined,
						complete: () => undefined,
					},
				),
			subscribeRoadmap: (roadmapId, onEvent) =>
				client.subscribe(
					{ query: LiveFigureRoadmapActivitySubscription.toString(), variables: { roadmapId } },
					// As above: a refused subscription (the roadmap is not readable) shows in the block's own request.
					{ next: () => onEvent(), error: () => undefined, complete: () => undefined },
				),
			dispose: () => void client.dispose(),
		};
	};
}
